"""A record that takes too long to read does not stall an ingest: with worker processes, a
record past ``record_budget`` seconds has its worker killed and replaced, is reported in the
errors table with the reason, and every other record is stored (the HTTP API has had such a
budget; ``warta ingest`` would sit on one pathological record for as long as it took: a line
of 100,000 spaces costs a layer minutes). A rerun retries the slow record (it is not stored)."""

from __future__ import annotations

import json
import time
from pathlib import Path

from warta.corpus import Corpus

GOOD = [
    {
        "id": f"g{i}",
        "text": f"Jakarta - Gubernur Pramono Anung meninjau banjir di wilayah nomor {i}, Rabu (22/10/2025).",
    }
    for i in range(3)
]
# a long run of spaces inside a sentence: one of the layers is slow on it (seconds per 10,000)
SLOW = {"id": "lambat", "text": "Jakarta - Gubernur kata" + " " * 40_000 + "kata lagi di Jakarta Timur."}


def test_a_record_past_its_budget_is_reported_and_the_rest_stored(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in [GOOD[0], SLOW, GOOD[1], GOOD[2]]), encoding="utf-8")
    db = str(tmp_path / "b.db")
    t = time.monotonic()
    with Corpus(db) as c:
        s = c.ingest([str(src)], jobs=1, record_budget=2.0)
    assert time.monotonic() - t < 60
    assert s.stored == 3 and s.failed == 1, s
    ((origin, reason),) = s.failures
    assert origin.endswith(":2") and "longer than 2 s" in reason
    with Corpus(db, create=False) as c:
        assert {r[0] for r in c.store.query("SELECT source_id FROM articles")} == {"g0", "g1", "g2"}
        assert c.store.scalar("SELECT COUNT(*) FROM errors") == 1
