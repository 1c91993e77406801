"""Round 29 places: a venue no list knows is not placed in the country of one club named after a
town when the story names another country abroad more (a match of two countries' sides). Sentences
written for the tests in the shapes of Indonesian news."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from placecases import placed_entities  # noqa: E402


def _placed(text: str, places_: list[str], bodies: tuple[str, ...]) -> dict[str, str | None]:
    return {e.canonical: e.country for e in placed_entities(text, {"LOC": places_, "ORG": bodies}) if e.label == "LOC"}


_MATCH = (
    "Jerman melaju ke final usai menyingkirkan Inggris lewat adu penalti. Laga digelar di Stadion "
    "Miejski. Jerman unggul lebih dulu, lalu Inggris berbalik unggul lewat Tammy Abraham, yang musim "
    "lalu dipinjamkan ke Bristol City. Jerman menyamakan skor, dan kiper Jerman menjadi pahlawan. "
    "Jerman pun lolos ke final."
)


def test_one_club_does_not_place_a_venue_of_a_match_of_two_countries() -> None:
    placed = _placed(_MATCH, ["Jerman", "Inggris", "Stadion Miejski"], ("Bristol City",))
    assert placed["Jerman"] == "DE" and placed["Stadion Miejski"] != "GB"


def test_one_club_still_places_a_venue_when_its_country_leads() -> None:
    text = _MATCH.replace("Jerman", "Inggris", 1).replace("menyingkirkan Inggris", "menyingkirkan Jerman")
    text = text.replace("kiper Jerman", "kiper Inggris").replace("Jerman pun", "Inggris pun")
    placed = _placed(text, ["Jerman", "Inggris", "Stadion Miejski"], ("Bristol City",))
    assert placed["Stadion Miejski"] == "GB"
