"""A record with a value PostgreSQL cannot index (an id, an outlet or a name of thousands of
characters: a scraper that put a page's markup in a field) is one failed record, not a stopped
run. A btree index entry holds at most about 2,700 bytes: the insert raised, `warta ingest`
stopped ('database error, stopped … rerun to continue'), and every rerun stopped at the same
record, so nothing of its batch or after it was ever stored. On SQLite, which has no such bound,
every record is stored."""

from __future__ import annotations

import json
import random
import string
from pathlib import Path

from warta.corpus import Corpus
from warta.corpus.ingest import ingest
from warta.corpus.store import is_postgres

TEXT = "Jakarta - Gubernur meresmikan taman kota baru di Cempaka Putih, Senin (3/11/2025)."


def _junk(n: int, seed: int) -> str:
    """``n`` random letters: a value PostgreSQL cannot compress under its index bound."""
    rng = random.Random(seed)
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(n))


RECORDS = [
    {"id": "sebelum", "text": TEXT + " Yang pertama."},
    {"id": _junk(9000, 1), "text": TEXT + " Id panjang."},
    {"id": "outlet", "text": TEXT + " Outlet panjang.", "outlet": _junk(9000, 2)},
    {"id": "nama", "text": TEXT + " Menurut X" + _junk(9000, 3) + " itu benar."},
    {"id": "sesudah", "text": TEXT + " Yang terakhir."},
]


def test_a_value_too_long_to_index_fails_its_record_and_the_run_goes_on(db: str, tmp_path: Path) -> None:
    src = tmp_path / "long.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    s = ingest([str(src)], db, jobs=0, progress=False)
    too_long = 3 if is_postgres(db) else 0
    assert (s.stored, s.failed) == (5 - too_long, too_long), s
    assert all("PostgreSQL cannot store" in why for _, why in s.failures), s.failures
    with Corpus(db, create=False) as c:
        assert c.search("pertama") and c.search("terakhir")
        stored = {i for (i,) in c.store.query("SELECT source_id FROM articles")}
        assert {"sebelum", "sesudah"} <= stored and len(stored) == 5 - too_long
        assert len(c.store.query("SELECT 1 FROM errors")) == too_long
    again = ingest([str(src)], db, jobs=0, progress=False)  # a rerun: the same records fail, no stop
    assert (again.skipped, again.failed) == (5 - too_long, too_long), again
