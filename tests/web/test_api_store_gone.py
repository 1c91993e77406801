"""``POST /api/articles`` on a server whose SQLite store was deleted (or replaced) since it
started: the API opened the store anew on each post, so the next post silently began a fresh,
empty corpus at that path. It is now a 503 naming the path, and no file is made there, as
`warta ingest` stops when its store file goes (ec66114)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from warta.corpus import Corpus  # noqa: E402
from warta.web import Settings, create_app  # noqa: E402

AUTH = {"authorization": "Bearer t", "content-type": "application/json"}
GOOD = {"id": "g1", "text": "Jakarta - Gubernur meresmikan taman kota baru di Cempaka Putih, Senin (3/11/2025)."}
GOOD2 = {"id": "g2", "text": "Bandung - Wali Kota meninjau banjir di Dayeuhkolot, Selasa (4/11/2025)."}


@pytest.mark.parametrize("how", ["deleted", "replaced"])
def test_a_post_after_the_store_went_is_refused(tmp_path: Path, how: str) -> None:
    db = tmp_path / "api.db"
    Corpus(str(db)).close()
    with TestClient(create_app(Settings(db=str(db), workers=1, token="t")), base_url="http://localhost") as client:
        r = client.post("/api/articles", json=GOOD, headers=AUTH)
        assert r.status_code == 200 and r.json()["stored"] == 1, r.text
        if how == "replaced":  # another file moved over it (made first: a new inode)
            (tmp_path / "other.db").write_bytes(b"")
            os.replace(tmp_path / "other.db", db)
        for suffix in ("-wal", "-shm", "" if how == "deleted" else "-wal"):
            if Path(f"{db}{suffix}").exists():
                os.unlink(f"{db}{suffix}")
        r = client.post("/api/articles", json=GOOD2, headers=AUTH)
        assert r.status_code == 503, r.text
        message = r.json()["error"]
        assert str(db) in message and how in message, message
        assert db.exists() == (how == "replaced")
        if how == "replaced":
            assert db.stat().st_size == 0  # the other file is left as it is


READS = [
    "/api/search?q=taman",
    "/api/quotes?speaker=Gubernur",
    "/api/entities/Gubernur",
    "/api/places?q=taman",
    "/api/timeline?q=taman",
    "/api/articles/g1",
    "/api/stats",
    "/api/events",
    "/api/stories",
]


@pytest.mark.parametrize("how", ["deleted", "replaced"])
def test_reads_after_the_store_went_are_refused(tmp_path: Path, how: str) -> None:
    """The read endpoints kept answering from the open connection to the unlinked file: data
    that no longer exists anywhere, or not the corpus now at that path. 503 naming it, as posts."""
    db = tmp_path / "baca.db"
    with Corpus(str(db)) as c:
        c.store.execute("SELECT 1")
    with TestClient(create_app(Settings(db=str(db), workers=1, token="t")), base_url="http://localhost") as client:
        assert client.post("/api/articles", json=GOOD, headers=AUTH).status_code == 200
        for url in READS:
            assert client.get(url).status_code in (200, 404), url  # every thread opens its connection now
        if how == "replaced":
            (tmp_path / "lain.db").write_bytes(b"")
            os.replace(tmp_path / "lain.db", db)
        else:
            os.unlink(db)
        for url in READS:
            r = client.get(url)
            assert r.status_code == 503, (url, r.text)
            assert str(db) in r.json()["error"] and how in r.json()["error"], r.text
        assert client.get("/api/health").status_code == 200
