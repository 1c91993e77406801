"""A district or regency closing a site's name is a place of the story of its own; a place that
is part of an office's name (`Pemerintah Kota Bekasi`, `Polres Tangerang Selatan`) is not."""

from __future__ import annotations

import pytest

from warta.places import gazetteer
from warta.places.embedded import _tail_place


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("Lembaga Pemasyarakatan Arga Makmur Kabupaten Bengkulu Utara", "Kabupaten Bengkulu Utara"),
        ("Komplek Ruko Mangga Dua Jakarta Utara", "Jakarta Utara"),
        ("Bank BCA Kantor Cabang P. Jayakarta Jakarta Pusat", "Jakarta Pusat"),
        ("SMP 12 Krui Kabupaten Pesisir Barat", "Kabupaten Pesisir Barat"),
        ("Pemerintah Kota Bekasi", None),
        ("Dinas PUPR Kota Bekasi", None),
        ("Polres Tangerang Selatan", None),
        ("Satgas Penanggulangan Aktivitas Ilegal Otorita Ibu Kota Nusantara", None),
        ("Stasiun Jakarta Kota. Upaya", None),
    ],
)
def test_tail_place(name: str, place: str | None) -> None:
    got = _tail_place(name, gazetteer.get())
    assert (got[1] if got else None) == place
    if got:
        assert name[got[0] :] == place


def test_added_as_a_place_with_offsets() -> None:
    import warta

    text = (
        "Bengkulu - Ratusan personel disiagakan di Lembaga Pemasyarakatan Arga Makmur Kabupaten Bengkulu Utara "
        "setelah bentrok antarnapi, kata Kapolda Bengkulu."
    )
    art = warta.read(text, layers=["entities", "places"])
    loc = [e for e in art.entities if e.label == "LOC" and e.canonical == "Kabupaten Bengkulu Utara"]
    assert loc and loc[0].country == "ID"
    m = loc[0].mentions[0]
    assert art.text[m.start : m.end] == "Kabupaten Bengkulu Utara"
