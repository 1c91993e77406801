"""A relative day followed by the written day it means (`hari ini, Rabu, 22 Oktober 2025`,
`besok, Minggu (19/10)`) is two date expressions, both of the written day; with a bare weekday
(`besok, Kamis`) it stays one. Sentences written for the test in detik's and other outlets'
shapes."""

from __future__ import annotations

import pytest

from warta.dates import find_dates
from warta.document import Article
from warta.document.normalize import normalize


def _dates(text: str, published: str) -> list[tuple[str, str]]:
    art = Article(text=text, norm=normalize(text), published=published)
    return [(d.text, d.value) for d in find_dates(art) if d.granularity != "time"]


CASES = [
    (
        "Begini prakiraan cuaca Jawa Timur hari ini, Kamis, 23 Oktober 2025, menurut BMKG Juanda.",
        "2025-10-23",
        [("hari ini", "2025-10-23"), ("Kamis, 23 Oktober 2025", "2025-10-23")],
    ),
    (
        "Ruas jalan itu ditutup mulai besok, Senin (27/10), selama perbaikan.",
        "2025-10-26",
        [("besok", "2025-10-27"), ("Senin (27/10)", "2025-10-27")],
    ),
    (
        "Tersangka diperiksa penyidik kemarin, Selasa (4/7/2017), di Mapolda.",
        "2017-07-05",
        [("kemarin", "2017-07-04"), ("Selasa (4/7/2017)", "2017-07-04")],
    ),
    # the written day wins over the counted one when they disagree (a story filed a day late)
    (
        "Ribuan pemudik berangkat dari Stasiun Gambir hari ini, Jumat (23/6).",
        "2017-06-24",
        [("hari ini", "2017-06-23"), ("Jumat (23/6)", "2017-06-23")],
    ),
    # a bare weekday only says which day: one expression
    ("Sidang putusan digelar besok, Kamis.", "2025-10-22", [("besok, Kamis", "2025-10-23")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_relative_day_and_written_day(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text, published) == expected


def test_a_written_day_in_brackets_glosses_the_relative_one() -> None:
    text = "Kuasa hukum tersangka mendatangi Bareskrim kemarin (Selasa, 14/10) untuk menyerahkan berkas."
    assert _dates(text, "2025-10-15") == [("kemarin (Selasa, 14/10)", "2025-10-14")]
