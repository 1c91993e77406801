"""Two PostgreSQL writers over the same records at once (one forward, one reversed, small
batches, so their batches overlap in records and in new entities): both finish, every record is
stored once, and each article's mentions name the same entity keys as a single writer's store.

Why: a batch first takes advisory locks on its record keys and new entity keys in one sorted
pass (store._write_batch); a wrong order shows here as an error, a lost row or a duplicate."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from warta.corpus.ingest import process_record, record_id
from warta.corpus.store import Processed, Store

N_RECORDS = 24
BATCH = 3


def _content(url: str) -> set[tuple[Any, ...]]:
    with Store(url) as s:
        return set(
            s.query(
                "SELECT a.id, e.key, m.count, m.first_start FROM mentions m "
                "JOIN articles a ON a.num = m.article JOIN entities e ON e.num = m.entity"
            )
        )


def _write(url: str, items: list[Processed], errors: list[BaseException]) -> None:
    try:
        with Store(url) as s:
            for i in range(0, len(items), BATCH):
                s.write_batch(items[i : i + BATCH])
    except BaseException as e:  # noqa: BLE001 - reported by the test thread
        errors.append(e)


def test_two_writers_same_records_store_each_once(pg: Any, detik_records: list[dict[str, Any]]) -> None:
    recs = detik_records[:N_RECORDS]
    items = [process_record(record_id(r) or f"x{i}", f"detik:{i}", r) for i, r in enumerate(recs)]
    single = pg.create_db(template=pg.template)
    _write(single, items, [])
    both = pg.create_db(template=pg.template)
    errors: list[BaseException] = []
    threads = [threading.Thread(target=_write, args=(both, order, errors)) for order in (items, items[::-1])]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    if errors:
        pytest.fail(f"a writer failed: {errors[0]!r}")
    with Store(both) as s:
        n_ids = len({p.id for p in items})
        assert s.scalar("SELECT count(*) FROM articles") == n_ids
        assert s.scalar("SELECT count(DISTINCT key) FROM entities") == s.scalar("SELECT count(*) FROM entities")
    expected = _content(single)
    assert expected and _content(both) == expected
