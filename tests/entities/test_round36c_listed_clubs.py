"""Round 36, third wave: in a football article a club standing in a list beside other clubs
(`Olympiacos (18), FC Porto (17)`, a player's former clubs with their years) or followed by a score
(`Crystal Palace 1 - 2`) was read as a person or a place. A list of three names or more with a
club beside the name makes it a club; a town abroad needs a longer list, most of it clubs; two
names alone (`ke Bristol City, Tammy Abraham`, `kandang Swansea, Liberty Stadium`) are a club and
its player or ground. Sentences written for the tests in the pool outlets' style (the name shapes
come from the unannotated pool)."""

from __future__ import annotations

import pytest

import warta


def _labels(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.label for e in ents}


_CLUBS = [
    pytest.param(
        "Real Madrid menjadi klub paling produktif di Liga Champions dengan 32 gol. Klub lain yang juga tajam "
        "ialah AS Roma (19 gol), Borussia Dortmund (18), Olympiacos (18), FC Porto (17), dan Rosenborg (14). "
        "Pertandingan final digelar pekan depan.",
        ("Olympiacos", "Rosenborg"),
        id="tally-of-goals",
    ),
    pytest.param(
        "Gelandang itu mengawali karier di Liga Indonesia pada 2000. Kemudian, dia pernah memperkuat PSM "
        "Makassar (2004 - 2006), Telekom Malaka (2006 - 2007), Arema (2007 - 2008), dan Sriwijaya FC "
        "(2009 - 2011). Ia mencetak 40 gol sepanjang kariernya di klub-klub itu.",
        ("Telekom Malaka",),
        id="former-clubs-with-years",
    ),
    pytest.param(
        "Bek kiri itu pernah berseragam Arsenal, Bristol City, Fulham, Manchester City, Portsmouth, "
        "Birmingham, Sunderland, dan Nottingham Forest sebelum pensiun. Ia mencetak 12 gol di Liga Primer.",
        ("Portsmouth", "Nottingham Forest"),
        id="towns-in-a-long-list-of-clubs",
    ),
    pytest.param(
        "Tottenham Hotspur menang 2 - 0 pada laga Liga Primer. Di laga lain, Southampton kalah dari tamunya "
        "Crystal Palace 1 - 2 dan West Ham United unggul 2 - 1 atas West Bromwich Albion. Hasil ini membuat gol "
        "Harry Kane makin berarti.",
        ("Crystal Palace",),
        id="side-followed-by-its-score",
    ),
]


@pytest.mark.parametrize(("text", "clubs"), _CLUBS)
def test_listed_or_scored_clubs(text: str, clubs: tuple[str, ...]) -> None:
    labels = _labels(text)
    assert {name: labels.get(name) for name in clubs} == dict.fromkeys(clubs, "ORG")


def test_a_player_or_a_ground_after_one_club_stays() -> None:
    text = (
        "Inggris berbalik unggul di laga itu berkat gol bomber yang musim lalu dipinjamkan ke Bristol City, "
        "Tammy Abraham. Pada laga Liga Primer berikutnya, Spurs bertandang ke kandang Swansea, Liberty "
        "Stadium, dan menang dua gol tanpa balas."
    )
    labels = _labels(text)
    assert labels.get("Tammy Abraham") == "PER"
    assert labels.get("Liberty Stadium") != "ORG"


def test_a_country_the_lists_hold_stays_a_place_in_a_list_of_clubs() -> None:
    """Round 38 (structure): one test of a town abroad for every club rule. `Montenegro` is a town
    abroad to the geocoder, but the entity lists hold it as a country: no club, however long the list."""
    text = (
        "Pelatih tim nasional memanggil pemain yang merumput di klub Juventus FC, AC Milan, Inter Milan, "
        "Montenegro, dan Serbia untuk laga kualifikasi Piala Dunia. Ia berharap timnya mencetak banyak gol."
    )
    labels = _labels(text)
    assert (labels.get("Montenegro"), labels.get("Inter Milan")) == ("LOC", "ORG")
