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


def test_fields_ignored_are_listed_then_counted(capsys: pytest.CaptureFixture[str]) -> None:
    ignored = [(f"kiriman.jsonl:{i}", "field 'id' is a list, not text; ignored: [1]") for i in range(1, 21)]
    report("c.db", 0, [], [], [], ignored, 25)
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "  field ignored: kiriman.jsonl:1: field 'id' is a list, not text; ignored: [1]"
    assert err[10:] == ["  … and 15 more fields ignored"]


def test_ingest_names_each_record_whose_id_was_not_kept(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    """A scraper's list or object `id` is dropped (the record is stored under a hash of its text):
    `warta ingest` says so under its summary, naming the line, not only in the stored warnings."""
    import json

    from warta.cli import main

    text = "Jakarta - Gubernur meresmikan taman kota baru di Cempaka Putih, Senin (3/11/2025)."
    src = tmp_path / "kiriman.jsonl"
    rows = [
        {"id": "a1", "text": text},
        {"id": ["a", 2], "text": text + " Warga senang."},
        {"id": {"$oid": "x"}, "text": text + " Ramai."},
    ]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert main(["ingest", str(src), "--db", str(tmp_path / "c.db"), "-j", "0"]) == 0
    err = capsys.readouterr().err
    assert "field ignored: " in err and "kiriman.jsonl:2: field 'id' is a list" in err
    assert "kiriman.jsonl:3: field 'id' is an object" in err and "kiriman.jsonl:1:" not in err
