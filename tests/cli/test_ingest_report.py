"""The lines `warta ingest` and `warta spark load` print under their summary: the first ten
failures, reused ids and articles stored without links, then how many more of each."""

from __future__ import annotations

import pytest

from warta.cli.ingest import report


def test_first_ten_of_each_then_how_many_more(capsys: pytest.CaptureFixture[str]) -> None:
    failures = [(f"kiriman.jsonl:{i}", "'text' is empty") for i in range(1, 11)]
    reused = [(f"kiriman.jsonl:{i}", "id dipakai artikel lain") for i in range(20, 32)]
    report("c.db", 14, failures, reused, ["t1: RuntimeError: rusak"])
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "  failed: kiriman.jsonl:1: 'text' is empty"
    assert err[10] == "  … and 4 more (see `warta stats --errors --db c.db`)"
    assert err[11] == "  id reused: kiriman.jsonl:20: id dipakai artikel lain"
    assert err[21] == "  … and 2 more ids reused"
    assert err[22:] == ["  stored without its story or identity links: t1: RuntimeError: rusak"]


def test_nothing_to_say_prints_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    report("c.db", 0, [], [], [])
    assert capsys.readouterr().err == ""
