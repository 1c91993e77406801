"""Round 23 (found on the unannotated mining pool): capitalised words spelled out before their own
initials in brackets (`Net Interest (NI)`, `Key Performance Indicator (KPI)`) name a term or a
programme introduced with its acronym, not a person, though the tagger reads them as one; a name
with a known given name, or after a word that says it is a person's, stays. Sentences written for
the tests; the tagger's person spans are given, as it reads them in longer articles."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from taggedcases import read_tagged  # noqa: E402


def _people(text: str, tagged: list[str]) -> set[str]:
    return {e.canonical for e in read_tagged(text, [(n, "PER") for n in tagged]) if e.label == "PER"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Rasio Net Margin (NM) bank itu naik menjadi 4,2% pada Maret. Kenaikan NM ditopang kredit.",
            "Net Margin",
        ),
        (
            "Setiap pejabat akan dinilai lewat Key Result Area (KRA) yang disusun kementerian. KRA itu diumumkan pekan depan.",
            "Key Result Area",
        ),
        # the acronym of the last words only: an ordinal before them
        (
            "Pemerintah menyerahkan Third Nationally Committed Target (NCT) ke sekretariat konvensi di Bonn.",
            "Third Nationally Committed Target",
        ),
    ],
)
def test_a_term_spelled_before_its_initials_is_no_person(text: str, name: str) -> None:
    assert name not in _people(text, [name])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a word before the name says it is a person's
        (
            "Polisi menangkap seorang pria bernama Rudit Somanel (RS) di rumahnya. RS mengaku menipu 20 orang.",
            "Rudit Somanel",
        ),
        # a known given name keeps the person
        (
            "Menko Agus Harimurti Yudhoyono (AHY) meninjau proyek itu. AHY datang bersama rombongan.",
            "Agus Harimurti Yudhoyono",
        ),
    ],
)
def test_a_person_spelled_before_initials_stays(text: str, name: str) -> None:
    assert name in _people(text, [name])
