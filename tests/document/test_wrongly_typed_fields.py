"""A record with one metadata field of the wrong type (a scraper's ``title`` list, a MongoDB
``published`` object, a null or numeric ``url``) is read, not refused whole: the text is what a
user came for. The bad field is dropped with a warning that names it and keeps its value (cut to
200 characters), and ``warta.read``, ``warta ingest``, the HTTP API and ``warta spark read``
agree. A numeric ``id`` is still its text; the text itself of a wrong type is still an error,
unless the record's other text field (``html``) is usable."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import warta
from warta.corpus import Corpus

TEXT = (
    "Jakarta - Wali Kota Bogor Dedie Rachim meresmikan pasar tradisional baru di Bogor Tengah pada "
    "Senin (20/10/2025). Pasar itu menampung 400 pedagang."
)
BAD_FIELDS: list[tuple[str, Any]] = [
    ("title", ["Pasar Baru Bogor", "Diresmikan"]),
    ("title", 2025),
    ("published", {"$date": "2025-10-20T03:00:00Z"}),
    ("published", 1760929200),
    ("url", ["https://news.detik.com/d-1/pasar"]),
    ("outlet", {"name": "detik.com"}),
    ("id", ["a", "b"]),
    ("id", True),
]


@pytest.mark.parametrize(("key", "value"), BAD_FIELDS)
def test_read_drops_the_field_with_a_warning_naming_it(key: str, value: Any) -> None:
    rec = warta.read({"text": TEXT, key: value}).to_dict()
    assert rec[key] is None
    assert rec["entities"], "the text was read"
    [warning] = [w for w in rec["warnings"] if f"'{key}'" in w]
    assert json.dumps(value)[:40] in warning and "ignored" in warning


def test_null_fields_are_absent_without_a_warning() -> None:
    rec = warta.read({"text": TEXT, "url": None, "title": None, "published": None, "id": 17}).to_dict()
    assert (rec["url"], rec["title"], rec["published"], rec["id"]) == (None, None, None, "17")
    assert not rec["warnings"]


def test_a_bad_text_field_falls_back_to_the_html() -> None:
    rec = warta.read({"text": ["a", "b"], "html": f"<html><body><p>{TEXT}</p></body></html>"}).to_dict()
    assert "Dedie Rachim" in rec["body"] and any("'text'" in w for w in rec["warnings"])
    with pytest.raises(warta.InputError, match="'text' is list"):
        warta.read({"text": ["a", "b"], "title": "Judul"})


def test_ingest_keeps_the_record_and_its_warning(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    rows = [
        {"id": "ok", "text": TEXT, "title": "Pasar"},
        {"id": "t", "text": TEXT.replace("400", "500"), "title": ["Pasar", "Bogor"], "url": None},
        {"id": ["x"], "text": TEXT.replace("400", "600"), "published": {"$date": "2025-10-20"}},
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with Corpus(str(tmp_path / "c.db")) as c:
        summary = c.ingest([str(src)], jobs=0)
        assert summary.failed == 0 and summary.stored == 3, summary.failures
        stored = c.store.query("SELECT source_id, title, published FROM articles ORDER BY num")
        assert [tuple(r) for r in stored] == [("ok", "Pasar", None), ("t", None, None), (None, None, None)]


def test_the_api_reads_and_stores_such_a_record(tmp_path: Path) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from warta.web import Settings, create_app

    db = str(tmp_path / "w.db")
    Corpus(db).close()
    settings = Settings(db=db, workers=1, token="t")
    with TestClient(create_app(settings), base_url="http://localhost") as client:
        r = client.post("/api/read", json={"text": TEXT, "title": ["Pasar"], "url": 5})
        assert r.status_code == 200, r.text
        assert r.json()["title"] is None and len(r.json()["warnings"]) == 2
        r = client.post(
            "/api/articles", json=[{"text": TEXT, "published": {"$date": 1}}], headers={"Authorization": "Bearer t"}
        )
        assert r.status_code == 200 and r.json()["stored"] == 1, r.text


def test_spark_rows_agree_with_read() -> None:
    from warta.spark import partition

    row = partition.record_row(1, "mem:1", {"id": ["x"], "text": TEXT, "url": 7, "title": ["Pasar"]})
    assert row["error"] is None and row["url"] is None and row["source_id"] is None
    assert len(json.loads(row["record"])["warnings"]) == 3
