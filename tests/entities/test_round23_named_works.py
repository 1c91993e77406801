"""Round 23 (found on the unannotated mining pool): a "place" written right after a noun of a
product or a work (`film Suicide Squad`, `serial Game of Thrones`, `fitur Portrait Mode`) is that
thing's title, which GUIDELINES counts as no entity; the tagger reads a title after `di` as a
place. A known place after such a noun stays (`drama Korea`), and so does a place after `merek`,
whose origin may follow. Sentences written for the tests; the tagger's place spans are given."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from taggedcases import read_tagged  # noqa: E402


def _places(text: str, tagged: list[str]) -> set[str]:
    return {e.canonical for e in read_tagged(text, [(n, "LOC") for n in tagged]) if e.label == "LOC"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aktris itu pertama kali dikenal lewat perannya di serial Kingdom of Ashes pada 2019.", "Kingdom of Ashes"),
        ("Pengguna kini bisa memotret dengan fitur Night Vision yang dibenamkan di ponsel itu.", "Night Vision"),
        # one lower-case word between the noun and the title
        ("Unduh dulu aplikasi pemutar Sound Drift di ponsel Anda sebelum tidur.", "Sound Drift"),
    ],
)
def test_a_title_after_a_work_noun_is_no_place(text: str, name: str) -> None:
    assert name not in _places(text, [name])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Penggemar drama Korea di Indonesia terus bertambah setiap tahun.", "Korea"),
        ("Merek asal Sunter Agung itu kini dijual di 40 toko.", "Sunter Agung"),
    ],
)
def test_a_place_after_such_a_noun_stays(text: str, name: str) -> None:
    assert name in _places(text, [name])
