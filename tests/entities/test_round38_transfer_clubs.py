"""Round 38 (clubso): in a football article the name right after `ke`/`dari` that a word of a
player's move opens a few words before (`bergabung ke Hoffenheim`, `dipinjamkan ke Southampton`,
`mengangkut Neymar dari Barcelona`) is the club he moves to or from, not a person or a place
(clubs.transferred_clubs); a transfer page that names a player's position (`striker`, `gelandang`)
is a football article (data/match_cues.txt: the `Stuttgart` case names no other football word
but `klub`). Sentences written for the tests in the styles of
IndoSum's sport pages (Goal Indonesia, CNN Indonesia); the guards keep a birthplace, a town at home
and a ground as places."""

from __future__ import annotations

import pytest

import warta


def _entities(text: str) -> dict[str, str]:
    """Each entity's canonical name and label, the entities layer only."""
    return {e.canonical: e.label for e in warta.read({"id": "t", "text": text}, layers=["entities"]).entities}


_CASES = [
    (
        "Bayern Muenchen resmi mengumumkan kedatangan striker asal Jerman itu. Setelah meninggalkan Bayern, "
        "ia merapat ke Duisburg pada 2008 dan mencetak 12 gol di liga.",
        "Duisburg",
        "ORG",
    ),
    (
        "Guthrie mengawali kariernya bersama Liverpool setelah dipinjamkan ke Southampton pada musim itu. "
        "Gelandang bertahan itu kini bermain di liga kasta kedua.",
        "Southampton",
        "ORG",
    ),
    (
        "PSG resmi mengangkut Neymar dari Barcelona pada Kamis lalu. Klub itu membayar 222 juta euro, "
        "rekor transfer di Liga Prancis.",
        "Barcelona",
        "ORG",
    ),
    (
        "Real Madrid dikabarkan tertarik mendatangkan striker muda milik RB Leipzig, Timo Werner. Werner "
        "sebelumnya sempat diminati sejumlah klub. Werner bergabung ke RB Leipzig dari Stuttgart pada 2016.",
        "Stuttgart",
        "ORG",
    ),
    (
        "Pria kelahiran Stuttgart ini sempat mencetak 52 gol di liga domestik bersama Mainz. Ia lalu pindah "
        "ke Stuttgart bersama keluarganya.",
        "Stuttgart",
        "LOC",
    ),
    (
        "Gelandang itu memutuskan pindah ke Bandung setelah kontraknya bersama klub habis. Ia kini bermain di Liga 1.",
        "Bandung",
        "LOC",
    ),
    (
        "Naby Keita yang akan bergabung ke Anfield pada musim panas mendatang sudah menjalani tes medis. "
        "Klub itu membayar 48 juta pound.",
        "Anfield",
        "LOC",
    ),
]


@pytest.mark.parametrize(("text", "name", "label"), _CASES)
def test_a_club_a_player_moves_to_or_from_and_places_that_stay(text: str, name: str, label: str) -> None:
    assert (_entities(text).get(name) == "ORG") == (label == "ORG")
