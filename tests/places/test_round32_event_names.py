"""Round 32 places (issue #16 items 6 and 8): an event the entities layer read as a place (`Piala
Sudirman`, `Golden Globe Awards`, `WTA Finals`, `Hari Sumpah Pemuda`) is no entity under GUIDELINES
and is dropped, where before it was a LOC given the story's country. A place the gazetteer knows
stays. Sentences written for the tests in the shapes of Indonesian news."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from placecases import placed_entities  # noqa: E402


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Tim Indonesia gagal melaju ke final Piala Thomas Uber usai kalah dari Jepang.", "Piala Thomas Uber"),
        ("Aktris itu tampil anggun di acara Screen Actors Awards yang digelar di Los Angeles.", "Screen Actors Awards"),
        ("Petenis Spanyol itu memastikan tiket ke ATP Finals setelah menang di Paris.", "ATP Finals"),
        ("Pameran itu dibuka di sela Jakarta Design Week di Senayan.", "Jakarta Design Week"),
        ("Upacara digelar untuk memperingati Hari Pahlawan Nasional di Surabaya.", "Hari Pahlawan Nasional"),
    ],
)
def test_an_event_read_as_a_place_is_dropped(text: str, event: str) -> None:
    towns = ["Jepang", "Los Angeles", "Paris", "Senayan", "Surabaya"]
    got = {e.canonical for e in placed_entities(text, {"LOC": [event, *towns]}) if e.label == "LOC"}
    assert event not in got
    assert got & set(towns)


def test_a_known_place_opening_with_an_event_word_stays() -> None:
    text = "Banjir merendam sejumlah ruas jalan di Pekan Baru, Riau, sejak Senin pagi."
    got = {e.canonical: e.country for e in placed_entities(text, {"LOC": ["Pekan Baru", "Riau"]}) if e.label == "LOC"}
    assert got.get("Pekan Baru") == "ID"
