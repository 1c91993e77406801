"""A town the gazetteer knows only abroad, listed among places of the story's one country,
lies in that country (`Mranggen, Guntur, Karangawen` in a Demak flood story); standing alone
(`Festival Film Venice`) or in a story that names its country, it keeps its own reading."""

from __future__ import annotations

import re

import warta
from warta import places
from warta.document import Article, Entity, Mention


def article(text: str, locs: list[str]) -> Article:
    """Core layers only, then one LOC entity per name with all its mentions."""
    a = warta.read(text, layers=[])
    a.entities = [
        Entity(n, "LOC", [Mention(m.start(), m.end(), n) for m in re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", a.norm)])
        for n in locs
    ]
    places.annotate(a)
    return a


def ent(a: Article, name: str) -> Entity:
    return next(e for e in a.entities if e.canonical == name)


def test_listed_among_local_places() -> None:
    a = article(
        "Banjir melanda Semarang dan Demak. Warga bisa lewat Onggorawe ke Mranggen kalau nggak ke Guntur, "
        "Karangawen. Di Sayung, Demak, air setinggi lutut. Kudus juga terdampak.",
        ["Semarang", "Demak", "Mranggen", "Guntur", "Karangawen", "Sayung", "Kudus"],
    )
    assert ent(a, "Guntur").country == "ID"


def test_alone_keeps_its_reading() -> None:
    a = article(
        "Film karya sutradara Bandung itu diputar di Venice. Produsernya dari Jakarta, Surabaya dan Medan.",
        ["Venice", "Bandung", "Jakarta", "Surabaya", "Medan"],
    )
    assert ent(a, "Venice").country == "IT"


def test_named_country_keeps_its_reading() -> None:
    a = article(
        "Delegasi dari Jakarta, Bandung dan Guntur, India, bertemu di Surabaya.",
        ["Jakarta", "Bandung", "Guntur", "India", "Surabaya"],
    )
    assert ent(a, "Guntur").country == "IN"


def test_indonesian_site_in_a_mostly_indonesian_story() -> None:
    a = article(
        "Kapal dari Jepang bersandar di Pelabuhan Tanjung Perak, Surabaya. Barang dibawa ke Terminal Mirah "
        "lewat Jalan Ciliwung. Ekspor Indonesia ke Jepang naik.",
        ["Jepang", "Pelabuhan Tanjung Perak", "Surabaya", "Terminal Mirah", "Jalan Ciliwung", "Indonesia"],
    )
    assert ent(a, "Jalan Ciliwung").country == "ID"


def test_dateline_place_in_capitals_is_a_town() -> None:
    import warta

    art = warta.read(
        "BRNO - Pebalap Spanyol Marc Marquez menjuarai balapan di Sirkuit Brno, Republik Ceska, Minggu.",
        layers=["entities", "places"],
    )
    brno = [e for e in art.entities if e.canonical.upper() == "BRNO"]
    assert brno and brno[0].country == "CZ"


def test_small_town_abroad_that_reads_indonesian_is_local_in_a_story_at_home() -> None:
    # `Cangandala` is a town in Angola; in a story at home that names no place in Angola it is a village
    import warta

    art = warta.read(
        "Bupati Sigi meninjau banjir di Palu, Sulawesi Tengah. Warga mengungsi ke Cangandala, kata petugas di Palu.",
        layers=["entities", "places"],
    )
    assert {e.canonical: e.country for e in art.entities}.get("Cangandala") == "ID"
    art = warta.read(
        "Relawan tiba di Luanda, Angola. Warga mengungsi ke Cangandala, kata petugas di Luanda.",
        layers=["entities", "places"],
    )
    assert {e.canonical: e.country for e in art.entities}.get("Cangandala") == "AO"
