"""A store written before entity identities were kept (schema 5 or older) and opened by this Warta
gets the identities its stored articles show, as if they had been ingested now. Evidence is
counted only as an article is written, so the migration to schema 6 used to leave every stored
article out: 'DJP' was never 'Direktorat Jenderal Pajak', and no message said why."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from warta.corpus import Corpus
from warta.corpus.schema import SCHEMA_VERSION

TEXTS = [
    "Jakarta - Direktorat Jenderal Pajak (DJP) Kementerian Keuangan mencatat penerimaan pajak naik. "
    "DJP menyebut kepatuhan wajib pajak membaik pada Senin (20/10/2025).",
    "Jakarta - Direktorat Jenderal Pajak (DJP) membuka layanan pelaporan SPT hingga malam hari. "
    "Menurut DJP, antrean di kantor pajak berkurang.",
    "Jakarta - DJP memperpanjang masa pelaporan pajak bagi wajib pajak badan hingga akhir bulan.",
]
V6_TABLES = ("story_terms", "story_keys", "story_members", "stories", "story_merges", "entity_aliases", "entity_links")


def _links(db: str) -> set[tuple[str, str, str]]:
    with sqlite3.connect(db) as conn:
        return set(
            conn.execute(
                "SELECT e.key, t.key, l.reason FROM entity_links l JOIN entities e ON e.num = l.entity "
                "JOIN entities t ON t.num = l.target WHERE l.undone = 0"
            )
        )


def _as_schema_5(db: str) -> None:
    """The store as a Warta of schema 5 left it: no identity or story tables."""
    with sqlite3.connect(db) as conn:
        for t in V6_TABLES:
            conn.execute(f"DROP TABLE {t}")
        conn.execute("DROP INDEX articles_source_id")
        conn.execute("DELETE FROM schema_version WHERE version >= 6")


def test_a_store_from_before_identities_gets_them_when_opened(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"p{i}", "text": t}) + "\n" for i, t in enumerate(TEXTS)))
    db = str(tmp_path / "c.db")
    with Corpus(db) as c:
        c.ingest([str(src)], jobs=0)
    fresh = _links(db)
    assert any(k == "ORG:djp" for k, _, _ in fresh), fresh
    _as_schema_5(db)
    with Corpus(db, create=False) as c:
        assert c.store.version() == SCHEMA_VERSION
        profile = c.entity("DJP")
        assert profile is not None and profile.name == "Direktorat Jenderal Pajak"
    assert _links(db) == fresh
