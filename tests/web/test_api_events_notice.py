"""/api/events on a corpus holding articles stored before events were kept (a schema 3 store
migrated on opening) says so in its response, in the words `warta events` prints (d9f5de2):
it gave an empty list only, which reads as 'nothing happened'."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import httpx

from warta.corpus import Corpus
from warta.web import Settings, serve_in_thread

from .conftest import stop

TEXTS = ["Polisi menangkap Andi Saputra di Bekasi, Senin (13/10/2025).", "Warga Bogor berunjuk rasa di balai kota."]


def test_api_events_names_articles_stored_before_events(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"x{i}", "text": t}) + "\n" for i, t in enumerate(TEXTS)))
    db = str(tmp_path / "c.db")
    with Corpus(db) as c:
        c.ingest([str(src)], jobs=0)
    server, base = serve_in_thread(Settings(db=db, workers=1))
    try:
        body = httpx.get(base + "/api/events", timeout=30).json()
        assert body["notice"] is None and body["events"]
        with sqlite3.connect(db) as conn:  # as a schema 3 store migrated on opening leaves it
            conn.execute("UPDATE articles SET ingested_at = '2025-01-01T00:00:00Z'")
            conn.execute("DELETE FROM events")
        body = httpx.get(base + "/api/events", params={"type": "COERCE"}, timeout=30).json()
        assert body["events"] == []
        assert body["notice"].startswith("2 articles were stored by a Warta from before events were kept"), body
    finally:
        stop(server)
