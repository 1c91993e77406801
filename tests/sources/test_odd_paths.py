"""Paths that are not plain files, and broken Parquet files: one clear, one-line reason each.

A FIFO or a device given by name was reported as "no such file or folder" (it exists: it is
just not a file; reading it would block or never end, so it is refused unread); a truncated
Parquet file said "Parquet Parquet magic bytes…", and a garbage one carried a newline into its
one-line reason. A symlink loop in a folder is walked once."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from warta.sources import iter_paths

TEXT = "Jakarta - Gubernur Pramono Anung meninjau banjir di Kampung Melayu, Jakarta Timur, Rabu (22/10/2025)."


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_or_device_is_not_a_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipa.txt"
    os.mkfifo(fifo)
    (item,) = iter_paths([str(fifo)])
    assert item.record is None and item.error == "not a regular file (a pipe, device or socket); not read"
    (item,) = iter_paths(["/dev/null"])
    assert "not a regular file" in item.error
    (item,) = iter_paths([str(tmp_path / "tidak-ada.txt")])
    assert item.error == "no such file or folder"


def test_a_folder_with_a_symlink_loop_and_a_broken_link(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    (tmp_path / "patah.txt").symlink_to(tmp_path / "tidak-ada.txt")
    items = list(iter_paths([str(tmp_path)]))
    assert [i.record["text"] for i in items if i.record] == [TEXT]


def test_broken_parquet_files_give_one_line(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    good = tmp_path / "baik.parquet"
    pq.write_table(pa.table({"id": ["p1"], "text": [TEXT]}), good)
    (tmp_path / "terpotong.parquet").write_bytes(good.read_bytes()[:-30])
    (tmp_path / "sampah.parquet").write_bytes(b"PAR1" + b"\0" * 100 + b"PAR1")
    for name in ("terpotong.parquet", "sampah.parquet"):
        (item,) = iter_paths([str(tmp_path / name)])
        assert item.error.startswith("not a readable Parquet file (") and "\n" not in item.error, item.error
        assert "Parquet Parquet" not in item.error


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_pipe_or_broken_link_in_a_folder_is_reported_not_skipped(tmp_path: Path) -> None:
    """Given by name they were reported; found in a folder they were skipped without a word."""
    (tmp_path / "baik.txt").write_text(TEXT, encoding="utf-8")
    os.mkfifo(tmp_path / "pipa.txt")
    (tmp_path / "patah.jsonl").symlink_to(tmp_path / "hilang.jsonl")
    (tmp_path / "map.txt").mkdir()  # a folder named like a file is walked, not reported
    items = {Path(i.origin).name: i for i in iter_paths([str(tmp_path)])}
    assert sorted(items) == ["baik.txt", "patah.jsonl", "pipa.txt"]
    assert items["baik.txt"].record is not None
    assert items["pipa.txt"].error == "not a regular file (a pipe, device or socket); not read"
    assert items["patah.jsonl"].error == "a link to nothing (broken symbolic link); not read"


@pytest.mark.skipif(os.name != "posix" or sys.platform == "darwin", reason="file names are bytes only here")
def test_a_file_name_that_is_not_utf8_is_read_and_stored(tmp_path: Path) -> None:
    """Its name came through as lone surrogates, and the store could not write the origin: the
    whole ingest stopped with a traceback and kept nothing. The undecodable bytes are now shown
    as escapes (\\xff) in the origin and the id."""
    from warta.corpus import Corpus

    folder = os.fsencode(tmp_path / "in")
    os.mkdir(folder)
    for name, text in ((b"berita\xff.txt", TEXT), (b"lain.txt", TEXT.replace("Rabu", "Kamis"))):
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(text)
    items = list(iter_paths([os.fsdecode(folder)]))
    assert [i.record["id"] for i in items] == ["berita\\xff", "lain"]
    assert items[0].origin.endswith("berita\\xff.txt")
    with Corpus(str(tmp_path / "c.db")) as c:
        summary = c.ingest([os.fsdecode(folder)], jobs=0)
        assert (summary.stored, summary.failed) == (2, 0)
        assert {o for (o,) in c.store.query("SELECT origin FROM articles")} == {i.origin for i in items}
