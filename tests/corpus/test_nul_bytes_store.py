"""A record holding NUL characters (a scraper's padding, a C string's end copied along) is stored
on PostgreSQL as on SQLite. PostgreSQL text cannot hold NUL: the insert raised, `warta ingest`
stopped the whole run ('database error, stopped … rerun to continue'), and every rerun stopped at
the same record, so none of the batch's records, nor any after it, was ever stored. On
PostgreSQL each NUL is stored as U+FFFD, one character for one (offsets into the text hold)."""

from __future__ import annotations

import json
from pathlib import Path

from warta.corpus import Corpus
from warta.corpus.ingest import ingest

TEXT = "Jakarta - Gubernur meresmikan taman kota baru di Cempaka Putih, Senin (3/11/2025)."
RECORDS = [
    {"id": "nul\x00id", "text": TEXT + " Ada\x00NUL di dalam teks."},
    {"id": "judul", "text": TEXT + " Judul bernul.", "title": "Taman\x00Baru", "outlet": "det\x00ik"},
    {"id": "bersih", "text": TEXT + " Tanpa apa-apa."},
    {"url": "https://news.example.co.id/read/2025/11/03/taman", "text": TEXT + " Halaman\x00bernul."},
]


def test_records_with_nul_characters_are_stored(db: str, tmp_path: Path) -> None:
    src = tmp_path / "nul.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    s = ingest([str(src)], db, jobs=0, progress=False)
    assert (s.stored, s.failed) == (4, 0), s
    with Corpus(db, create=False) as c:
        assert len(c) == 4
        assert c.search("bernul") and c.search("apa")
        titles = {t for (t,) in c.store.query("SELECT title FROM articles") if t}
        assert titles <= {"Taman\x00Baru", "Taman\ufffdBaru"} and len(titles) == 1
    again = ingest([str(src)], db, jobs=0, progress=False)  # a rerun finds them stored, the page's too
    assert (again.skipped, again.failed) == (4, 0), again.failures
