"""Round 37: in an article about football a town abroad that opens or closes the name of the one club
the article names (`Real Madrid`, `Shenzhen FC`) is the club's short name (`Madrid menilai Ronaldo tak
bersalah`); the gold reads `Milan` as a mention of `AC Milan`. After a word of place (`di Madrid`) or
as the dateline it stays the town. Sentences written for the tests in the IndoSum sports style (the
shapes come from the unannotated pool)."""

from __future__ import annotations

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


def test_the_town_after_a_word_of_place_stays_a_place() -> None:
    text = (
        "Shenzhen FC resmi berpisah dengan Sven-Goran Eriksson setelah gagal promosi ke Liga Super. "
        "Shenzhen mengunggah puisi untuk sang pelatih. Eriksson sempat tinggal di Shenzhen selama satu "
        "musim dan mencetak 40 gol bersama klub itu."
    )
    ents = _entities(text)
    assert ents["Shenzhen FC"][1].count("Shenzhen") == 1
    assert ents.get("Shenzhen", ("", []))[1] == ["Shenzhen"]
