"""A store an older Warta wrote (schema 1: articles, entities, quotes; none of the later tables
and indexes), opened by this Warta on SQLite and on PostgreSQL: it is migrated step by step on
opening, its articles are found, named and counted as a fresh store's, and new records are ingested beside the old ones."""

from __future__ import annotations

import json
import re
from pathlib import Path

from warta.corpus import Corpus
from warta.corpus.ingest import ingest
from warta.corpus.schema import MIGRATIONS, SCHEMA_VERSION
from warta.corpus.store import Store

TEXTS = [
    "Jakarta - Direktorat Jenderal Pajak (DJP) Kementerian Keuangan mencatat penerimaan pajak naik. "
    "DJP menyebut kepatuhan wajib pajak membaik pada Senin (20/10/2025).",
    "Jakarta - Direktorat Jenderal Pajak (DJP) membuka layanan pelaporan SPT hingga malam hari. "
    "Menurut DJP, antrean di kantor pajak berkurang, kata Kepala Kantor Pajak kepada wartawan.",
    "Bekasi - Polisi menangkap Andi Saputra di Bekasi, Senin (13/10/2025), karena diduga mencuri motor.",
]
CHEAP = ["summary", "tone", "themes"]  # entities are read: their names are looked up
_CREATED = re.compile(r"CREATE (?:VIRTUAL )?(TABLE|INDEX) (\w+)")


def _as_schema_1(db: str) -> None:
    """Drop what the steps after schema 1 made, newest first, as a schema 1 Warta left the store."""
    with Store(db) as s:
        made = [
            m.groups()
            for v in range(2, SCHEMA_VERSION + 1)
            for st in MIGRATIONS[s.dialect][v]
            for m in _CREATED.finditer(st)
        ]
        with s.transaction():
            for kind, name in reversed(made):
                s.execute(f"DROP {kind} IF EXISTS {name}")
            s.execute("DELETE FROM schema_version WHERE version >= 2")


def test_an_old_store_is_migrated_and_keeps_working(db: str, tmp_path: Path) -> None:
    old = tmp_path / "old.jsonl"
    old.write_text("".join(json.dumps({"id": f"o{i}", "text": t}) + "\n" for i, t in enumerate(TEXTS[:2])))
    ingest([str(old)], db, jobs=0, exclude=CHEAP, progress=False)
    _as_schema_1(db)
    with Store(db) as s:
        assert s.version() == SCHEMA_VERSION
    with Corpus(db, create=False) as c:
        assert [h.id for h in c.search("antrean")] == ["o1"]
        assert c.get("o0")["id"] == "o0"
        profile = c.entity("DJP")
        assert profile is not None and profile.name == "Direktorat Jenderal Pajak"
    new = tmp_path / "new.jsonl"
    new.write_text(json.dumps({"id": "n0", "text": TEXTS[2]}) + "\n" + old.read_text().splitlines()[0] + "\n")
    s = ingest([str(new)], db, jobs=0, exclude=CHEAP, progress=False)
    assert (s.stored, s.skipped, s.failed) == (1, 1, 0)
    with Corpus(db, create=False) as c:
        assert len(c) == 3 and c.stats()["articles"] == 3
        assert [h.id for h in c.search("motor")] == ["n0"]
