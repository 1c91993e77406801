"""Villages and kecamatan from the DBpedia name list (weak places), addresses that place a name in
a country, and the sentence shapes of issue #16."""

from __future__ import annotations

import re

import pytest

import warta
from warta import places
from warta.document import Article, Entity, Mention
from warta.places import gazetteer


def article(text: str, locs: list[str]) -> Article:
    """Core layers only, then one LOC entity per name (every whole-word occurrence a mention)."""
    a = warta.read(text, layers=[])
    a.entities = []
    for name in locs:
        ms = [Mention(m.start(), m.end(), name) for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", a.norm)]
        assert ms, name
        a.entities.append(Entity(name, "LOC", ms))
    places.annotate(a)
    return a


def ent(a: Article, name: str) -> Entity:
    return next(e for e in a.entities if e.canonical == name)


def test_weak_places_are_in_the_gazetteer_after_the_strong_ones() -> None:
    gaz = gazetteer.get()
    found = gaz.lookup("Karangawen")  # a kecamatan of Demak (DBpedia: `X, Karangawen, Demak`)
    assert found and all(gaz.is_weak(p) and p.country == "ID" for p, _c in found)
    assert any(p.province == "ID-JT" for p, _c in found)
    county = gaz.lookup("Los Angeles County")
    assert county and county[0][0].country == "US"
    assert not any(gaz.is_weak(p) for p, _c in gaz.lookup("Jakarta"))


def test_kecamatan_of_the_name_list_in_a_story_at_home() -> None:
    a = article(
        "Banjir merendam ratusan rumah di Sayung dan Karangawen. Warga mengungsi ke balai desa.",
        ["Sayung", "Karangawen"],
    )
    for name in ("Sayung", "Karangawen"):
        e = ent(a, name)
        assert e.country == "ID" and e.geo["method"] == "name-list" and e.geo["province_code"] == "ID-JT"


def test_village_of_the_name_list_is_not_taken_in_a_story_abroad() -> None:
    # an unknown name in a story whose places are all Japanese is not an Indonesian village
    a = article(
        "Tokyo - Polisi Jepang menangkap seorang pria di Shinjuku, Tokyo. Ia tinggal di Osaka dan "
        "Karangawen sebelum pindah ke Kyoto.",
        ["Tokyo", "Jepang", "Shinjuku", "Osaka", "Karangawen", "Kyoto"],
    )
    assert ent(a, "Karangawen").country != "ID"


@pytest.mark.parametrize(
    ("text", "locs", "name", "country"),
    [
        # an unknown town before a country is in that country
        (
            "Aprilia menggelar tes privat di Misano, Italia, sebelum balapan di Mandalika.",
            ["Misano", "Italia", "Mandalika"],
            "Misano",
            "IT",
        ),
        (
            "Kekerasan terjadi di Kamanyola, Republik Demokratik Kongo, pada Jumat.",
            ["Kamanyola", "Republik Demokratik Kongo"],
            "Kamanyola",
            "CD",
        ),
        # a town read abroad but placed by the text beside a city of another country
        (
            "Di Penrith, sebelah barat Sydney, warga merasakan kepanasan luar biasa.",
            ["Penrith", "Sydney"],
            "Penrith",
            "AU",
        ),
        # 'X City' is in X
        (
            "Gempa membuat hampir satu juta rumah tak mendapat listrik di Meksiko City.",
            ["Meksiko City"],
            "Meksiko City",
            "MX",
        ),
        # regions and continents have no country
        (
            "Thailand adalah tim terbaik di Asia Tenggara, kata dia di Jakarta.",
            ["Thailand", "Asia Tenggara", "Jakarta"],
            "Asia Tenggara",
            None,
        ),
        # … nor does a part of one ('Afrika Utara'), nor a sea between countries
        (
            "Moskow - Rusia memperluas pengaruh di Timur Tengah dan Afrika Utara, kata pejabat di Moskow.",
            ["Moskow", "Rusia", "Timur Tengah", "Afrika Utara"],
            "Afrika Utara",
            None,
        ),
        (
            "Jakarta - Kapal tanker Indonesia melintasi Laut Merah menuju Teluk Persia.",
            ["Jakarta", "Indonesia", "Laut Merah", "Teluk Persia"],
            "Laut Merah",
            None,
        ),
    ],
)
def test_sentence_shapes(text: str, locs: list[str], name: str, country: str | None) -> None:
    assert ent(article(text, locs), name).country == country


def test_list_of_countries_after_an_unknown_name_is_no_address() -> None:
    a = article("Delegasi dari Zorblania, Venezuela, dan Kuba hadir.", ["Zorblania", "Venezuela", "Kuba"])
    assert ent(a, "Zorblania").country is None
    a = article("Delegasi dari Kuba, Zorblania, Venezuela hadir.", ["Kuba", "Zorblania", "Venezuela"])
    assert ent(a, "Zorblania").country is None


def test_name_look_model_tells_indonesian_from_foreign_names() -> None:
    from warta.places.looks import indonesian_odds

    for name in ("Onggorawe", "Rawapanjang", "Sialang Bungkuk"):
        assert indonesian_odds(name) > 0.9, name
    for name in ("Jamiltepec", "Penrith", "Avdiivka", "Springfield"):
        assert indonesian_odds(name) < 0.1, name


def test_unknown_foreign_looking_town_takes_no_country_from_a_story_at_home() -> None:
    a = article(
        "Jakarta - Pebalap Indonesia berlatih di Jakarta dan Mandalika, Nusa Tenggara Barat, lalu "
        "terbang ke Zwartewaal untuk tes privat.",
        ["Jakarta", "Indonesia", "Mandalika", "Nusa Tenggara Barat", "Zwartewaal"],
    )
    assert ent(a, "Zwartewaal").country is None


def test_unknown_indonesian_looking_name_in_a_mixed_story() -> None:
    # Indonesia leads but not clearly (no 60% majority): the name's look decides
    a = article(
        "Warga Sumberpucung di Malang menonton laga timnas di Jepang dan Tiongkok. Warga Ngantangrejo juga.",
        ["Sumberpucung", "Malang", "Jepang", "Tiongkok", "Ngantangrejo"],
    )
    e = ent(a, "Ngantangrejo")
    assert e.country == "ID" and e.geo["method"] == "name-look"
