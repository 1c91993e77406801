"""`warta quotes`: the table and JSON lines of one article or a file of records."""

from __future__ import annotations

import json

from warta.cli import main


def test_table_for_the_example(capsys):
    assert main(["quotes", "--example"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("# ")
    assert any(
        line.startswith("Dmitry Peskov — ujar (via The Guardian) — ") or line.startswith("Peskov — ujar")
        for line in out
    )
    assert len(out) == 11


def test_jsonl_for_a_text_file(tmp_path, capsys):
    p = tmp_path / "a.txt"
    p.write_text('"Kami siap menghadapi pemilu tahun depan dengan kerja keras," kata Budi di Jakarta.\n', "utf-8")
    assert main(["quotes", str(p), "--format", "jsonl"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(rows) == 1
    assert rows[0]["speaker"] == "Budi" and rows[0]["cue"] == "kata" and rows[0]["kind"] == "direct"


def test_bad_path_and_no_path(capsys):
    assert main(["quotes", "/no/such/file.txt"]) == 1
    assert main(["quotes"]) == 2
    err = capsys.readouterr().err
    assert "warta quotes" in err
