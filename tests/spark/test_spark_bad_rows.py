"""Bad rows in a DataFrame never fail a Spark job; each is reported.

Records given as data (``partition.read_partition``: null text, a number for text, not an object)
become error rows (a number for ``url`` is dropped with a warning); and an articles table handed to ``dedup`` / ``load`` that holds a damaged row
(its record not JSON, or not an object; a signature of the wrong length; no id) costs that row
only: ``load`` stores the good rows and writes the bad ones to the ``errors`` table with the
reason (it used to stop at the first such row with a traceback, after storing some batches)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from warta.corpus import Corpus

TEXT = "Jakarta - Gubernur Pramono Anung meninjau banjir di Kampung Melayu, Jakarta Timur, Rabu (22/10/2025). {}"


def test_records_with_null_or_numeric_text_are_error_rows(spark: Any) -> None:
    from warta.spark import jobs, partition

    records = [
        (1, "mem:1", {"id": "ok", "text": TEXT.format("Pompa dikerahkan.")}),
        (2, "mem:2", {"id": "null", "text": None}),
        (3, "mem:3", {"id": "num", "text": 42}),
        (4, "mem:4", ["not", "an", "object"]),
        (5, "mem:5", {"id": "url", "text": TEXT.format("Lagi."), "url": 7}),
    ]
    rdd = spark.sparkContext.parallelize(records, 2).mapPartitions(lambda it: partition.read_partition(it))
    fields = partition.ROW_FIELDS
    rows = spark.createDataFrame(rdd.map(lambda r: tuple(r[k] for k in fields)), jobs.READ_SCHEMA).collect()
    by_seq = {r["seq"]: r for r in rows}
    assert len(rows) == 5 and by_seq[1]["error"] is None
    assert "'text' is empty" in by_seq[2]["error"] and "'text' is int" in by_seq[3]["error"]
    assert "not a JSON object" in by_seq[4]["error"]
    # a url of the wrong type costs the url, not the record (tests/document/test_wrongly_typed_fields.py)
    assert by_seq[5]["error"] is None and by_seq[5]["url"] is None


def test_load_and_dedup_survive_damaged_rows(spark: Any, tmp_path: Path) -> None:
    from warta.spark import jobs, partition

    good = [
        partition.record_row(i, f"mem:{i}", {"id": f"g{i}", "text": TEXT.format(f"Kalimat nomor {i} berbeda.")})
        for i in (1, 2, 3, 4)
    ]
    assert all(r["error"] is None for r in good)
    damaged = [
        {**good[1], "seq": 10, "id": "x-json", "record": "{broken"},
        {**good[1], "seq": 11, "id": "x-list", "record": "[1, 2]"},
        {**good[1], "seq": 12, "id": "x-sig", "sig": b"\x01\x02\x03"},
        {**good[1], "seq": 13, "id": None},
    ]
    rows = [good[0], damaged[0], good[1], damaged[1], damaged[2], good[2], damaged[3], good[3]]
    fields = partition.ROW_FIELDS
    df = spark.createDataFrame([tuple(r[k] for k in fields) for r in rows], jobs.READ_SCHEMA)
    groups = jobs.dedup(spark, df).collect()  # a damaged signature does not fail the job
    assert {g["id"] for g in groups} >= {r["id"] for r in good}
    db = str(tmp_path / "s.db")
    counts = jobs.load(df, db, batch_size=2)
    assert counts["stored"] == 4 and counts["failed"] == 4, counts
    with Corpus(db, create=False) as c:
        assert {r[0] for r in c.store.query("SELECT source_id FROM articles")} == {"g1", "g2", "g3", "g4"}
        reasons = dict(c.store.query("SELECT key, reason FROM errors"))
    assert set(reasons) >= {"x-json", "x-list", "x-sig"} and len(reasons) == 4
    assert all(reasons.values())


def test_load_clears_an_error_row_whose_file_now_reads_fine(spark: Any, tmp_path: Path) -> None:
    """As in warta ingest (tests/corpus/test_stale_errors.py): a file that failed in one load and
    gives records in the next leaves no stale row in ``warta stats --errors``."""
    from warta.spark import jobs, partition

    fields = partition.ROW_FIELDS
    bad = {**partition.record_row(1, "kiriman.jsonl", {"id": "a", "text": TEXT.format("Satu.")}), "id": None}
    bad |= {"record": None, "error": "file gives no records"}
    good = {
        **partition.record_row(1, "kiriman.jsonl:1", {"id": "a", "text": TEXT.format("Satu.")}),
        "file": "kiriman.jsonl",
    }
    db = str(tmp_path / "s.db")
    for row, failed in ((bad, 1), (good, 0)):
        df = spark.createDataFrame([tuple(row[k] for k in fields)], jobs.READ_SCHEMA)
        assert jobs.load(df, db)["failed"] == failed
    with Corpus(db, create=False) as c:
        assert len(c) == 1 and c.errors() == []


def test_load_reports_a_reused_id_and_a_url_stored_with_another_text(spark: Any, tmp_path: Path) -> None:
    """As `warta ingest` reports them (tests/corpus/test_same_key_other_text.py): the second text
    of one page URL is refused and named, an own id already another article's is stored under its
    key and said so; `load` counted the first 'already stored' and said nothing of the second."""
    from warta.spark import jobs, partition

    url = "https://news.example.co.id/berita/d-9/banjir"
    rows = [
        partition.record_row(1, "pagi.jsonl:1", {"id": "a", "url": url, "text": TEXT.format("Pagi.")}),
        partition.record_row(2, "sore.jsonl:1", {"id": "b", "url": url, "text": TEXT.format("Sore berbeda.")}),
        partition.record_row(3, "sore.jsonl:2", {"id": "a", "text": TEXT.format("Malam, lain lagi.")}),
    ]
    fields = partition.ROW_FIELDS
    df = spark.createDataFrame([tuple(r[k] for k in fields) for r in rows], jobs.READ_SCHEMA)
    db = str(tmp_path / "s.db")
    c = jobs.load(df, db)
    assert (c["stored"], c["skipped"], c["failed"]) == (2, 0, 1), c
    ((origin, why),) = c["failures"]
    assert origin == "sore.jsonl:1" and "pagi.jsonl:1" in why and "another text" in why
    ((origin, why),) = c["reused_ids"]
    assert origin == "sore.jsonl:2" and "'a'" in why
    with Corpus(db, create=False) as corpus:
        assert [e["origin"] for e in corpus.errors()] == ["sore.jsonl:1"]


def test_spark_load_prints_what_ingest_prints(spark: Any, tmp_path: Path, capsys: Any) -> None:
    from warta.cli import main
    from warta.spark import jobs, partition

    url = "https://news.example.co.id/berita/d-9/banjir"
    rows = [
        partition.record_row(1, "pagi.jsonl:1", {"id": "a", "url": url, "text": TEXT.format("Pagi.")}),
        partition.record_row(2, "sore.jsonl:1", {"url": url, "text": TEXT.format("Sore berbeda.")}),
        partition.record_row(3, "sore.jsonl:2", {"id": "a", "text": TEXT.format("Malam, lain lagi.")}),
    ]
    fields = partition.ROW_FIELDS
    out = str(tmp_path / "articles")
    jobs.write(spark.createDataFrame([tuple(r[k] for k in fields) for r in rows], jobs.READ_SCHEMA), out, "parquet")
    assert main(["spark", "load", out, "--db", str(tmp_path / "s.db"), "--master", "local[1]"]) == 1
    err = capsys.readouterr().err
    assert "failed: sore.jsonl:1: same page URL as pagi.jsonl:1" in err
    assert "id reused: sore.jsonl:2: its id 'a'" in err


def test_a_row_says_its_file_and_load_clears_only_that_files_rows(spark: Any, tmp_path: Path) -> None:
    """`spark load` read a row's file off its origin, so a file named `harian.txt:2` that read fine
    cleared the error row of `harian.txt`, which still fails (as ingest did before 672e750). A row
    now carries the file it came from, as `warta ingest`'s records do."""
    import json

    from warta.spark import jobs, partition

    (row,) = partition.read_lines([(0, "/data/harian.jsonl:2", 0, json.dumps({"text": TEXT.format("Dua.")}))])
    assert row["error"] is None and row["file"] == "/data/harian.jsonl:2" and row["origin"] == "/data/harian.jsonl:2:1"
    (fails,) = partition.read_files([(1, "/data/harian.jsonl", b"   \n")])
    assert fails["error"] and fails["file"] == "/data/harian.jsonl"
    fields = partition.ROW_FIELDS
    db = str(tmp_path / "s.db")
    for r, failed in ((fails, 1), (row, 0)):
        assert jobs.load(spark.createDataFrame([tuple(r[k] for k in fields)], jobs.READ_SCHEMA), db)["failed"] == failed
    with Corpus(db, create=False) as c:
        assert len(c) == 1 and [e["origin"] for e in c.errors()] == ["/data/harian.jsonl"]


def test_load_reports_an_id_given_as_a_list(spark: Any, tmp_path: Path) -> None:
    """As `warta ingest` reports it (tests/cli/test_ingest_report.py): the record is stored under
    its corpus id, and the load says its own id was not kept."""
    from warta.spark import jobs, partition

    fields = partition.ROW_FIELDS
    rows = [
        partition.record_row(1, "kiriman.jsonl:1", {"id": "a", "text": TEXT.format("Satu.")}),
        partition.record_row(2, "kiriman.jsonl:2", {"id": ["b", 2], "text": TEXT.format("Dua.")}),
    ]
    df = spark.createDataFrame([tuple(r[k] for k in fields) for r in rows], jobs.READ_SCHEMA)
    counts = jobs.load(df, str(tmp_path / "s.db"))
    assert counts["stored"] == 2 and counts["n_ignored"] == 1
    ((origin, why),) = counts["ignored_fields"]
    assert origin == "kiriman.jsonl:2" and "'id' is a list" in why
