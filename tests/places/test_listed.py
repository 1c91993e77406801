"""Places (issue #16, round 15): a numbered list flattened by a scrape glues each item's number to
the last word of the item before it (`Jawa Timur2.`); the place closing the item is still read."""

from __future__ import annotations

import warta
from warta.places.listed import glued_item_ends


def locs(text: str) -> dict[str, str | None]:
    art = warta.read(text, layers=["entities", "places"])
    return {e.canonical: e.country for e in art.entities if e.label == "LOC"}


LIST = (
    "Berikut lokasi gudang baru yang akan dibangun:\n"
    "1. Gudang Bulog Cabang Utama, Kediri, Jawa Timur2. Gudang Bulog Cabang Dua, Palu, "
    "Sulawesi Tengah3. Gudang Bulog Cabang Tiga, Ketapang, Kalimantan Barat4. Gudang Bulog Cabang "
    "Empat, Merauke, Papua Selatan\nPembangunan dimulai tahun depan."
)


def test_the_province_closing_a_glued_item_is_whole():
    got = locs(LIST)
    for name in ("Jawa Timur", "Sulawesi Tengah", "Kalimantan Barat"):
        assert got.get(name) == "ID", got
    assert "Jawa" not in got and "Kalimantan" not in got, got


def test_the_town_before_the_province_of_a_glued_item_is_a_place():
    got = locs(LIST)
    assert got.get("Palu") == "ID" and got.get("Ketapang") == "ID", got


def test_a_lone_glued_number_is_no_list():
    assert glued_item_ends("Mesin itu memenuhi standar Euro3. Kapasitasnya besar.") == []
    assert glued_item_ends("1. Jawa Timur2. Jawa Barat3. Bali") != []


def test_a_body_closing_a_glued_item_keeps_its_place_inside():
    # `DPRD Kudus2.`: the place is part of the body's name, not added as a place of its own
    text = "Tersangka:\n1. Budi, anggota DPRD Kudus2. Andi, anggota DPRD Kudus3. Rudi, swasta"
    art = warta.read(text, layers=["entities", "places"])
    starts = {m.start for e in art.entities if e.label == "LOC" for m in e.mentions}
    ends = glued_item_ends(art.norm)
    assert not any(text[s : s + 5] == "Kudus" and s + 5 in ends for s in starts), art.entities
