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


def test_corpus_mode_plugs_in_through_its_module(monkeypatch, capsys):
    import sys
    import types

    from warta.cli import quotes as cli_quotes

    fake = types.ModuleType(cli_quotes.CORPUS_MODULE)
    fake.add_arguments = lambda p: p.add_argument("--db")
    fake.run = lambda args: (
        cli_quotes.print_quotes([{"article": "x", "kind": "direct", "speaker": "S", "cue": "kata", "text": "T"}]) and 0
        if args.db
        else None
    )
    monkeypatch.setitem(sys.modules, cli_quotes.CORPUS_MODULE, fake)
    assert main(["quotes", "--db", "postgresql://x"]) == 0
    assert "S — kata — " in capsys.readouterr().out
