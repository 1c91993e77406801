"""CLI edges a careless user hits: each gets one clear line on stderr and exit 2, never a
traceback, and never an empty database left behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from warta.cli import main
from warta.corpus import Corpus


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as e:  # argparse's own exit for a bad option value
        code = int(e.code or 0)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["serve", "--port", "99999"], "between 0 and 65,535"),
        (["search", "x", "-n", "99999999999999999999999"], "between 1 and"),
        (["search", "x", "-n", "-5"], "between 1 and"),
        (["search", "x", "--offset", "-1"], "between 0 and"),
        (["stats", "-n", "zero"], "whole number"),
        (["read", "--example", "--layers", "bogus"], "unknown layer 'bogus'"),
        (["read", "--example", "--layers", "quote"], "did you mean 'quotes'"),
        (["read", "--example", "--summary-sentences", "0"], "between 1 and"),
        (["search", "inflasi", "--since", "2025-13-45"], "not a real date"),
        (["search", "inflasi", "--until", "2025-02-30"], "not a real date"),
        (["quotes", "--speaker", "X", "--since", "kemarin"], "YYYY-MM-DD"),
        (["ingest", "--exclude", "summery", "x.jsonl"], "unknown layer"),
        # a budget that is negative, zero or not a number started a server whose every read
        # timed out at once (or never did)
        (["serve", "--read-budget", "-5"], "between"),
        (["serve", "--read-budget", "0"], "between"),
        (["serve", "--read-budget", "nan"], "a number of seconds"),
        (["serve", "--read-budget", "inf"], "between"),
        (["ingest", "--record-budget", "0", "x.jsonl"], "between 1 and"),
    ],
)
def test_bad_values_exit_2_with_one_line(
    argv: list[str], says: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "c.db")
    code, err = _run([*argv, "--db", db] if argv[0] in ("search", "quotes", "stats") else argv, capsys)
    assert code == 2, err
    assert says in err
    assert not Path(db).exists()


def test_missing_paths_leave_no_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "new.db"
    code, err = _run(["ingest", str(tmp_path / "nope.jsonl"), "--db", str(db)], capsys)
    assert code == 2 and "no such file" in err and not db.exists()
    code, err = _run(["serve", "--db", str(tmp_path / "missing.db")], capsys)
    assert code == 2 and "no corpus" in err and not (tmp_path / "missing.db").exists()


def test_export_to_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Jakarta - Presiden Prabowo mengatakan inflasi turun pada pekan ini.", encoding="utf-8")
    db = str(tmp_path / "c.db")
    assert main(["ingest", "-q", "-j", "0", "--exclude", "summary,tone,themes", str(src), "--db", db]) == 0
    capsys.readouterr()
    code, err = _run(["export", "--db", db, "-o", str(tmp_path / "missing" / "x.csv"), "--format", "csv"], capsys)
    assert code == 2 and "does not exist" in err
    # -o naming the corpus itself replaced the database with the export (before: truncated it)
    size = os.path.getsize(db)
    for target in (db, db + "-wal", str(tmp_path / "." / "c.db")):
        code, err = _run(["export", "--db", db, "-o", target], capsys)
        assert code == 2 and "is the corpus" in err, err
    with Corpus(db, create=False) as c:
        assert c.store.scalar("SELECT COUNT(*) FROM articles") == 1 and os.path.getsize(db) >= size


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
def test_a_full_disk_is_one_line() -> None:
    with open("/dev/full", "w") as full:
        out = subprocess.run(
            [sys.executable, "-m", "warta", "read", "--example", "--layers", "clean"],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    err = out.stderr.decode()
    assert out.returncode == 2, err
    assert "No space left" in err and "Traceback" not in err and "Exception ignored" not in err


@pytest.mark.parametrize("fmt", ["csv", "gkg", "parquet"])
def test_export_with_text_outside_jsonl_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    """`--with-text` keeps the input text in jsonl only; asked of csv it was ignored, so the user
    got a file without the text and no word why. A bad combination is exit 2 with one line, as a
    bad value is."""
    db = str(tmp_path / "c.db")
    Corpus(db).close()
    code, err = _run(["export", "--db", db, "--format", fmt, "--with-text", "-o", str(tmp_path / f"x.{fmt}")], capsys)
    assert code == 2 and "--with-text" in err and "jsonl" in err and not (tmp_path / f"x.{fmt}").exists()
