"""Round 35 (second wave): a company named with no cue word before it was read as a person when its
name closes with a company's word (`Ant Financial`, `Nidec Copal Electronics`) or is one word with a
capital inside it (`DailySocial`, `CamFi`); no person's name is written so. Sentences written for
the tests in DailySocial's and Tabloid Pulsa's styles (the companies' names come from the unannotated pool)."""

from __future__ import annotations

import warta


def _names(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.label for e in ents}


def test_a_name_closing_with_financial_is_a_company() -> None:
    text = (
        "Raksasa teknologi itu terus memperluas bisnis pembayarannya di Asia Tenggara. Hadirnya Ant "
        "Financial dalam usaha patungan tersebut menghadirkan persaingan baru bagi pemain lokal."
    )
    assert _names(text).get("Ant Financial") == "ORG"


def test_a_name_closing_with_electronics_is_a_company() -> None:
    text = (
        "Modul servo itu dikembangkan oleh Toyota, Tamagawa Seiki, dan Nidec Copal Electronics. Modul "
        "tersebut akan dipasang pada robot buatan mereka."
    )
    assert _names(text).get("Nidec Copal Electronics") == "ORG"


def test_one_word_with_a_capital_inside_is_a_company() -> None:
    text = (
        "Pekan lalu, Jumat (2/6), DailySocial berkesempatan menghadiri acara kelulusan pelatihan "
        "pemrograman untuk 40 pelajar sekolah menengah di Jakarta."
    )
    assert _names(text).get("DailySocial") == "ORG"
