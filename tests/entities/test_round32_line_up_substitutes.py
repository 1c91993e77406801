"""Round 32: a match report's line-up writes each substitute in brackets after the player he
replaced, with the minute (`Claudio Marchisio (Miralem Pjanic 56 ')`): two players, not one person
and a nickname (sentences written for the tests, in the style of JUARA.net's and Goal's reports)."""

from __future__ import annotations

import warta


def _people(text: str) -> dict[str, set[str]]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: {m.text for m in e.mentions} for e in ents if e.label == "PER"}


LINE_UP = (
    "TURIN, JUARA.net - Juventus menang 2 - 0 atas Torino pada laga lanjutan Serie A, Minggu (9 / 4 / 2017).\n\n"
    "Susunan pemain\n\n"
    "Juventus: 1 - Gianluigi Buffon; 3 - Giorgio Chiellini, 15 - Andrea Barzagli (24 - Daniele Rugani 70 '), "
    "19 - Leonardo Bonucci; 8 - Claudio Marchisio (Miralem Pjanic 56 '), 6 - Sami Khedira (Mario Mandzukic 90 + 1 '), "
    "9 - Gonzalo Higuain\n\n"
    "Pelatih: Massimiliano Allegri"
)


def test_a_substitute_in_brackets_is_a_player_of_his_own() -> None:
    people = _people(LINE_UP)
    for sub, starter in (("Miralem Pjanic", "Claudio Marchisio"), ("Mario Mandzukic", "Sami Khedira")):
        assert sub not in people.get(starter, set())
        assert sub in people


def test_a_substitute_with_his_shirt_number_is_a_player_of_his_own() -> None:
    people = _people(LINE_UP)
    assert "Daniele Rugani" not in people.get("Andrea Barzagli", set())
    assert "Daniele Rugani" in people


def test_a_nickname_in_brackets_still_joins_the_person() -> None:
    text = (
        "Menteri Sosial Saifullah Yusuf (Gus Ipul) meninjau dapur umum di Pasuruan, Senin (20 / 10). "
        '"Bantuan cukup untuk sepekan," kata Gus Ipul.'
    )
    people = _people(text)
    assert "Gus Ipul" not in people
