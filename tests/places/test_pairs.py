"""Places (issue #16, round 15): two places joined by a hyphen are two places; the dateline's
place stays a place even when a longer name of a body ends with it."""

from __future__ import annotations

import warta


def entities(text: str) -> dict[str, tuple[str, str | None]]:
    art = warta.read(text, layers=["entities", "places"])
    return {e.canonical: (e.label, e.country) for e in art.entities}


def test_a_stretch_between_two_places_is_split():
    got = entities("Kemacetan panjang terjadi di ruas arah Cibadak-Cisaat, Sukabumi, sejak pagi tadi.")
    assert got.get("Cisaat") == ("LOC", "ID"), got
    assert "Cibadak-Cisaat" not in got, got


def test_a_street_named_after_two_places_stays_whole():
    got = entities("Banjir merendam Jalan Pantura Semarang-Demak hingga sore.")
    assert "Demak" not in got, got


def test_a_pair_of_people_is_not_split():
    got = entities("Pasangan Ahok-Djarot menggelar syukuran di Jakarta.")
    assert "Djarot" not in got or got["Djarot"][0] != "LOC", got


def test_the_dateline_place_inside_a_body_name_is_a_place():
    text = (
        "Bandarlampung (ANTARA News) – Balai Besar Pengawas Obat dan Makanan Bandarlampung menyita "
        "ratusan kosmetik ilegal. Petugas di Bandarlampung juga memeriksa toko obat."
    )
    art = warta.read(text, layers=["entities", "places"])
    locs = {e.canonical: e.country for e in art.entities if e.label == "LOC"}
    assert locs.get("Bandarlampung") == "ID", art.entities
    assert not any(m.text == "Bandarlampung" for e in art.entities if e.label != "LOC" for m in e.mentions), (
        art.entities
    )


def test_a_pair_of_places_no_entity_covers_is_two_places():
    got = entities("Antrean kendaraan di jalur Padang-Solok mengular sejak pagi, kata petugas.")
    assert got.get("Solok") == ("LOC", "ID") and got.get("Padang") == ("LOC", "ID"), got


def test_a_pair_of_countries_read_as_a_double_name_is_two_places():
    got = entities("Perang Rusia-Ukraina memukul harga gandum dunia.")
    assert got.get("Ukraina") == ("LOC", "UA"), got
    assert "Rusia-Ukraina" not in got, got


def test_a_prefix_before_a_hyphen_is_no_place():
    got = entities("Harga cabai di Medan tertinggi Se-Indonesia pekan ini.")
    assert "Se" not in got and "Se-Indonesia" not in got, got
