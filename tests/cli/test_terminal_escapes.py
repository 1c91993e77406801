"""Untrusted text never drives the terminal: a title, name, quote or id holding ESC sequences
(``ESC ]0;…`` sets the window title, ``ESC ]52;c;…`` writes the clipboard, ``ESC [2J`` clears the
screen and can hide or fake output) is printed with its control characters shown as visible
symbols when the output is a terminal. They used to reach the terminal raw from ``warta search``,
``quotes``, ``entity``, ``stories``, ``stats``, ``events`` and ``read --format text``.
Written to a file or a pipe the output is unchanged (JSON escapes them itself). Plain SGR
sequences (colour and weight only, which Warta draws its own bold matches and labels with) pass."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest

from warta.cli import main

RECORD = {
    "id": "esc\x1b[2J1",
    "title": "Banjir \x1b]0;pwned\x07 Jakarta \x1b[31mMERAH\x1b[0m",
    "outlet": "det\x1b[1mik",
    "published": "2025-10-05",
    "text": (
        "Jakarta - Gubernur Pramono \x1b[31mAnung\x1b[0m meninjau banjir di Kampung Melayu, Jakarta Timur. "
        '"Kami kerahkan \x1b]52;c;cHduZWQ=\x07 pompa untuk banjir ini," kata Pramono \x1b[2J kepada wartawan.'
    ),
}


def commands(out: str) -> str:
    """What is left of the escapes once the colour-only ones are taken out: must be nothing."""
    return re.sub(r"\x1b\[[0-9;]*m", "", out)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    from warta.corpus import Corpus

    d = tmp_path_factory.mktemp("esc")
    src = d / "esc.jsonl"
    src.write_text(json.dumps(RECORD) + "\n", encoding="utf-8")
    with Corpus(str(d / "esc.db")) as c:
        assert c.ingest([str(src)], jobs=0).stored == 1
    return str(d / "esc.db")


def _run(argv: list[str], monkeypatch: pytest.MonkeyPatch, tty: bool = True) -> tuple[str, str]:
    out, err = (Terminal(), Terminal()) if tty else (io.StringIO(), io.StringIO())
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    main(argv)
    return out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "banjir"],
        ["quotes", "--speaker", "Pramono"],
        ["entity", "Pramono"],
        ["stories", "--since", "2025-01-01"],
        ["stats"],
        ["events"],
    ],
)
def test_corpus_commands_show_control_characters(argv: list[str], db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    out, err = _run([*argv, "--db", db], monkeypatch)
    assert out.strip(), argv
    assert "\x1b" not in commands(out) and "\x07" not in out and "\x1b" not in commands(err), (argv, out[:300])
    assert "\x1b]" not in out and "\x1b[2J" not in out


def test_read_text_shows_them_and_files_keep_them(db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "esc.jsonl"
    src.write_text(json.dumps(RECORD) + "\n", encoding="utf-8")
    out, _ = _run(["read", str(src), "--format", "text"], monkeypatch)
    assert "\x1b" not in commands(out) and "␛]0;pwned" in out and "␛[2J" in out
    out, _ = _run(["read", str(src), "--format", "text"], monkeypatch, tty=False)  # not a terminal: as it is
    assert "\x1b" in out
    out, _ = _run(["search", "banjir", "--db", db, "--format", "json"], monkeypatch, tty=False)
    assert json.loads(out)  # JSON stays JSON
