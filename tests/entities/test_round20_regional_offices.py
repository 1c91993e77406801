"""Round 20: a listed body's short name right before an Indonesian region is its regional office,
one organisation (`regional_bodies.join_listed_regional`); sentences written for the tests."""

from __future__ import annotations

import pytest

import warta


def _names(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.canonical) for e in warta.read(text, layers=["entities"]).entities]


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Petugas BPBD Kabupaten Garut masih mendata rumah yang rusak akibat longsor.", "BPBD Kabupaten Garut"),
        ("Data BPS Jawa Tengah menunjukkan angka kemiskinan turun tipis.", "BPS Jawa Tengah"),
        ("Tim BNN Kota Bekasi menggerebek sebuah rumah kos di Bekasi Timur.", "BNN Kota Bekasi"),
        ("Ketua MUI Sumatera Barat meminta warga tidak terprovokasi.", "MUI Sumatera Barat"),
    ],
)
def test_a_listed_body_before_a_region_is_its_regional_office(text: str, office: str) -> None:
    names = _names(text)
    assert ("ORG", office) in names
    assert ("ORG", office.split()[0]) not in names


def test_a_party_before_a_region_stays_the_party() -> None:
    names = _names("Rapat DPW PSI Jawa Tengah digelar tertutup di Semarang.")
    assert not any(label == "ORG" and name.endswith("PSI Jawa Tengah") for label, name in names)


def test_a_listed_body_before_a_country_is_not_a_regional_office() -> None:
    names = _names("Ketua Umum Kadin Indonesia menyambut baik kebijakan itu.")
    assert ("ORG", "Kadin Indonesia") not in names or ("LOC", "Indonesia") not in names


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Menurut petugas Damkar, api baru bisa dipadamkan setelah dua jam.", "Damkar"),
        ("Kepala Bappeda Kabupaten Sumedang menyebut anggaran tahun depan turun.", "Bappeda Kabupaten Sumedang"),
        ("Warga melaporkan bau menyengat itu ke DLH Kota Bekasi pekan lalu.", "DLH Kota Bekasi"),
        ("Petugas Dinsos Kabupaten Cianjur mendata warga yang mengungsi.", "Dinsos Kabupaten Cianjur"),
    ],
)
def test_a_regional_agency_named_by_its_short_form_is_a_body(text: str, body: str) -> None:
    assert ("ORG", body) in _names(text)
