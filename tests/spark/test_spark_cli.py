"""`warta spark` usage errors: exit 2 with one line, before any Spark job starts."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.cli import main


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["spark", "read", "only-one"], "INPUT… OUTPUT"),
        (["spark", "read", "/no/such/input.jsonl", "out"], "no such file"),
        (["spark", "read", "{tmp}", "out", "--partitions", "0"], "--partitions"),
        (["spark", "read", "{tmp}", "out", "--exclude", "nonsense"], "unknown layer"),
        (["spark", "dedup", "/no/such/folder", "out"], "no such folder"),
        (["spark", "load", "{tmp}", "--batch", "0"], "--batch"),
    ],
)
def test_usage_errors(argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("pyspark", reason="pyspark is not installed; Spark CLI tests skipped")
    assert main([a.replace("{tmp}", str(tmp_path)) for a in argv]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
