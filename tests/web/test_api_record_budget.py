"""``POST /api/articles`` reads each record under a time budget (the server's ``--read-budget``),
as ``warta ingest`` does with ``--record-budget``: a record still being read after it has its
reader process killed and replaced, is listed in ``errors`` with its index and the reason, and
the other records of the batch are stored. Records used to be read in a thread of the server
itself, with no budget: one pathological record held the request (and a core) for as long as a
layer took on it, and nothing could stop it.

The slow record is a real one: a 900 KB article reads in several seconds anywhere (reading is
linear, about 150 KB/s a core), far past a 2 s budget."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from warta.corpus import Corpus  # noqa: E402
from warta.web import Settings, create_app  # noqa: E402

AUTH = {"authorization": "Bearer t"}
GOOD = {"id": "g1", "text": "Jakarta - Gubernur meresmikan taman kota baru di Cempaka Putih, Senin (3/11/2025)."}
GOOD2 = {"id": "g2", "text": "Bandung - Wali Kota meninjau banjir di Dayeuhkolot, Selasa (4/11/2025)."}
GOOD3 = {"id": "g3", "text": "Surabaya - Wali Kota meresmikan pasar baru di Wonokromo, Rabu (5/11/2025)."}
SLOW = {"id": "lambat", "text": "Jakarta - Presiden Prabowo Subianto mengatakan harga beras turun di Bekasi. " * 12000}


def _stored(db: str) -> set[str]:
    with Corpus(db, create=False) as c:
        return {r[0] for r in c.store.query("SELECT source_id FROM articles")}


def test_a_record_past_the_budget_is_reported_and_the_batch_stored(tmp_path: Path) -> None:
    db = str(tmp_path / "api.db")
    Corpus(db).close()
    settings = Settings(db=db, workers=1, token="t", read_budget=2.0, max_body=4_000_000)
    with TestClient(create_app(settings), base_url="http://localhost") as client:
        t = time.monotonic()
        r = client.post("/api/articles", json=[GOOD, SLOW, GOOD2], headers=AUTH)
        assert time.monotonic() - t < 40
        assert r.status_code == 200, r.text
        j = r.json()
        assert (j["stored"], j["failed"]) == (2, 1), j
        ((err,),) = [j["errors"]]
        assert err["index"] == 1 and "longer than 2 s" in err["error"], err
        assert _stored(db) == {"g1", "g2"}
        # the reader was replaced: the next batch reads
        r = client.post("/api/articles", json=GOOD3, headers=AUTH)
        assert r.status_code == 200 and r.json()["stored"] == 1, r.text
        assert client.app.state.pool.killed >= 1
    with Corpus(db, create=False) as c:
        assert c.store.scalar("SELECT COUNT(*) FROM errors") == 1


def test_records_read_in_the_workers_equal_warta_read(tmp_path: Path) -> None:
    import warta

    db = str(tmp_path / "api.db")
    Corpus(db).close()
    with TestClient(create_app(Settings(db=db, workers=1, token="t")), base_url="http://localhost") as client:
        r = client.post("/api/articles", json=[GOOD, GOOD2], headers=AUTH)
        assert r.status_code == 200 and r.json()["stored"] == 2
        for rec, rid in zip((GOOD, GOOD2), r.json()["ids"], strict=True):
            got = client.get("/api/articles/" + rid).json()
            assert got["entities"] == warta.read(rec).to_dict()["entities"]
