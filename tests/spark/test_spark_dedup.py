"""`warta spark dedup` gives the groups the single-machine store gives: on hand-made copies
(furniture added/removed, trimmed, rewritten lead) and on detik's own republished stories."""

from __future__ import annotations

import importlib.util
import itertools
import json
from pathlib import Path
from typing import Any

from warta.corpus import Corpus
from warta.corpus.ingest import ingest

HERE = Path(__file__).resolve().parent


def _corpus_dedup_module() -> Any:
    spec = importlib.util.spec_from_file_location("warta_corpus_test_dedup", HERE.parent / "corpus" / "test_dedup.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_spark_groups_equal_single_machine_groups(spark: Any, detik: list[dict[str, Any]], tmp_path: Path) -> None:
    td = _corpus_dedup_module()
    by_id = {r["id"]: r for r in detik}
    real = {i for g in td.REAL_GROUPS for i in g} | set(td.EXACT_PAIRS)
    bases = [
        r for r in detik if r["id"] not in real and sum(1 for line in r["text"].splitlines() if len(line) > 80) >= 6
    ][:20]
    copies = [td._edit(r, k % 5, bases[(k + 7) % len(bases)]["title"]) for k, r in enumerate(bases)]
    originals = bases + [by_id[g[0]] for g in td.REAL_GROUPS] + [by_id[i] for i in td.EXACT_PAIRS]
    copies += [by_id[i] for g in td.REAL_GROUPS for i in g[1:]]
    copies += [
        dict(by_id[i], id=f"{i}-wire", url=by_id[i]["url"].replace("detik.com", "wire.id")) for i in td.EXACT_PAIRS
    ]
    recs = [r for pair in itertools.zip_longest(originals, copies) for r in pair if r]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")

    db = str(tmp_path / "one.db")
    ingest([str(src)], db, jobs=0, layers=[], progress=False)
    with Corpus(db) as c:
        want = sorted(c.store.query("SELECT id, dup_group, dup_of, dup_score FROM articles"))
    assert sum(1 for r in want if r[2]) >= len(copies) - 2  # nearly every copy found

    from warta.spark import jobs

    arts = jobs.read(spark, [str(src)], layers=[], partitions=2).cache()
    got = sorted(tuple(r) for r in jobs.dedup(spark, arts).select("id", "dup_group", "dup_of", "dup_score").collect())
    assert got == want
    # the real republished groups are whole
    group = {r[0]: r[1] for r in got}
    rid = {r["source_id"]: r["id"] for r in arts.select("source_id", "id").collect()}
    for g in td.REAL_GROUPS:
        assert len({group[rid[i]] for i in g}) == 1, g
