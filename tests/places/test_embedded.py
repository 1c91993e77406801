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


def test_direction_cut_from_a_district() -> None:
    """`Karawang` cut from `Karawang Timur` by the name tagger: the place takes its direction back."""
    from warta.document import Article, Entity, Mention
    from warta.document.normalize import normalize
    from warta.places.embedded import extend_directional

    text = "Kemacetan mengular dari Karawang Timur hingga Cikampek, lalu di Karawang kota lancar."
    a = Article(text=text, norm=normalize(text))
    k1, k2 = text.index("Karawang"), text.rindex("Karawang")
    a.entities = [
        Entity("Karawang", "LOC", [Mention(k1, k1 + 8, "Karawang"), Mention(k2, k2 + 8, "Karawang")]),
        Entity("Cikampek", "LOC", [Mention(text.index("Cikampek"), text.index("Cikampek") + 8, "Cikampek")]),
    ]
    extend_directional(a, gazetteer.get())
    names = {e.canonical: [(m.start, m.end) for m in e.mentions] for e in a.entities}
    assert names["Karawang Timur"] == [(k1, k1 + 14)] and names["Karawang"] == [(k2, k2 + 8)]
    assert text[k1 : k1 + 14] == "Karawang Timur"


def test_the_city_hall_holds_no_city_unit() -> None:
    import warta

    art = warta.read(
        "Wali kota itu ditemui di Balai Kota Surabaya, Jalan Taman Surya, Senin.", layers=["entities", "places"]
    )
    assert not any(e.canonical == "Kota Surabaya" for e in art.entities), [e.canonical for e in art.entities]
