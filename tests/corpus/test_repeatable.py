"""Ingest is repeatable: the same records give the same identities and stories whatever the
worker count and wherever a batch ends (batches also end on time, so under load they end
elsewhere; see scripts/compare_stores.py for the whole-corpus check)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from warta.corpus import Corpus
from warta.corpus.ingest import ingest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "compare_stores.py"
N_RECORDS = 200


def _snapshot_fn() -> Any:
    spec = importlib.util.spec_from_file_location("compare_stores", SCRIPT)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.snapshot


def _store(src: Path, db: str, jobs: int, batch: int) -> tuple[dict[str, Any], list[tuple[Any, ...]]]:
    s = ingest([str(src)], db, jobs=jobs, batch_size=batch, progress=False)
    assert s.failed == 0 and s.stored > 0
    with Corpus(db) as c:
        nums = sorted((int(n), k) for n, k in c.store.query("SELECT num, key FROM entities"))
        return _snapshot_fn()(c.store), nums


@pytest.mark.parametrize("dialect", ["sqlite", "postgres"])
def test_same_records_same_identities_and_stories(
    dialect: str, shared: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    src = tmp_path / "news.jsonl"
    with (shared / "data" / "news" / "detik_2025.jsonl").open(encoding="utf-8") as f:
        src.write_text("".join(next(f) for _ in range(N_RECORDS)), encoding="utf-8")
    if dialect == "sqlite":
        dbs = [str(tmp_path / "one.db"), str(tmp_path / "many.db")]
    else:  # two fresh databases on the session's throwaway server
        pg = request.getfixturevalue("pg")
        dbs = [pg.create_db(template=pg.template) for _ in range(2)]
    one, one_nums = _store(src, dbs[0], jobs=1, batch=200)
    many, many_nums = _store(src, dbs[1], jobs=2, batch=3)
    assert one["identity_groups"] and one["stories"] and one["entity_links"]
    for table in one:
        assert one[table] == many[table], (table, sorted(one[table] ^ many[table], key=repr)[:6])
    assert one_nums == many_nums  # an entity's number: the order its article was written in
