"""Exported values are the stored values, whatever the text holds: commas, quotes, newlines,
tabs, NUL, characters outside the BMP, U+2028; and no CSV cell starts a formula when the file is
opened in a spreadsheet (a title ``=HYPERLINK(…)`` or an id ``=cmd|' /C calc'!A0`` ran as one:
untrusted article text is never executed). Such a cell gets one leading apostrophe, which a
spreadsheet hides, and which a program removes (``csv_value``) to get the exact value back."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from warta.corpus import Corpus
from warta.corpus.export import CSV_COLUMNS, GKG_COLUMNS, _rows, csv_value, flat_row

RECORDS = [
    {
        "id": "=cmd|' /C calc'!A0",
        "title": '=HYPERLINK("http://evil.example","klik")',
        "url": "https://x.id/a?b=1,2",
        "outlet": "+outlet",
        "published": "2025-10-01",
        "text": (
            '=1+1 Jakarta - Presiden Prabowo Subianto mengatakan, "harga beras, "naik"\tlagi" di pasar.\n'
            "Kata Prabowo \x00 di Istana.\n@SUM(A1) 𝔦𝔫𝔣𝔩𝔞𝔰𝔦 😀 selesai."
        ),
    },
    {
        "id": "-2+3",
        "title": "@Judul, dengan \"kutip\" dan 'tanda'\r\nbaris baru\ttab",
        "published": "2025-10-02",
        "text": (
            '-Jakarta - Menteri Keuangan Sri Mulyani menyebut inflasi 2,5 persen; "Kami waspada," ujar Sri '
            "Mulyani. Ia bicara di Bandung, Jawa Barat.\r\nBaris kedua\u2028dengan pemisah\u0085NEL."
        ),
    },
    {
        "id": "tab\tid\nnl",
        "title": "\tTab di depan",
        "outlet": "'dikutip'",
        "published": "2025-10-03",
        "text": (
            "\t+62 Bandung - Wali Kota Bandung Muhammad Farhan meninjau banjir di Dayeuhkolot, Selasa "
            '(4/11/2025). "Kami kirim bantuan," kata Farhan.'
        ),
    },
]
FORMULA = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory):
    d = tmp_path_factory.mktemp("export")
    src = d / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    with Corpus(str(d / "e.db")) as c:
        assert c.ingest([str(src)], jobs=0).stored == 3
        c.expected = [flat_row(r) for r in _rows(c.store, None, None, None, False, False)]  # type: ignore[attr-defined]
        yield c


def test_csv_cells_start_no_formula_and_read_back_exactly(corpus: Corpus) -> None:
    buf = io.StringIO(newline="")
    assert corpus.export(buf, "csv") == 3
    rows = list(csv.DictReader(io.StringIO(buf.getvalue(), newline="")))
    assert len(rows) == 3
    for want, got in zip(corpus.expected, rows, strict=True):  # type: ignore[attr-defined]
        for col in CSV_COLUMNS:
            cell = got[col]
            if col not in ("tone", "n_quotes"):
                assert not cell.startswith(FORMULA), (col, cell[:30])
            value = want[col]
            assert csv_value(cell) == ("" if value is None else str(value)), col
    titles = [csv_value(r["title"]) for r in rows]
    assert titles[0] == RECORDS[0]["title"] and rows[0]["title"].startswith("'=")
    assert rows[2]["outlet"] == "''dikutip'" and csv_value(rows[2]["outlet"]) == "'dikutip'"
    assert float(rows[1]["tone"]) == corpus.expected[1]["tone"]  # type: ignore[attr-defined]  # numbers stay numbers


def test_parquet_and_jsonl_hold_the_exact_values(corpus: Corpus, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    corpus.export(str(tmp_path / "e.parquet"), "parquet")
    got = pq.read_table(str(tmp_path / "e.parquet")).to_pylist()
    for want, row in zip(corpus.expected, got, strict=True):  # type: ignore[attr-defined]
        assert {c: row[c] for c in CSV_COLUMNS} == want
    buf = io.StringIO()
    corpus.export(buf, "jsonl")
    lines = buf.getvalue().split("\n")
    assert lines[-1] == "" and len(lines) == 4  # U+2028, U+0085, \r inside values do not split a line
    recs = [json.loads(x) for x in lines[:-1]]
    assert [r["id"] for r in recs] == [r["id"] for r in RECORDS]
    assert [r["title"] for r in recs] == [r["title"] for r in RECORDS]


def test_gkg_rows_keep_their_columns(corpus: Corpus) -> None:
    buf = io.StringIO(newline="")
    corpus.export(buf, "gkg")
    lines = buf.getvalue().split("\n")
    assert lines[-1] == "" and len(lines) == 5
    assert all(len(x.split("\t")) == len(GKG_COLUMNS) for x in lines[:-1])


# columns of computed numbers: a minus sign there is a negative number, never text to neutralise
GKG_NUMERIC = ("V1.5TONE", "V2.1AMOUNTS")


def test_gkg_cells_start_no_formula_either(corpus: Corpus) -> None:
    buf = io.StringIO(newline="")
    corpus.export(buf, "gkg")
    rows = [dict(zip(GKG_COLUMNS, x.split("\t"), strict=True)) for x in buf.getvalue().split("\n")[1:-1]]
    for row in rows:
        for col, cell in row.items():
            if col not in GKG_NUMERIC:
                assert not cell.startswith(FORMULA), (col, cell[:30])
    assert rows[0]["V2SOURCECOMMONNAME"] == "'+outlet" and csv_value(rows[0]["V2SOURCECOMMONNAME"]) == "+outlet"
    assert csv_value(rows[2]["V2SOURCECOMMONNAME"]) == "'dikutip'"
    assert rows[1]["V1.5TONE"].startswith("-")  # a negative tone stays a number


def test_events_tsv_cells_start_no_formula(corpus: Corpus) -> None:
    from warta.corpus import events

    buf = io.StringIO(newline="")
    assert events.write_tsv(events.find(corpus.store), buf) >= 1
    lines = buf.getvalue().split("\n")
    rows = [dict(zip(events.TSV_COLUMNS, x.split("\t"), strict=True)) for x in lines[1:-1]]
    for row in rows:
        for col, cell in row.items():
            if col not in ("LAT", "LON"):
                assert not cell.startswith(FORMULA), (col, cell[:30])
    farhan = next(r for r in rows if r["ACTOR"] == "Muhammad Farhan")
    assert farhan["SENTENCE"].startswith("'+62 Bandung") and csv_value(farhan["SENTENCE"]).startswith("+62 Bandung")
    assert float(farhan["LAT"]) < 0  # coordinates stay numbers
