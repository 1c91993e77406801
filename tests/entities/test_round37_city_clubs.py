"""Round 37: in an article about football a town abroad that opens or closes the name of the one club
the article names (`Real Madrid`, `Shenzhen FC`) is the club's short name (`Madrid menilai Ronaldo tak
bersalah`); the gold reads `Milan` as a mention of `AC Milan`. After a word of place (`di Madrid`) or
in the dateline (the cleaning layer's, round 38) it stays the town. Sentences written for the tests in
the IndoSum sports style (the shapes come from the unannotated pool)."""

from __future__ import annotations

import pytest

import warta


def _entities(text: str) -> dict[str, tuple[str, list[str]]]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: (e.label, [m.text for m in e.mentions]) for e in ents}


def test_the_town_of_a_club_is_the_club() -> None:
    text = (
        "Real Madrid menilai Cristiano Ronaldo tak bersalah dalam kasus pajak yang menjeratnya. Madrid "
        "juga menyatakan akan membela sang pemain. Ronaldo dibeli Madrid dari Manchester United pada 2009 "
        "dan sudah mencetak ratusan gol di Liga Champions."
    )
    ents = _entities(text)
    label, mentions = ents["Real Madrid"]
    assert label == "ORG" and mentions.count("Madrid") == 2
    assert "Madrid" not in ents


@pytest.mark.parametrize(
    ("text", "club", "town"),
    [
        (
            "Shenzhen FC resmi berpisah dengan Sven-Goran Eriksson setelah gagal promosi ke Liga Super. "
            "Shenzhen mengunggah puisi untuk sang pelatih. Eriksson sempat tinggal di Shenzhen selama satu "
            "musim dan mencetak 40 gol bersama klub itu.",
            "Shenzhen FC",
            "Shenzhen",
        ),
        # Round 38 (structure): the dateline is the cleaning layer's, not found again from the text; the
        # town after the outlet (`Liputan6.com, Madrid -`) opens no line but is the desk's seat all the same
        (
            "Liputan6.com, Madrid - Real Madrid menilai Cristiano Ronaldo tak bersalah dalam kasus pajak. "
            "Madrid juga menyatakan akan membela sang pemain yang mencetak dua gol ke gawang Barcelona "
            "dalam laga pekan lalu di Liga Champions.",
            "Real Madrid",
            "Madrid",
        ),
    ],
)
def test_the_town_after_a_word_of_place_or_in_the_dateline_stays_a_place(text: str, club: str, town: str) -> None:
    ents = _entities(text)
    assert ents[club][1].count(town) == 1
    assert ents.get(town, ("", []))[1] == [town]
