"""Round 30 places (issue #16 items 6 and 8): a named stop, orphanage, maternity hospital, toll
exit or café is a site, placed like any other site (`di depan Halte Megaria`, `Panti Asuhan X`,
`RSB X`, `Exit Tol X`, `X Cafe`): in a story at home it lies at home, where before it was given no
country. Sentences written for the tests in the shapes of Indonesian news."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from placecases import placed_entities  # noqa: E402


@pytest.mark.parametrize(
    "site",
    ["Halte Metropole", "Panti Asuhan Santa Wilhelmina", "RSB Siti Chodijah", "Exit Toll TMMI", "Kopi Tboy Cafe"],
)
def test_a_site_by_its_head_word_lies_in_the_storys_country(site: str) -> None:
    text = (
        f"Massa berkumpul di depan {site} sejak pagi. Polisi dari Polda Metro Jaya mengawal aksi di "
        "Jakarta Pusat itu hingga siang. Warga Jakarta diminta menghindari jalan di sekitar Bekasi."
    )
    got = {
        e.canonical: e.country
        for e in placed_entities(text, {"LOC": [site, "Jakarta Pusat", "Jakarta", "Bekasi"]})
        if e.label == "LOC"
    }
    assert got[site] == "ID"
