"""A town abroad placed beside a place of the story's country (`X, sebelah barat Sydney`) lies
in that country, even when the gazetteer knows a bigger namesake elsewhere (issue #16)."""

import pytest

import warta


@pytest.mark.parametrize("town", ["Windsor", "Camden"])
def test_a_town_placed_beside_a_city_takes_that_citys_country(town):
    text = (
        f"Sydney - Gelombang panas melanda Australia. Di {town}, sebelah barat Sydney, suhu mencapai "
        f"45 derajat. Warga {town} diminta tetap di rumah."
    )
    art = warta.read(text, layers=["entities", "places"])
    countries = {e.canonical: e.country for e in art.entities if e.label == "LOC"}
    assert countries[town] == "AU"


def test_a_town_standing_alone_keeps_its_gazetteer_country():
    text = "Jakarta - Pameran itu digelar di Windsor pekan lalu dan dikunjungi ribuan orang."
    art = warta.read(text, layers=["entities", "places"])
    countries = {e.canonical: e.country for e in art.entities if e.label == "LOC"}
    assert countries.get("Windsor") not in ("AU", "ID")


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Samarinda - Banjir merendam ratusan rumah di Kukar sejak Senin.", "Kukar"),
        ("Barabai - Bupati HST meninjau lokasi longsor di pegunungan Meratus.", "HST"),
        ("Makassar - Wisatawan memadati objek wisata di Tator saat libur panjang.", "Tator"),
    ],
)
def test_a_regencys_short_form_is_a_place_in_indonesia(sentence, name):
    art = warta.read(sentence, layers=["entities", "places"])
    found = {e.canonical: (e.label, e.country) for e in art.entities}
    assert found.get(name) == ("LOC", "ID")
