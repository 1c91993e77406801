"""An error row describes the input as it was when it failed: once a rerun reads the same
file (or line) fine, ``warta stats --errors`` must not list the old failure any more."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from corpus_testdata import SLOW, records, write_jsonl  # noqa: E402

from warta.cli import main
from warta.corpus import Corpus


def ingest(*args: str) -> int:
    return main(["ingest", "--exclude", SLOW, "--quiet", "-j", "0", *args])


def test_file_error_cleared_when_the_file_reads_fine(db: str, tmp_path: Path) -> None:
    src = tmp_path / "kiriman.jsonl"
    src.write_bytes(b"")  # an empty file: one file-level error
    assert ingest(str(src), "--db", db) == 1
    with Corpus(db) as c:
        assert [e["origin"] for e in c.errors()] == [str(src)]
    write_jsonl(src, records(3))
    assert ingest(str(src), "--db", db) == 0
    with Corpus(db) as c:
        assert len(c) == 3 and c.errors() == []


def test_file_error_cleared_when_its_records_are_already_stored(db: str, tmp_path: Path) -> None:
    plain = write_jsonl(tmp_path / "harian.jsonl", records(2))
    src = tmp_path / "harian.jsonl.gz"
    good = gzip.compress(plain.read_bytes())
    src.write_bytes(good)
    assert ingest(str(src), "--db", db) == 0
    src.write_bytes(b"bukan gzip")  # a half-copied download: one error for the file
    assert ingest(str(src), "--db", db) == 1
    with Corpus(db) as c:
        assert [e["origin"] for e in c.errors()] == [str(src)]
    src.write_bytes(good)
    assert ingest(str(src), "--db", db) == 0
    with Corpus(db) as c:
        assert c.errors() == []


def test_line_error_cleared_and_other_failures_kept(db: str, tmp_path: Path) -> None:
    src = tmp_path / "campur.jsonl"
    good = [json.dumps(r, ensure_ascii=False) for r in records(3)]
    src.write_text("\n".join([good[0], '{"id": "x", "text": rusak', good[2], "[1, 2]"]) + "\n", encoding="utf-8")
    assert ingest(str(src), "--db", db) == 1
    with Corpus(db) as c:
        assert sorted(e["origin"].rsplit(":", 1)[1] for e in c.errors()) == ["2", "4"]
    src.write_text("\n".join([good[0], good[1], good[2], "[1, 2]"]) + "\n", encoding="utf-8")
    assert ingest(str(src), "--db", db) == 1
    with Corpus(db) as c:
        assert len(c) == 3
        assert [e["origin"].rsplit(":", 1)[1] for e in c.errors()] == ["4"]


def test_a_file_named_like_a_line_of_another_clears_only_its_own_rows(db: str, tmp_path: Path) -> None:
    """The file of an origin was read off its text: a file named `harian.txt:2` read fine counted
    as line 2 of `harian.txt` and cleared that file's error row, though it still fails. Each
    record says which file it came from."""
    empty = tmp_path / "harian.txt"
    empty.write_text("   \n", encoding="utf-8")
    assert ingest(str(empty), "--db", db) == 1
    named = tmp_path / "harian.txt:2"
    named.write_text(records(1)[0]["text"], encoding="utf-8")
    assert ingest(str(named), "--db", db) == 0
    with Corpus(db) as c:
        assert len(c) == 1 and [e["origin"] for e in c.errors()] == [str(empty)]
