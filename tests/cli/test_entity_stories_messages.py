"""Messages a user reads when a command cannot do what was asked: they say why, in words.

`warta stories FILE` prefixed a bad record's reason with a class name ("InputError: record …");
`warta entity A --merge-into B` with neither name stored said only "'A' not merged into 'B'"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.cli import main

TEXT = "Jakarta - Gubernur Pramono Anung meninjau banjir di Kampung Melayu, Jakarta Timur, Rabu (22/10/2025)."


def test_stories_names_a_bad_record_without_a_class_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": TEXT}) + "\n" + json.dumps({"id": "b", "text": "  "}) + "\n")
    assert main(["stories", str(src), "--format", "json"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{src}:2: " in err and "empty" in err, err
    assert "Error:" not in err


def test_merge_into_says_which_name_is_not_stored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": TEXT}) + "\n")
    db = str(tmp_path / "c.db")
    assert main(["ingest", "-j", "0", "--quiet", "--exclude", "summary,tone,themes", "--db", db, str(src)]) == 0
    capsys.readouterr()
    assert main(["entity", "Budi Tidakada", "--merge-into", "Siti Jugatidak", "--db", db]) == 1
    err = capsys.readouterr().err
    assert "no entity named 'Budi Tidakada' or 'Siti Jugatidak' in the corpus" in err and err.count("\n") == 1, err
    assert main(["entity", "Budi Tidakada", "--merge-into", "Pramono Anung", "--db", db]) == 1
    err = capsys.readouterr().err
    assert "no entity named 'Budi Tidakada' in the corpus" in err and "Pramono" not in err.split("corpus")[0], err
    assert main(["entity", "Pramono Anung", "--merge-into", "Pramono Anung", "--db", db]) == 1
    assert "already one identity" in capsys.readouterr().err
    assert main(["entity", "Budi Tidakada", "--unlink", "--db", db]) == 1
    assert "not unlinked: no entity named 'Budi Tidakada'" in capsys.readouterr().err
