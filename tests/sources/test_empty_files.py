"""A file that gives no record at all (an empty .jsonl, one of blank lines only, a .csv with only
its header, a .json ``[]``) is reported in one line naming it, with exit code 1 (some input was
bad), in ``warta read`` and ``warta ingest``: it gave no record, no message and exit 0, so a user
thought it had worked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.cli import main
from warta.sources import iter_paths

TEXT = "Jakarta - Gubernur Pramono Anung meninjau banjir di Kampung Melayu, Jakarta Timur, Rabu (22/10/2025)."

EMPTY = {
    "kosong.jsonl": b"",
    "baris-kosong.jsonl": b"\n  \r\n\n",
    "kosong.csv": b"",
    "baris-kosong.csv": b"\n\n",
    "judul-saja.csv": b"id,text\n",
    "daftar-kosong.json": b"[]",
}


@pytest.mark.parametrize("name", sorted(EMPTY))
def test_a_file_with_no_records_is_one_error(tmp_path: Path, name: str) -> None:
    f = tmp_path / name
    f.write_bytes(EMPTY[name])
    (item,) = iter_paths([str(f)])
    assert item.record is None and item.origin == str(f)
    assert "no records" in item.error or "empty" in item.error, item.error


def test_read_names_the_empty_file_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "berita.jsonl"
    good.write_text(json.dumps({"id": "a", "text": TEXT}) + "\n", encoding="utf-8")
    empty = tmp_path / "kosong.jsonl"
    empty.write_bytes(b"\n\n")
    assert main(["read", "--layers", "entities", str(empty)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(empty) in err and "no records" in err
    assert main(["read", "--layers", "entities", str(good), str(empty)]) == 1
    out, err = capsys.readouterr()
    assert [json.loads(x).get("id") for x in out.splitlines()] == ["a", None]


def test_ingest_names_the_empty_file_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("warta.corpus.store")
    good = tmp_path / "berita.jsonl"
    good.write_text(json.dumps({"id": "a", "text": TEXT}) + "\n", encoding="utf-8")
    header_only = tmp_path / "judul-saja.csv"
    header_only.write_text("id,text\n", encoding="utf-8")
    db = str(tmp_path / "w.db")
    args = ["ingest", "-j", "0", "--exclude", "summary,tone,themes,events,quotes", "--db", db]
    assert main([*args, str(good), str(header_only)]) == 1
    err = capsys.readouterr().err
    assert f"failed: {header_only}: CSV file has a header row and no records" in err
    assert "1 failed" in err
