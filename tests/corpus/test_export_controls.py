"""GKG and the events TSV put one article (one event) on a line and one value in a field. A value
holding NUL (a C reader's end of string), a form feed, a record separator (U+001E) or U+2028
(line breaks to Python's ``str.splitlines``, which many readers of such files use) broke the row
or cut the value: such characters become spaces there, as tabs and newlines already did. CSV and
JSON lines quote or escape them and keep the exact value."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from warta.corpus import Corpus, events
from warta.corpus.export import GKG_COLUMNS

ODD = "\x00\x0b\x0c\x1c\x1e\x7f\x85\u2028\u2029"
RECORD = {
    "id": f"berita{ODD}1",
    "url": f"https://news.example.co.id/a/{ODD}/1",
    "outlet": f"Harian{ODD}Kota",
    "published": "2025-11-04",
    "title": f"Banjir{ODD}rob",
    "text": (
        "Bandung - Polisi menangkap dua tersangka pencurian kabel di Bandung, Selasa (4/11/2025). "
        '"Keduanya kami tahan," kata Kapolrestabes Bandung Budi Sartono.'
    ),
}
BAD = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029]")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory):
    d: Path = tmp_path_factory.mktemp("controls")
    src = d / "in.jsonl"
    src.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    with Corpus(str(d / "c.db")) as c:
        assert c.ingest([str(src)], jobs=0).stored == 1
        yield c


def test_gkg_row_holds_no_control_character(corpus: Corpus) -> None:
    buf = io.StringIO(newline="")
    corpus.export(buf, "gkg")
    text = buf.getvalue()
    assert not BAD.search(text)
    rows = text.splitlines()
    assert len(rows) == 2 and len(rows[1].split("\t")) == len(GKG_COLUMNS)
    assert "Harian" in rows[1] and "Kota" in rows[1]


def test_events_tsv_row_holds_no_control_character(corpus: Corpus) -> None:
    buf = io.StringIO(newline="")
    n = events.write_tsv(events.find(corpus.store), buf)
    text = buf.getvalue()
    assert n >= 1 and not BAD.search(text)
    assert len(text.splitlines()) == n + 1


def test_jsonl_keeps_the_exact_values(corpus: Corpus) -> None:
    buf = io.StringIO()
    corpus.export(buf, "jsonl")
    (line,) = buf.getvalue().split("\n")[:-1]
    rec = json.loads(line)
    assert rec["id"] == RECORD["id"] and rec["title"] == RECORD["title"]


@pytest.mark.parametrize(
    "cell", [" =HYPERLINK(1)", "\n=1+1", "\u00a0 +62 812", "\uff1dcmd|' /C calc'!A0", "  @SUM(A1)"]
)
def test_a_formula_behind_spaces_or_in_full_width_is_neutralised(cell: str) -> None:
    """A spreadsheet trims leading spaces (and reads a full-width ＝ typed through an IME) before
    it decides a cell is a formula: such a cell gets the apostrophe too, and reads back exactly."""
    from warta.corpus.export import csv_cell, csv_value

    assert csv_cell(cell) == "'" + cell and csv_value(csv_cell(cell)) == cell


@pytest.mark.parametrize("cell", [" Jakarta - Banjir", "Menteri = pejabat", "2025-10-01"])
def test_plain_text_cells_are_left_as_they_are(cell: str) -> None:
    from warta.corpus.export import csv_cell

    assert csv_cell(cell) == cell
