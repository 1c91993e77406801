"""Round 16 place rules (issue #16): stories written for the tests, not taken from the eval sets."""

from __future__ import annotations

import warta

_ABROAD = """Liputan6.com, Jakarta - Kebakaran hutan melanda wilayah Valparaiso, Chile, pada Sabtu.

Api menjalar dari Valparaiso menuju Santiago. Pemerintah Chile menetapkan status darurat di Valparaiso dan Santiago.

Petugas memadamkan api di Pegunungan Rocablanca yang berada di dekat kota itu."""

_HOME = """Liputan6.com, Jakarta - Banjir merendam permukiman di Bekasi pada Sabtu.

Air juga masuk ke rumah warga di Bogor. Warga Bekasi mengungsi ke masjid.

Petugas membuka posko di Pegunungan Rocablanca yang berada di dekat kota itu."""


def _country(text: str, name: str) -> str | None:
    art = warta.read(text, layers=["entities", "places"])
    return next(e.country for e in art.entities if e.canonical == name)


def test_a_home_dateline_yields_to_a_story_set_abroad() -> None:
    assert _country(_ABROAD, "Pegunungan Rocablanca") == "CL"


def test_a_home_dateline_still_places_a_site_of_a_story_at_home() -> None:
    assert _country(_HOME, "Pegunungan Rocablanca") == "ID"


def test_a_hand_listed_site_abroad_takes_its_country_over_a_town_of_the_same_name() -> None:
    text = "Marquez menang di Sirkuit Sepang pada Minggu. Sebelumnya ia juara di Sirkuit Mugello dan berfoto di Burj Khalifa."
    art = warta.read(text, layers=["entities", "places"])
    got = {e.canonical: (e.label, e.country) for e in art.entities if e.label == "LOC"}
    assert got["Sirkuit Sepang"] == ("LOC", "MY")
    assert got["Sirkuit Mugello"] == ("LOC", "IT")
    assert got["Burj Khalifa"] == ("LOC", "AE")
