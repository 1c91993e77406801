"""Round 34 places (issue #16 item 8): how `places.unplaced` reads the list a name no list knows
stands in. A name the entities layer read as LOC, listed among people, is a person in a story
abroad too (before, only a name with no country or Indonesia's was read so, and a story of China
kept `Angelababy` a place of China); a neighbour read as a person in the same list counts for the
next one (`Cadangan: Jaume, Vidal, Vietto`); and a country set before a name by a bare comma with
nothing after (`perusahaan pelayaran dari Denmark, Maersk`) is the name's apposition, not a list of
places, while a unit before a bare comma opens an address (`di Kecamatan Palembayan, Salareh
Aia`) and keeps the name a place. Sentences written for the tests in the shapes of Indonesian
news."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from placecases import placed_labels  # noqa: E402


def test_a_star_listed_among_people_in_a_story_abroad_is_a_person() -> None:
    text = (
        "Film laga terbaru itu digarap di Beijing, China. Pemerannya antara lain Jackie Chan, "
        "Donnie Yen, Fan Bingbing, serta Lorababy. Film itu akan tayang di Shanghai, China."
    )
    got = placed_labels(
        text,
        {
            "PER": ["Jackie Chan", "Donnie Yen", "Fan Bingbing"],
            "LOC": ["Lorababy", "Beijing", "China", "Shanghai"],
        },
    )
    assert got["Lorababy"] == "PER"
    assert got["Beijing"] == "LOC"


def test_a_substitute_beside_another_read_as_a_person_is_a_person() -> None:
    text = (
        "Laga digelar di Stadion Mestalla, Valencia, Spanyol. Susunan pemain Valencia: Neto, "
        "Montoya, Garay, Parejo. Cadangan: Jorvane, Kestrup, Vietto, Zaza."
    )
    got = placed_labels(
        text,
        {
            "PER": ["Neto", "Montoya", "Garay", "Parejo", "Vietto", "Zaza"],
            "LOC": ["Jorvane", "Kestrup", "Stadion Mestalla", "Valencia", "Spanyol"],
        },
    )
    assert got["Kestrup"] == "PER"
    assert got["Jorvane"] == "PER"


def test_a_company_set_beside_its_country_is_no_place() -> None:
    text = (
        "Serangan siber itu melumpuhkan sistem pelabuhan di Jakarta Utara. Korban lain adalah "
        "perusahaan pelayaran dari Denmark, Vorsk. Petugas di Tanjung Priok masih memeriksa kontainer."
    )
    got = placed_labels(text, {"LOC": ["Jakarta Utara", "Denmark", "Vorsk", "Tanjung Priok"]})
    assert "Vorsk" not in got
    assert got["Denmark"] == "LOC"


def test_a_name_after_a_district_and_a_bare_comma_stays_a_place() -> None:
    text = (
        "Tim SAR gabungan menyusuri aliran sungai di Kecamatan Palembayan, Salareh Aia untuk "
        "mengevakuasi warga. Bantuan juga dikirim ke Kabupaten Agam, Sumatera Barat."
    )
    got = placed_labels(text, {"LOC": ["Kecamatan Palembayan", "Salareh Aia", "Kabupaten Agam", "Sumatera Barat"]})
    assert got.get("Salareh Aia") == "LOC"
