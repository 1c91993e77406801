"""``warta stats --errors`` lists the records that could not be stored as a table a person reads
(a header, the reasons lined up in one column, one row per record), and as tab-separated values
only when asked (``--format tsv``: a header row, cells without tabs or line breaks). It printed
raw ``origin<TAB>reason`` lines: unaligned on a terminal, headerless for a script, and a file
name holding a tab or a line break split one failure over several rows or columns."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.cli import main
from warta.corpus.ingest import ingest

GOOD = "Makassar - Wali Kota meresmikan pasar baru di Panakkukang, Senin (3/11/2025)."


@pytest.fixture
def db(tmp_path: Path) -> str:
    src = tmp_path / "kiriman.jsonl"
    rows = [
        {"id": "baik", "text": GOOD},
        {"id": "kosong\tdua\nbaris", "text": ""},
        {"id": "angka", "text": 42},
    ]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    path = str(tmp_path / "c.db")
    s = ingest([str(src)], path, jobs=0, progress=False)
    assert (s.stored, s.failed) == (1, 2)
    return path


def test_errors_are_a_readable_table(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--errors", "--db", db]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["record", "reason"] and len(out) == 3, out
    assert "\t" not in "".join(out)
    starts = {line.index("'text'") for line in out[1:]}  # the reasons start in one column
    assert len({line.index("record '") for line in out[1:]}) == 1 and len(starts) == 2


def test_tsv_only_when_asked(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--errors", "--format", "tsv", "--db", db]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert rows[0] == ["origin", "reason"] and len(rows) == 3 and {len(r) for r in rows} == {2}, rows
    assert rows[1][0].endswith("kiriman.jsonl:2") and "kosong" in rows[1][1]


def test_tsv_without_errors_is_refused(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--format", "tsv", "--db", db]) == 2
    assert "--errors" in capsys.readouterr().err
