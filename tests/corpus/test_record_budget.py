"""A record that takes too long to read does not stall an ingest: with worker processes, a
record past ``record_budget`` seconds has its worker killed and replaced, is reported in the
errors table with the reason, and every other record is stored (the HTTP API has had such a
budget; ``warta ingest`` would sit on one pathological record for as long as it took: a line
of 100,000 spaces once cost a layer minutes). A rerun retries the slow record (it is not stored).
The slow record is made slow by the test itself (the workers are forked from it), so the test
does not depend on a layer staying slow on some input."""

from __future__ import annotations

import importlib
import json
import multiprocessing as mp
import time
from pathlib import Path
from typing import Any

import pytest

from warta.corpus import Corpus

ingest = importlib.import_module("warta.corpus.ingest")  # the module (the package exports a function of that name)

GOOD = [
    {
        "id": f"g{i}",
        "text": f"Jakarta - Gubernur Pramono Anung meninjau banjir di wilayah nomor {i}, Rabu (22/10/2025).",
    }
    for i in range(3)
]
SLOW = {"id": "lambat", "text": "Jakarta - Gubernur Pramono Anung meninjau banjir di Jakarta Timur."}


@pytest.mark.skipif("fork" not in mp.get_all_start_methods(), reason="the slow reader reaches workers by fork")
def test_a_record_past_its_budget_is_reported_and_the_rest_stored(tmp_path: Path, monkeypatch: Any) -> None:
    read_record = ingest.process_record

    def slow_on_one(rid: str, origin: str, record: dict[str, Any], *args: Any) -> Any:
        if record.get("id") == "lambat":
            time.sleep(30)
        return read_record(rid, origin, record, *args)

    monkeypatch.setattr(ingest, "process_record", slow_on_one)
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
