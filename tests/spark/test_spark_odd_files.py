"""A pipe or a broken link named like a record file in a folder given to `warta spark read` was
skipped without a word (the folder listing kept regular files only), while `warta ingest` and
`warta read` report each (a3f835b). Each is now one error row, in ingest's words, and the run
exits 1 (some input was bad); a folder named like a file is walked, not reported."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from warta.cli import main
from warta.sources import BROKEN_LINK, NOT_REGULAR, utf16_codec

TEXT = "Jakarta - Gubernur Pramono Anung meninjau banjir di Kampung Melayu, Jakarta Timur, Rabu (22/10/2025)."
# a record as a Windows exporter writes it: UTF-16 little-endian with no byte-order mark
UTF16_NO_MARK = (json.dumps({"id": "w1", "text": TEXT}) + "\n").encode("utf-16-le")


def _rows(spark: Any, out: Path) -> list[Any]:
    from warta.spark import jobs

    return jobs.load_table(spark, str(out), jobs.READ_SCHEMA).orderBy("seq").collect()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_pipe_or_broken_link_in_a_folder_is_an_error_row(spark: Any, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "baik.jsonl").write_text(json.dumps({"id": "g0", "text": TEXT}) + "\n")
    os.mkfifo(folder / "pipa.txt")
    (folder / "patah.jsonl").symlink_to(folder / "hilang.jsonl")
    (folder / "map.txt").mkdir()  # a folder named like a file is walked, not reported
    out = tmp_path / "articles"
    assert main(["spark", "read", str(folder), str(out)]) == 1  # some input was bad
    rows = _rows(spark, out)
    assert [r["source_id"] for r in rows if r["error"] is None] == ["g0"]
    errors = {Path(r["origin"]).name: r["error"] for r in rows if r["error"] is not None}
    assert errors == {"pipa.txt": NOT_REGULAR, "patah.jsonl": BROKEN_LINK}
    assert NOT_REGULAR == "not a regular file (a pipe, device or socket); not read"  # ingest's words
    assert BROKEN_LINK == "a link to nothing (broken symbolic link); not read"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_pipe_given_by_name_is_an_error_row_not_read(spark: Any, tmp_path: Path) -> None:
    """Reading a FIFO would block the job (no writer) or never end; it is refused unread."""
    (tmp_path / "baik.jsonl").write_text(json.dumps({"id": "g0", "text": TEXT}) + "\n")
    os.mkfifo(tmp_path / "pipa.jsonl")
    out = tmp_path / "articles"
    assert main(["spark", "read", str(tmp_path / "baik.jsonl"), str(tmp_path / "pipa.jsonl"), str(out)]) == 1
    rows = _rows(spark, out)
    assert [(Path(r["origin"]).name, r["error"]) for r in rows if r["error"] is not None] == [
        ("pipa.jsonl", NOT_REGULAR)
    ]


def test_a_file_gone_before_the_job_is_an_error_row(spark: Any, tmp_path: Path) -> None:
    """jobs.read given a file that is not there (gone since it was listed) says so, as ingest."""
    from warta.spark import jobs

    (tmp_path / "baik.jsonl").write_text(json.dumps({"id": "g0", "text": TEXT}) + "\n")
    df = jobs.read(spark, [str(tmp_path / "baik.jsonl"), str(tmp_path / "hilang.jsonl")], record_budget=0)
    rows = df.orderBy("seq").collect()
    assert [(r["source_id"], r["error"]) for r in rows] == [("g0", None), (None, "no such file or folder")]


def test_a_broken_link_given_by_name_is_an_error_row_as_in_ingest(spark: Any, tmp_path: Path) -> None:
    """`warta spark read good.jsonl link.jsonl OUT` with link.jsonl a link to nothing stopped at once
    (exit 2, 'no such file or folder'), where `warta ingest good.jsonl link.jsonl` stores good.jsonl
    and reports the link. Both now: an error row in ingest's words, the rest read, exit 1; and both
    exit 2 (no output, no store) only when no input named exists at all."""
    (tmp_path / "baik.jsonl").write_text(json.dumps({"id": "g0", "text": TEXT}) + "\n")
    (tmp_path / "tautan.jsonl").symlink_to(tmp_path / "terhapus.jsonl")
    out = tmp_path / "articles"
    assert main(["spark", "read", str(tmp_path / "baik.jsonl"), str(tmp_path / "tautan.jsonl"), str(out)]) == 1
    rows = _rows(spark, out)
    assert [(r["source_id"], r["error"]) for r in rows] == [("g0", None), (None, BROKEN_LINK)]
    db = tmp_path / "c.db"
    assert (
        main(
            [
                "ingest",
                "-j",
                "0",
                "--quiet",
                str(tmp_path / "baik.jsonl"),
                str(tmp_path / "tautan.jsonl"),
                "--db",
                str(db),
            ]
        )
        == 1
    )
    alone = ["spark", "read", str(tmp_path / "tautan.jsonl"), str(tmp_path / "out2")]
    assert main(alone) == 2 and not (tmp_path / "out2").exists()
    assert main(["ingest", "-j", "0", str(tmp_path / "tautan.jsonl"), "--db", str(tmp_path / "d.db")]) == 2
    assert not (tmp_path / "d.db").exists()


def test_gzip_named_jsonl_is_one_error_row_as_in_ingest(spark: Any, tmp_path: Path) -> None:
    """Spark split a gzip file named .jsonl into 'lines' of compressed bytes: a row of 'line is
    not UTF-8 text' for each. One row now, in the words `warta ingest` uses."""
    import gzip

    from warta.sources import iter_paths

    (tmp_path / "baik.jsonl").write_text(json.dumps({"id": "g0", "text": TEXT}) + "\n")
    packed = tmp_path / "unduhan.jsonl"
    packed.write_bytes(
        gzip.compress("".join(json.dumps({"id": f"z{i}", "text": TEXT}) + "\n" for i in range(30)).encode())
    )
    out = tmp_path / "articles"
    assert main(["spark", "read", str(tmp_path / "baik.jsonl"), str(packed), str(out)]) == 1
    rows = _rows(spark, out)
    [ingest_says] = [i.error for i in iter_paths([str(packed)])]
    assert [(r["source_id"], r["error"]) for r in rows] == [("g0", None), (None, ingest_says)]


class _Stream:
    """A Hadoop input stream as py4j gives it: ``read()`` one byte (0-255), -1 at the end."""

    def __init__(self, data: bytes) -> None:
        self.data, self.reads = data, 0

    def read(self) -> int:
        self.reads += 1
        return self.data[self.reads - 1] if self.reads <= len(self.data) else -1

    def close(self) -> None:
        pass


@pytest.mark.parametrize(
    ("data", "head", "blank"),
    [
        (b"", b"", True),
        (b" \r\n\n\t", b" \r\n\n\t", True),
        (b"\x1f\x8b\x08\x00" + bytes(range(256)) * 8, b"\x1f\x8b\x08\x00" + bytes(range(60)), False),
        (b"\xff\xfe{\x00", b"\xff\xfe{\x00", False),
        (b"\n\n{}", b"\n\n{}", False),
        (b"{}\n" * 100, (b"{}\n" * 100)[:64], False),
        (UTF16_NO_MARK, UTF16_NO_MARK[:64], False),
    ],
    ids=["empty", "blank", "gzip", "utf16", "blank-then-json", "json", "utf16-no-mark"],
)
def test_a_jsonl_opening_is_read_once_local_or_remote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes, head: bytes, blank: bool
) -> None:
    """What `spark read` checks of a .jsonl before splitting it (blank, packed, UTF-16) comes from
    one read of its opening (the file was opened twice, once per check); a remote file is read a
    byte at a time and only up to its first byte that is not white space, 64 bytes at least: UTF-16
    written with no byte-order mark shows only over several pairs (four bytes did not show it)."""
    pytest.importorskip("pyspark")
    from warta.spark import jobs

    local = tmp_path / "x.jsonl"
    local.write_bytes(data)
    got, is_blank = jobs._opening(None, str(local))
    assert got[:4] == data[:4] and is_blank is blank
    stream = _Stream(data)
    monkeypatch.setattr(jobs, "_hadoop_open", lambda spark, path: stream)
    got, is_blank = jobs._opening(None, "s3a://bucket/x.jsonl")
    assert got == head and is_blank is blank and stream.reads <= len(head) + 1  # no byte past what it needs
    assert (utf16_codec(got) is not None) is (data[:2] in (b"\xff\xfe", b"{\x00"))
