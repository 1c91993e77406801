"""An export stopped half way (an error on one row, Ctrl-C, a full disk) leaves no partial file that
looks complete, and does not destroy the export the file held before: rows are written to a
hidden file beside it, renamed over it only once every row is written. (They were written
straight into the file: a JSON lines or CSV export cut at a row boundary reads as a smaller,
complete export, and the previous good one was already truncated.)"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from warta.corpus import Corpus, export

TEXT = "Jakarta - Petugas Dinas Perhubungan menertibkan {} parkir liar di Jalan Sudirman pada Senin (20/10/2025)."


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("exp")
    src = folder / "in.jsonl"
    words = ["puluhan", "ratusan", "belasan", "lima"]
    src.write_text("".join(json.dumps({"id": f"a{i}", "text": TEXT.format(w)}) + "\n" for i, w in enumerate(words)))
    path = str(folder / "c.db")
    with Corpus(path) as c:
        c.ingest([str(src)], jobs=0)
    return path


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "gkg", "parquet"])
def test_an_export_that_fails_half_way_leaves_the_old_file(db: str, tmp_path: Path, monkeypatch: Any, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    out.write_text("the export of yesterday\n")
    calls = {"n": 0}
    real = export._rows

    def failing(*args: Any) -> Any:
        for r in real(*args):
            calls["n"] += 1
            if calls["n"] == 3:
                raise KeyboardInterrupt  # Ctrl-C after two rows
            yield r

    monkeypatch.setattr(export, "_rows", failing)
    with Corpus(db, create=False) as c, pytest.raises(KeyboardInterrupt):
        c.export(str(out), fmt)
    assert out.read_text() == "the export of yesterday\n"
    assert [p.name for p in tmp_path.iterdir()] == [out.name], "no partial file is left behind"


def test_a_finished_export_replaces_the_file(db: str, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    with Corpus(db, create=False) as c:
        assert c.export(str(out), "jsonl") == 4
    assert len(out.read_text().splitlines()) == 4
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_a_damaged_stored_record_is_named_and_skipped(db: str, tmp_path: Path) -> None:
    """One row whose stored record cannot be unpacked (a damaged blob) stopped the whole export
    with a traceback; it is now named on stderr, the others are exported, and the exit code is 1."""
    import shutil
    import sqlite3

    from warta.cli import main

    copy = str(tmp_path / "rusak.db")
    shutil.copy(db, copy)
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE articles SET record = x'789c0000' WHERE source_id = 'a1'")
        conn.execute("UPDATE articles SET source_text = x'00' WHERE source_id = 'a2'")
    for fmt, with_text, lost in (("gkg", [], {"a1"}), ("jsonl", ["--with-text"], {"a1", "a2"})):
        out = tmp_path / f"out.{fmt}"
        assert main(["export", "--db", copy, "--format", fmt, "-o", str(out), *with_text]) == 1
        assert len(out.read_text().splitlines()) == 4 - len(lost) + (fmt == "gkg")
    damaged: list[str] = []
    with Corpus(copy, create=False) as c:
        assert c.export(str(tmp_path / "x.csv"), "csv", damaged=damaged) == 3
        with pytest.warns(UserWarning, match="1 damaged stored record"):
            assert c.export(str(tmp_path / "y.csv"), "csv") == 3
    assert len(damaged) == 1 and damaged[0].startswith("a1: its stored record is damaged")


def test_a_damaged_stored_record_does_not_stop_other_batches(db: str, tmp_path: Path) -> None:
    """Re-clustering stories stopped at the damaged row and left the store marked 'interrupted'
    for good (every rerun stopped there again); asking for that one article gave a zlib traceback."""
    import shutil
    import sqlite3

    from warta.cli import main
    from warta.corpus.store import StoreError

    copy = str(tmp_path / "rusak.db")
    shutil.copy(db, copy)
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE articles SET record = x'00' WHERE source_id = 'a1'")
    assert main(["stories", "--db", copy, "--rebuild"]) == 0
    assert main(["stories", "--db", copy]) == 0
    with Corpus(copy, create=False) as c:
        with pytest.raises(StoreError, match="damaged"):
            c.get("a1")
        assert c.get("a0") is not None
        assert c.entity_by_alias("Jalan Sudirman") is not None


def test_an_export_through_a_link_replaces_the_file_it_points_to(db: str, tmp_path: Path) -> None:
    """`-o latest.jsonl`, a link to this month's file: the file is written, the link kept."""
    target = tmp_path / "2025-10.jsonl"
    target.write_text("old\n")
    link = tmp_path / "latest.jsonl"
    link.symlink_to(target)
    with Corpus(db, create=False) as c:
        assert c.export(str(link), "jsonl") == 4
    assert link.is_symlink() and len(target.read_text().splitlines()) == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2025-10.jsonl", "latest.jsonl"]


def test_an_export_to_a_pipe_is_written_as_it_goes(db: str) -> None:
    """`-o /dev/stdout` (a link to a pipe) is written straight, not beside it."""
    import subprocess
    import sys

    code = f"from warta.corpus import Corpus; Corpus({db!r}, create=False).export('/dev/stdout', 'jsonl')"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert len(out.stdout.splitlines()) == 4
