"""Round 20 place rules: sentences written for the tests, in the shapes of Indonesian news."""

from __future__ import annotations

import pytest

import warta


def _countries(text: str) -> dict[str, str | None]:
    art = warta.read(text, layers=["entities", "places"])
    return {e.canonical: e.country for e in art.entities if e.label == "LOC"}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a US state against a South African town of 120,000
        ("Gubernur Virginia menandatangani aturan baru soal pajak kendaraan.", "Virginia", "US"),
        # a Canadian province against a Californian city of 170,000
        ("Kebakaran hutan di Ontario memaksa ribuan warga mengungsi pada Senin.", "Ontario", "CA"),
        # a US state against a Honduran town of 25,000
        ("Delegasi dagang dari Arizona bertemu pengusaha di Surabaya.", "Arizona", "US"),
    ],
)
def test_a_state_of_a_populous_country_wins_over_a_same_named_town_abroad(text: str, name: str, country: str) -> None:
    assert _countries(text)[name] == country
