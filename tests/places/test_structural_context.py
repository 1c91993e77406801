"""A place whose country the text itself shows — a known town inside a street's name (`Jalan Raya
Kendal`), a site placed by an address, an Indonesian unit word (`Kelurahan X`) — tells the
story's country to the sites resolved after it (`Hotel Aston`, `Terminal Riverside`), as a
place the gazetteer knows does. Sentences written for the test in the shape of local news."""

from __future__ import annotations

import pytest

import warta


def _countries(text: str) -> dict[str, str | None]:
    art = warta.read({"id": "t", "text": text, "published": "2025-10-21"}, layers=["entities", "places"])
    return {e.canonical: e.country for e in art.entities if e.label == "LOC"}


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Banjir merendam halaman Hotel Aston hingga Jalan Raya Kendal sejak Selasa malam.", "Hotel Aston"),
        ("Massa bergerak dari Hotel Sultan menuju Jalan Gatot Subroto Jakarta, Senin siang.", "Hotel Sultan"),
        ("Polisi menutup Simpang Kolonel Sugiono dan Jalan Raya Bogor selama perbaikan.", "Simpang Kolonel Sugiono"),
        ("Antrean kendaraan mengular dari Terminal Riverside hingga Jalan Raya Bekasi.", "Terminal Riverside"),
    ],
)
def test_a_site_takes_the_country_its_neighbours_show(text: str, site: str) -> None:
    assert _countries(text)[site] == "ID"


def test_a_story_abroad_keeps_its_country() -> None:
    text = (
        "Warga Kelurahan Cempaka ikut antre di Terminal Boarding Sentral di Seoul. Penerbangan dari "
        "Busan dan Incheon tertunda akibat badai yang melanda Korea Selatan."
    )
    assert _countries(text)["Terminal Boarding Sentral"] == "KR"
