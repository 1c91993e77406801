"""Chambers named bare, a regional body whose province is written alone too, and addresses
(`RT 04 RW 02`, `Jalan Raya` + a person's name) — issue #16, round 4, on news sentence shapes."""

from __future__ import annotations

import warta


def ents(text: str) -> dict[str, tuple[str, str | None]]:
    art = warta.read(text, layers=["entities", "places"])
    return {e.canonical: (e.label, e.country) for e in art.entities}


def test_a_foreign_chamber_named_bare_is_an_organisation() -> None:
    got = ents(
        "Presiden Prancis Emmanuel Macron meminta anggaran itu segera disahkan Parlemen. "
        "Di Washington, RUU imigrasi tertahan di Kongres karena kursi Senat terbelah."
    )
    for body in ("Parlemen", "Kongres", "Senat"):
        assert got.get(body, ("", None))[0] == "ORG", (body, got)


def test_a_chamber_word_inside_a_longer_name_or_before_an_ordinal_is_not_taken_alone() -> None:
    got = ents("Partai itu menggelar Kongres ke-6 di Surabaya. Ketua Kongres Pemuda Jawa hadir di sana.")
    assert "Kongres" not in got


def test_a_regional_council_keeps_its_province_when_the_province_is_named_alone_too() -> None:
    text = (
        "Bupati Tanah Laut, Sulawesi Selatan, Rahmat Hidayat ditahan jaksa. "
        "Sebelumnya Rahmat menjadi anggota DPRD Sulawesi Selatan periode 2014-2019."
    )
    got = ents(text)
    assert got.get("DPRD Sulawesi Selatan", ("",))[0] == "ORG", got
    assert "DPRD" not in got
    assert got.get("Sulawesi Selatan", ("",))[0] == "LOC"


def test_neighbourhood_units_end_a_place_name() -> None:
    got = ents("Petugas menemukan sarang ular di kebun Dusun Karangrejo RT 04 RW 02, kata Kapolsek.")
    assert "Dusun Karangrejo" in got and got["Dusun Karangrejo"][0] == "LOC"
    assert not any("RT" in name for name in got)


def test_a_unit_number_closes_the_address_before_the_village() -> None:
    got = ents("Air merendam rumah warga di RT 2 RW 7 Kelurahan Cempaka Baru sejak Senin malam.")
    assert "Kelurahan Cempaka Baru" in got, got


def test_a_main_road_named_after_a_person_is_one_place() -> None:
    got = ents("Kecelakaan terjadi di Jalan Raya Ahmad Dahlan, Kecamatan Medan Satria, Kota Bekasi, Rabu.")
    assert got.get("Jalan Raya Ahmad Dahlan", ("",))[0] == "LOC", got
    assert "Ahmad Dahlan" not in got and "Jalan Raya" not in got
