"""`warta spark read` → `dedup` → `load` on local[2]: records equal warta.read's, poisoned
records become error rows, and a Spark-loaded corpus answers like a `warta ingest`-ed one."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

import warta
from warta.cli import main

SAMPLE = [0, 1, 2, 3, 5, 6, 8, 20, 24]  # detik_3/4/7 and detik_21/26 are republished groups
BIG = 20 * 1024 * 1024


def _write_warc(path: Path) -> None:
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        w = WARCWriter(f, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        w.write_record(
            w.create_warc_record(WARC_URL, "response", payload=BytesIO(WARC_PAGE.encode()), http_headers=headers)
        )


WARC_URL = "https://news.example.id/berita/harga-beras"
WARC_PAGE = (
    "<html><head><title>Harga Beras Naik di Pasar Induk</title></head><body><article>"
    "<h1>Harga Beras Naik di Pasar Induk</h1>"
    "<p>Jakarta - Harga beras medium di Pasar Induk Beras Cipinang naik menjadi Rp 14.000 per kilogram pekan ini. "
    "Kenaikan itu dipicu pasokan yang berkurang dari sentra produksi di Jawa Tengah.</p>"
    '<p>"Kami berharap pemerintah segera menggelar operasi pasar," kata Ketua Koperasi Pedagang Pasar Induk '
    "Zulkifli Rasyid kepada wartawan, Senin (20/10/2025).</p>"
    "<p>Badan Pangan Nasional menyatakan stok cadangan beras pemerintah masih mencukupi hingga akhir tahun.</p>"
    "</article></body></html>"
)


def _poison(tmp: Path) -> list[bytes]:
    return [
        json.dumps({"id": "binary", "text": "\x00\x01\x02\x03\xff\xfe" * 200}).encode(),
        b'{"id": "surrogate", "text": "Jakarta - Harga beras naik \\ud800 di pasar induk, kata pedagang."}',
        json.dumps({"id": "huge", "text": "Jakarta - kata " * (BIG // 15)}).encode(),
        b"\xff\xfe not utf-8 at all \x80\x81",
        b'{"id": "broken", "text": ',
    ]


@pytest.fixture(scope="module")
def work(spark: Any, detik: list[dict[str, Any]], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("spark")
    sample = [detik[i] for i in SAMPLE]
    jsonl = tmp / "in.jsonl"
    lines = [json.dumps(r, ensure_ascii=False).encode() for r in sample[:-4]] + _poison(tmp)
    jsonl.write_bytes(b"\n".join(lines) + b"\n")
    (tmp / "one.json").write_text(json.dumps(sample[-4], ensure_ascii=False), encoding="utf-8")
    with (tmp / "two.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["id", "title", "url", "published", "text"])
        w.writeheader()
        w.writerows(sample[-3:-1])
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(sample[-1:]), tmp / "three.parquet")
    _write_warc(tmp / "four.warc.gz")
    inputs = [str(jsonl), str(tmp / "one.json"), str(tmp / "two.csv"), str(tmp / "three.parquet")]
    inputs.append(str(tmp / "four.warc.gz"))
    out = tmp / "articles"
    assert main(["spark", "read", *inputs, str(out), "--partitions", "2"]) == 1  # the poison lines
    from warta.spark import jobs

    rows = [r.asDict() for r in jobs.load_table(spark, str(out), jobs.READ_SCHEMA).orderBy("seq").collect()]
    return {"tmp": tmp, "inputs": inputs, "sample": sample, "rows": rows, "out": out}


def test_records_equal_warta_read(work: dict[str, Any]) -> None:
    good = [r for r in work["rows"] if r["error"] is None]
    by_source = {r["source_id"]: r for r in good if r["source_id"] and r["source_id"] != "surrogate"}
    assert sorted(by_source) == sorted(r["id"] for r in work["sample"])
    for rec in work["sample"]:
        row = by_source[rec["id"]]
        want = json.loads(json.dumps(warta.read(rec).to_dict(), ensure_ascii=False))
        assert json.loads(row["record"]) == want, rec["id"]
        assert row["url"] == rec["url"] and row["outlet"] == "detik.com"
        assert row["n_quotes"] == len(want["quotes"]) and row["n_entities"] == len(want["entities"])
        assert row["sig"] is not None and row["n_shingles"] > 0
    # input order is kept: the JSONL lines, the JSON file, the CSV rows, Parquet, then WARC
    in_order = [r["source_id"] for r in good if r["source_id"] != "surrogate"]
    assert in_order == [r["id"] for r in work["sample"]] + [None]
    warc = good[-1]
    want = json.loads(json.dumps(warta.read({"html": WARC_PAGE, "url": WARC_URL}).to_dict(), ensure_ascii=False))
    assert json.loads(warc["record"]) == want and warc["url"] == WARC_URL and warc["n_quotes"] >= 1


def test_poisoned_records_are_error_rows(work: dict[str, Any]) -> None:
    errors = {r["source_id"] or r["origin"]: r["error"] for r in work["rows"] if r["error"] is not None}
    assert {"binary", "huge"} <= set(errors), errors
    # a lone surrogate is repaired at the door (U+FFFD, same length), so nothing of the record is lost
    surrogate = next(r for r in work["rows"] if r["source_id"] == "surrogate")
    assert (
        surrogate["error"] is None
        and "\ud800" not in surrogate["record"]
        and "\ufffd" in json.loads(surrogate["record"])["body"]
    )
    assert "too long" in errors["huge"]
    origins = [r["origin"] for r in work["rows"] if r["error"] is not None]
    assert any(o.endswith(f"in.jsonl:{len(SAMPLE) - 4 + 4}") for o in origins)  # the non-UTF-8 line
    assert any(o.endswith(f"in.jsonl:{len(SAMPLE) - 4 + 5}") for o in origins)  # the broken JSON line
    for msg in errors.values():
        msg.encode("utf-8")  # every error row is writable text


def _answers(db: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    out = []
    for argv in (
        ["search", "inflasi", "--db", db],
        ["search", "pajak", "--db", db, "--since", "2025-01-01"],
        ["quotes", "--db", db, "--speaker", "Purbaya"],
        ["entity", "Purbaya Yudhi Sadewa", "--db", db],
        ["stats", "--db", db],
    ):
        capsys.readouterr()
        code = main(argv)
        text = capsys.readouterr().out.replace(db, "DB")
        out.append(f"{argv[0]} {code}\n{text}")
    return out


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_load_answers_like_ingest(
    backend: str, work: dict[str, Any], capsys: pytest.CaptureFixture[str], request: pytest.FixtureRequest
) -> None:
    tmp = work["tmp"]
    if backend == "sqlite":
        ingested, loaded = str(tmp / "ingest.db"), str(tmp / "spark.db")
    else:
        server = request.getfixturevalue("pg_server")
        if server is None:
            pytest.skip("PostgreSQL server binaries not found (scripts/install_postgres.sh); PostgreSQL half skipped")
        ingested, loaded = server.create_db(), server.create_db()
    assert main(["ingest", *work["inputs"], "--db", ingested, "-j", "0", "--quiet"]) == 1  # the poisoned ones
    groups = tmp / "groups"
    if not groups.exists():
        assert main(["spark", "dedup", str(work["out"]), str(groups)]) == 0
    assert main(["spark", "load", str(work["out"]), str(groups), "--db", loaded]) == 1
    want, got = _answers(ingested, capsys), _answers(loaded, capsys)
    assert "Purbaya" in want[2] and "inflasi" in want[0].lower()
    assert got == want
    from warta.corpus import Corpus

    def table(db: str) -> list[tuple[Any, ...]]:
        with Corpus(db) as c:
            return sorted(c.store.query("SELECT id, source_id, dup_group, dup_of, dup_score FROM articles"))

    rows = table(ingested)
    assert sum(1 for r in rows if r[3]) >= 3  # the republished detik groups
    assert table(loaded) == rows
    with Corpus(loaded) as c:
        assert len(c.errors()) == len([r for r in work["rows"] if r["error"] is not None])
    if backend == "sqlite":  # a rerun stores nothing twice, and the groups stay those of ingest
        capsys.readouterr()
        assert main(["spark", "load", str(work["out"]), str(groups), "--db", loaded]) == 1
        assert "already held articles" in capsys.readouterr().err
        assert table(loaded) == rows
