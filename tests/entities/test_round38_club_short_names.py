"""Round 38 (clubso): in a football article a one-word organisation that opens or closes the name of
exactly one club the article names (`Leicester` of `Leicester City`, `Arema` of `Arema FC`, `United`
of `Manchester United`) is that club's short name, one entity with it, as the gold reads `Mainz` of
`FSV Mainz` (clubs.club_short_names); a word two clubs share stays apart. Sentences written for the
tests in the styles of IndoSum's sport pages (CNN Indonesia, Goal Indonesia, Merdeka)."""

from __future__ import annotations

import pytest

import warta


def _mentions(text: str) -> dict[str, list[str]]:
    """Each entity's canonical name and its mentions' texts, the entities layer only."""
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: [m.text for m in e.mentions] for e in ents}


@pytest.mark.parametrize(
    ("text", "club", "short"),
    [
        (
            "Leicester City menang 2-1 atas Tottenham di pekan ke-10 Liga Inggris. Gol kemenangan Leicester "
            "dicetak Jamie Vardy pada menit ke-80.",
            "Leicester City",
            "Leicester",
        ),
        (
            "Arema FC menjamu Persib di Stadion Kanjuruhan dalam lanjutan Liga 1. Pelatih Arema mengaku puas "
            "dengan permainan anak asuhnya meski gagal mencetak gol.",
            "Arema FC",
            "Arema",
        ),
    ],
)
def test_a_clubs_short_name_is_a_mention_of_the_club(text: str, club: str, short: str) -> None:
    ents = _mentions(text)
    assert short in ents.get(club, [])
    assert short not in ents


def test_a_word_two_clubs_share_stays_apart() -> None:
    text = (
        "Manchester United dan Manchester City sama-sama menang di pekan ini. Manchester kini menguasai "
        "puncak klasemen Liga Inggris setelah gol di menit akhir."
    )
    ents = _mentions(text)
    assert "Manchester" not in ents.get("Manchester United", []) + ents.get("Manchester City", [])
