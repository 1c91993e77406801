"""Round 37: a guessed name written once is dropped unless something says it is a person; a name
listed next to a well-founded person is one. The list's gap was a comma or `dan` only, so a line-up's
players after their shirt numbers (`35 - Vassilis Torosidis, 4 - Emil Krafth`) and a doubles pair
joined by a slash (`Kim Astrup / Line Kjaersfeldt`) lost the players named once. Sentences written for
the tests in IndoSum's sports pages' styles."""

from __future__ import annotations

import warta


def _people(text: str) -> set[str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical for e in ents if e.label == "PER"}


def test_a_player_after_a_shirt_number_in_a_line_up_is_a_person() -> None:
    text = (
        "Susunan pemain\n"
        "Bologna: 1 - Angelo Da Costa, 28 - Daniele Gastaldello, 35 - Vassilis Torosidis, 4 - Emil "
        "Krafth, 8 - Saphir Taider.\n"
        "Pelatih: Roberto Donadoni."
    )
    assert "Vassilis Torosidis" in _people(text)


def test_a_partner_after_a_slash_in_a_doubles_pair_is_a_person() -> None:
    text = (
        "Pasangan ganda campuran Indonesia menang walkover pada babak kedua karena lawan mereka, "
        "Mathias Christiansen / Line Kjaersfeldt (Denmark), memutuskan mundur."
    )
    assert "Line Kjaersfeldt" in _people(text)
