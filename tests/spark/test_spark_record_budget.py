"""`warta spark read` has a per-record time budget, as `warta ingest` has: a record still being
read after ``record_budget`` seconds has its reader process killed and replaced and becomes an
error row with the reason, and every other record of the partition is read (one pathological
record used to stall its whole Spark task for as long as a layer took on it).

The per-partition functions run without pyspark, so the slow record is made slow by the test
itself: the reader process is forked from the test and sees the patched reader."""

from __future__ import annotations

import importlib
import json
import multiprocessing as mp
import os
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from warta.cli import main
from warta.spark import partition

ingest = importlib.import_module("warta.corpus.ingest")

TEXT = "Jakarta - Gubernur Pramono Anung meninjau banjir di wilayah nomor {}, Rabu (22/10/2025)."
fork_only = pytest.mark.skipif("fork" not in mp.get_all_start_methods(), reason="the slow reader reaches by fork")


def _slow_on(monkeypatch: Any, slow_id: str, seconds: float = 30) -> None:
    read_record = ingest.process_record

    def slow(rid: str, origin: str, record: dict[str, Any], *args: Any) -> Any:
        if record.get("id") == slow_id:
            time.sleep(seconds)
        return read_record(rid, origin, record, *args)

    monkeypatch.setattr(ingest, "process_record", slow)


@fork_only
def test_a_record_past_its_budget_is_an_error_row_and_the_rest_are_read(monkeypatch: Any) -> None:
    _slow_on(monkeypatch, "lambat")
    records = [
        (1, "mem:1", {"id": "g1", "text": TEXT.format(1)}),
        (2, "mem:2", {"id": "lambat", "text": TEXT.format(2)}),
        (3, "mem:3", {"id": "kosong", "text": ""}),
        (4, "mem:4", {"id": "g4", "text": TEXT.format(4)}),
        (5, "mem:5", {"id": "g5", "text": TEXT.format(5)}),
    ]
    t = time.monotonic()
    rows = list(partition.read_partition(records, record_budget=2.0))
    assert time.monotonic() - t < 25
    assert [r["seq"] for r in rows] == [1, 2, 3, 4, 5]  # input order kept
    by_id = {r["source_id"]: r for r in rows}
    assert "longer than 2 s" in by_id["lambat"]["error"] and by_id["lambat"]["id"] is not None
    assert "'text' is empty" in by_id["kosong"]["error"]
    for sid in ("g1", "g4", "g5"):
        assert by_id[sid]["error"] is None and json.loads(by_id[sid]["record"])["id"] == sid


@fork_only
def test_json_lines_have_the_budget_too(monkeypatch: Any) -> None:
    _slow_on(monkeypatch, "lambat")
    lines = [
        (0, "in.jsonl", 0, json.dumps({"id": "g0", "text": TEXT.format(0)})),
        (0, "in.jsonl", 1, json.dumps({"id": "lambat", "text": TEXT.format(1)})),
        (0, "in.jsonl", 2, "{broken"),
        (0, "in.jsonl", 3, json.dumps({"id": "g3", "text": TEXT.format(3)})),
    ]
    rows = list(partition.read_lines(lines, record_budget=2.0))
    assert [r["origin"] for r in rows] == ["in.jsonl:1", "in.jsonl:2", "in.jsonl:3", "in.jsonl:4"]
    assert [r["error"] is None for r in rows] == [True, False, False, True]
    assert "longer than 2 s" in rows[1]["error"]


def test_rows_with_a_budget_equal_rows_without() -> None:
    records = [(i, f"mem:{i}", {"id": f"g{i}", "text": TEXT.format(i)}) for i in range(3)]
    records.append((9, "mem:9", {"id": "num", "text": 42}))
    plain = list(partition.read_partition(records))
    budgeted = list(partition.read_partition(records, record_budget=60.0))
    assert budgeted == plain


def test_spark_read_takes_a_record_budget(spark: Any, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"g{i}", "text": TEXT.format(i)}) + "\n" for i in range(3)))
    out = tmp_path / "articles"
    assert main(["spark", "read", str(src), str(out), "--record-budget", "60"]) == 0
    from warta.spark import jobs

    rows = jobs.load_table(spark, str(out), jobs.READ_SCHEMA).collect()
    assert sorted(r["source_id"] for r in rows if r["error"] is None) == ["g0", "g1", "g2"]


@pytest.mark.parametrize("value", ["0", "-5", "nan", "abc"])
def test_a_bad_record_budget_is_a_usage_error(value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("pyspark", reason="pyspark is not installed; Spark CLI tests skipped")
    with pytest.raises(SystemExit) as e:
        main(["spark", "read", str(tmp_path), str(tmp_path / "out"), "--record-budget", value])
    assert e.value.code == 2
    assert "--record-budget" in capsys.readouterr().err


def _given(path: Path, how: str) -> str:
    """A local file as a path, or as a URL read through Hadoop's file system: the code path of
    a remote file (hdfs://, s3a://), which the driver cannot open itself."""
    return str(path) if how == "path" else path.as_uri()


@pytest.mark.parametrize("how", ["path", "url"])
def test_spark_reads_utf16_json_lines_as_ingest_does(spark: Any, tmp_path: Path, how: str) -> None:
    """A .jsonl in UTF-16 (with its byte-order mark) cannot be split into lines by Spark's UTF-8
    text reader (every line was 'invalid JSON'): it is read whole, as `warta ingest` reads it."""
    src = tmp_path / "u16.jsonl"
    src.write_bytes(
        "".join(json.dumps({"id": f"g{i}", "text": TEXT.format(i)}) + "\n" for i in range(2)).encode("utf-16")
    )
    out = tmp_path / "articles"
    assert main(["spark", "read", _given(src, how), str(out)]) == 0
    from warta.spark import jobs

    rows = jobs.load_table(spark, str(out), jobs.READ_SCHEMA).collect()
    assert sorted((r["source_id"], r["error"]) for r in rows) == [("g0", None), ("g1", None)]


@pytest.mark.parametrize("how", ["path", "url"])
def test_spark_reports_a_json_line_that_is_not_utf8_as_ingest_does(spark: Any, tmp_path: Path, how: str) -> None:
    """Spark's JVM line reader turned bytes that are not UTF-8 into U+FFFD without a word, so a
    wrongly encoded record was read as damaged text; each line's own bytes are now decoded in
    Python, as `warta ingest` decodes them: the bad line is one error row and the good lines are
    read, for a remote file (here a file:// URL, read through Hadoop) as for a local one."""
    good = [json.dumps({"id": f"g{i}", "text": TEXT.format(i)}).encode() for i in range(2)]
    bad = json.dumps({"id": "bad", "text": "Kaf\u00e9 " + TEXT.format(9)}).encode().replace(b"\\u00e9", b"\xe9")
    src = tmp_path / "mixed.jsonl"
    src.write_bytes(b"\n".join([good[0], bad, good[1]]) + b"\n")
    out = tmp_path / "articles"
    assert main(["spark", "read", _given(src, how), str(out)]) == 1  # some input was bad
    from warta.spark import jobs

    rows = jobs.load_table(spark, str(out), jobs.READ_SCHEMA).collect()
    assert sorted(r["source_id"] for r in rows if r["error"] is None) == ["g0", "g1"]
    (err,) = [r for r in rows if r["error"] is not None]
    assert "UTF-8" in err["error"] and err["origin"].endswith("mixed.jsonl:2")
    assert not any("\ufffd" in (r["text"] or "") for r in rows)


@pytest.mark.skipif(sys.platform != "linux", reason="file names are bytes only here")
def test_spark_reports_a_file_whose_name_is_not_utf8(spark: Any, tmp_path: Path) -> None:
    """The JVM cannot open a file whose name is not UTF-8: one such file in a folder failed the
    whole job ('Path does not exist'). It is now one error row, and the other files are read."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "baik.jsonl").write_text(json.dumps({"id": "g0", "text": TEXT.format(0)}) + "\n")
    with open(os.path.join(os.fsencode(folder), b"lain\xfe.jsonl"), "w") as f:
        f.write(json.dumps({"id": "g1", "text": TEXT.format(1)}) + "\n")
    out = tmp_path / "articles"
    assert main(["spark", "read", str(folder), str(out)]) == 1  # some input was bad
    from warta.spark import jobs

    rows = jobs.load_table(spark, str(out), jobs.READ_SCHEMA).collect()
    assert [r["source_id"] for r in rows if r["error"] is None] == ["g0"]
    (err,) = [r for r in rows if r["error"] is not None]
    assert err["origin"].endswith("lain\\xfe.jsonl") and "not UTF-8" in err["error"], err


@pytest.mark.parametrize("how", ["path", "url"])
def test_spark_reports_an_empty_json_lines_file(spark: Any, tmp_path: Path, how: str) -> None:
    """An empty .jsonl (or one of blank lines only) gave Spark's line reader no row, so `warta
    spark read` said '0 failed' and exited 0: a user thought it worked. It is one error row
    naming the file, and the exit code is 1 (some input was bad), as in warta read and ingest."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps({"id": "g0", "text": TEXT.format(0)}) + "\n")
    (folder / "b.jsonl").write_bytes(b"")
    (folder / "c.jsonl").write_bytes(b"\n  \r\n\n")
    (folder / "d.csv").write_text("id,text\n")
    out = tmp_path / "articles"
    given = [_given(folder / n, how) for n in ("a.jsonl", "b.jsonl", "c.jsonl", "d.csv")]
    assert main(["spark", "read", *given, str(out)]) == 1
    from warta.spark import jobs

    rows = jobs.load_table(spark, str(out), jobs.READ_SCHEMA).orderBy("seq").collect()
    assert [r["source_id"] for r in rows if r["error"] is None] == ["g0"]
    errors = [(r["origin"].rsplit("/", 1)[-1], r["error"]) for r in rows if r["error"] is not None]
    assert [e[0] for e in errors] == ["b.jsonl", "c.jsonl", "d.csv"], errors
    assert "no records" in errors[0][1] and "no records" in errors[2][1]
