"""``warta ingest`` end to end on both backends: ids, reruns, formats, and bad input.

Inputs are short made-up news texts (core layers only), so the tests stay fast.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from corpus_testdata import SLOW, records, write_jsonl  # noqa: E402

from warta.cli import main
from warta.corpus import Corpus
from warta.corpus.ingest import normalize_url, record_id


def ingest(*args: str) -> int:
    return main(["ingest", "--exclude", SLOW, "--quiet", *args])


def test_ids_are_deterministic() -> None:
    a = {"url": "https://www.detik.com/berita/d-1/judul?utm_source=x#top", "text": "A"}
    b = {"url": "http://detik.com/berita/d-1/judul/", "text": "B"}
    assert record_id(a) == record_id(b) and record_id(a).startswith("u")
    assert normalize_url("HTTPS://WWW.Detik.com/a/?b=2&a=1&fbclid=z") == "detik.com/a?a=1&b=2"
    t1 = record_id({"text": "Harga  beras\nnaik “tajam”."})
    assert t1 == record_id({"text": 'harga beras naik "tajam".'}) and t1.startswith("t")
    assert record_id({"title": "no text"}) is None


@pytest.mark.parametrize("jobs", ["0", "2"])
def test_ingest_then_rerun_skips(db: str, tmp_path: Path, jobs: str) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", records(6) + records(2))  # last two repeat the first two
    assert ingest(str(src), "--db", db, "-j", jobs) == 0
    with Corpus(db) as c:
        assert len(c) == 6
        assert sorted(c.store.query("SELECT source_id FROM articles")) == [(f"r{i}",) for i in range(6)]
        rec = c.get(record_id(records(1)[0]))
        assert rec is not None and rec["title"] == "Harga beras naik di pasar induk (0)" and rec["sentences"]
    more = write_jsonl(tmp_path / "b.jsonl", records(8, with_url=False)[6:])
    assert ingest(str(src), str(more), "--db", db, "-j", jobs) == 0
    with Corpus(db) as c:
        assert len(c) == 8
        assert c.stats()["errors"] == 0


def test_bad_input(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Broken JSON lines, a binary file, a CSV without a text column, an empty folder:
    every good record stored, every bad one reported with its reason, exit code 1."""
    d = tmp_path / "in"
    d.mkdir()
    write_jsonl(
        d / "mixed.jsonl", records(3), ['{"id": "x", "text": broken', "[1, 2]", '{"id": "y", "title": "no text"}']
    )
    (d / "blob.txt").write_bytes(os.urandom(3000) + b"\x00" * 100)
    (d / "table.csv").write_text("judul,tautan\nHarga naik,https://x.id/1\n", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    code = main(
        ["ingest", "--exclude", SLOW, "-j", "0", str(d), str(empty), str(tmp_path / "missing.jsonl"), "--db", db]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "ingested 3 new articles" in err and "7 failed" in err
    for reason in (
        "invalid JSON",
        "not an object",
        "neither 'text' nor 'html'",
        "not UTF-8",
        "no text column",
        "folder holds no",
        "no such file",
    ):
        assert reason in err, reason
    with Corpus(db) as c:
        assert len(c) == 3
        errors = c.errors()
        assert len(errors) == 7
        assert any(e["origin"].endswith("mixed.jsonl:4") for e in errors)
        assert any("columns: judul, tautan" in e["reason"] for e in errors)
    # a rerun reports the same failures again without duplicating the error rows
    assert main(["ingest", "--exclude", SLOW, "-j", "0", "--quiet", str(d), str(empty), "--db", db]) == 1
    with Corpus(db) as c:
        assert len(c) == 3 and len(c.errors()) == 7


def test_csv_column_mapping(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import csv

    db = str(tmp_path / "c.db")
    path = tmp_path / "berita.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["judul_berita", "isi_lengkap", "tautan", "tgl"])
        for r in records(3):
            w.writerow([r["title"], r["text"], r["url"], r["published"]])
        w.writerow(["short row"])
    assert (
        ingest(
            str(path),
            "--db",
            db,
            "-j",
            "0",
            "--column",
            "text=isi_lengkap",
            "--column",
            "title=judul_berita",
            "--column",
            "url=tautan",
            "--column",
            "published=tgl",
        )
        == 1
    )
    with Corpus(db) as c:
        assert len(c) == 3
        assert c.get(record_id(records(1)[0]))["published"] == "2025-10-01"
        assert "CSV row has 1 cells" in c.errors()[0]["reason"]
    assert ingest(str(path), "--db", db, "-j", "0", "--column", "text=isi") == 1
    with Corpus(db) as c:
        assert any("no column 'isi' (mapped to text)" in e["reason"] for e in c.errors())
    assert main(["ingest", str(path), "--db", db, "--column", "oops"]) == 2


def test_parquet_and_warc(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    recs = records(4)
    pq.write_table(pa.Table.from_pylist(recs[:2]), tmp_path / "a.parquet")
    with (tmp_path / "crawl.warc.gz").open("wb") as f:
        w = WARCWriter(f, gzip=True)
        for r in recs[2:]:
            html = f"<html><head><title>{r['title']}</title></head><body><article><h1>{r['title']}</h1><p>{r['text']}</p></article></body></html>"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(
                w.create_warc_record(r["url"], "response", payload=io.BytesIO(html.encode()), http_headers=headers)
            )
        img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        w.write_record(
            w.create_warc_record("https://x.id/a.png", "response", payload=io.BytesIO(b"\x89PNG"), http_headers=img)
        )
    db = str(tmp_path / "c.db")
    assert ingest(str(tmp_path), "--db", db, "-j", "0") == 0
    with Corpus(db) as c:
        assert len(c) == 4
        assert sorted(r[0] for r in c.store.query("SELECT url FROM articles")) == sorted(r["url"] for r in recs)
        assert [h.url for h in c.search("Timnas Vietnam")] == [recs[3]["url"]]


def test_corpus_commands_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "w.db"
    monkeypatch.setenv("WARTA_DB", str(db))
    write_jsonl(tmp_path / "a.jsonl", records(6))
    assert ingest(str(tmp_path / "a.jsonl"), "-j", "0") == 0  # default db from WARTA_DB
    capsys.readouterr()
    assert main(["search", "banjir", "--format", "json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert len(hits) == 1 and "[Banjir]" in hits[0]["snippet"]
    assert main(["search", "banjir", "--since", "20-10"]) == 2
    assert main(["stats"]) == 0
    assert "articles             6" in capsys.readouterr().out
    assert main(["export", "--format", "gkg", "-o", str(tmp_path / "g.tsv")]) == 0
    assert len((tmp_path / "g.tsv").read_text(encoding="utf-8").splitlines()) == 7
    assert main(["export", "--format", "parquet"]) == 2
    assert main(["search", "x", "--db", str(tmp_path / "none.db")]) == 2
    assert "no corpus at" in capsys.readouterr().err
