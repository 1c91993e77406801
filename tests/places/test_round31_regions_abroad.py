"""Round 31 places (issue #16 items 6 and 8): a first-level unit abroad written by its Indonesian
name (`Katalonia`, `Andalusia`, `Carolina Utara`) lies in its own country. GeoNames and ISO write
these units in the country's language or in English (`Catalunya`, `North Carolina`), so the
Indonesian form was either unknown (then the story's desk, Indonesia, was taken) or read as a
same-named US town. Sentences written for the tests in the shapes of Indonesian news."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from placecases import placed_entities  # noqa: E402


@pytest.mark.parametrize(
    ("region", "country"),
    [("Katalonia", "ES"), ("Andalusia", "ES"), ("Carolina Utara", "US"), ("Bavaria", "DE"), ("Sisilia", "IT")],
)
def test_a_unit_abroad_by_its_indonesian_name(region: str, country: str) -> None:
    text = (
        f"Jakarta, CNN Indonesia -- Pesawat itu lepas landas dari {region} pada Minggu (3/9) pagi. "
        "Seluruh penumpang selamat dan dibawa ke rumah sakit terdekat."
    )
    got = {e.canonical: e.country for e in placed_entities(text, {"LOC": ["Jakarta", region]})}
    assert got[region] == country


def test_the_indonesian_name_wins_over_a_small_town_abroad() -> None:
    text = (
        "Pengusaha itu membangun lapangan padel di hotel miliknya di Andalusia. Pada awal 1970-an, "
        "Spanyol mulai mengenal olahraga itu, lalu Argentina dan Meksiko."
    )
    got = {
        e.canonical: e.country for e in placed_entities(text, {"LOC": ["Andalusia", "Spanyol", "Argentina", "Meksiko"]})
    }
    assert got["Andalusia"] == "ES"
