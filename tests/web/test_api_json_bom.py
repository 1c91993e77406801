"""A JSON body saved with a byte-order mark (Windows Notepad's "UTF-8 with BOM" and "Unicode",
PowerShell's default file encodings) is read as the file readers read the same file: `warta
ingest kiriman.json` stored its records, while `curl --data-binary @kiriman.json` to
``POST /api/articles`` (and ``POST /api/read``) answered 400 'Unexpected UTF-8 BOM' or 'body is
not UTF-8', and the batch was not stored. A body in an undeclared 8-bit encoding is still a 400."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from warta.corpus import Corpus  # noqa: E402
from warta.web import Settings, create_app  # noqa: E402

AUTH = {"authorization": "Bearer t", "content-type": "application/json"}
BATCH = [
    {"id": "w1", "text": "Semarang - Wali Kota meresmikan pasar rakyat di Banyumanik, Senin (3/11/2025)."},
    {"id": "w2", "text": "Solo - Bupati meninjau jembatan yang rusak di Jebres, Selasa (4/11/2025)."},
]


@pytest.fixture()
def client(tmp_path: Path):
    db = str(tmp_path / "api.db")
    Corpus(db).close()
    with TestClient(create_app(Settings(db=db, workers=1, token="t")), base_url="http://localhost") as c:
        yield c


@pytest.mark.parametrize(
    "body",
    [
        b"\xef\xbb\xbf" + json.dumps(BATCH).encode("utf-8"),
        json.dumps(BATCH).encode("utf-16"),  # with its byte-order mark
    ],
    ids=["utf-8-bom", "utf-16"],
)
def test_a_batch_with_a_byte_order_mark_is_stored(client: TestClient, body: bytes) -> None:
    r = client.post("/api/articles", content=body, headers=AUTH)
    assert r.status_code == 200, r.text
    assert (r.json()["stored"], r.json()["failed"]) == (2, 0)


def test_read_takes_a_record_with_a_byte_order_mark(client: TestClient) -> None:
    r = client.post("/api/read", content=b"\xef\xbb\xbf" + json.dumps(BATCH[0]).encode(), headers=AUTH)
    assert r.status_code == 200, r.text
    assert "Banyumanik" in r.json()["body"]


def test_an_undeclared_8bit_body_is_still_refused(client: TestClient) -> None:
    body = json.dumps({"text": "Kafé di Jakarta"}, ensure_ascii=False).encode("latin-1")
    r = client.post("/api/articles", content=body, headers=AUTH)
    assert r.status_code == 400 and "not UTF-8" in r.text, r.text


def test_a_batch_in_utf16_without_its_mark_is_stored(client: TestClient) -> None:
    """Some exporters write UTF-16 with no byte-order mark; the body was 'not UTF-8' (400)."""
    r = client.post("/api/articles", content=json.dumps(BATCH).encode("utf-16-le"), headers=AUTH)
    assert r.status_code == 200, r.text
    assert (r.json()["stored"], r.json()["failed"]) == (2, 0)
