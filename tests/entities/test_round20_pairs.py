"""Round 20: names a hyphen joins into a pair are two entities (`pairs.split_pairs`); sentences
written for the tests, not taken from any eval set."""

from __future__ import annotations

import pytest

import warta
from warta.document.model import Entity, Mention
from warta.entities.pairs import split_pairs


def _names(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.canonical) for e in warta.read(text, layers=["entities"]).entities]


def _one(text: str, name: str, label: str) -> list[Entity]:
    s = text.index(name)
    return [Entity(name, label, [Mention(s, s + len(name), name)])]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Hasil hitung cepat menunjukkan pasangan Ahmad Syarifudin-Dewi Kartika Sari unggul di Kabupaten Garut. "
            "Ahmad Syarifudin mengaku bersyukur atas hasil itu.",
            "Ahmad Syarifudin",
            "Dewi Kartika Sari",
        ),
        (
            "Warga menilai kepemimpinan Bambang Hermawan-Siti Nurjanah Lestari selama dua tahun cukup baik, "
            "kata Ketua DPRD Kota Bekasi, Andi Saputra.",
            "Bambang Hermawan",
            "Siti Nurjanah Lestari",
        ),
    ],
)
def test_two_full_names_joined_by_a_hyphen_are_two_people(text: str, first: str, second: str) -> None:
    names = _names(text)
    assert ("PER", first) in names
    assert ("PER", second) in names
    assert not any("-" in n for _, n in names)


def test_two_known_places_in_one_hyphened_word_are_two_places() -> None:
    text = "Ketegangan hubungan Tokyo-Seoul kembali memanas pekan ini."
    out = split_pairs(text, _one(text, "Tokyo-Seoul", "LOC"))
    assert sorted((e.label, e.canonical) for e in out) == [("LOC", "Seoul"), ("LOC", "Tokyo")]


def test_two_listed_parties_in_one_hyphened_word_are_two_bodies() -> None:
    text = "Koalisi PKB-Golkar mengusung calon yang sama di pilkada itu."
    out = split_pairs(text, _one(text, "PKB-Golkar", "ORG"))
    assert sorted(e.canonical for e in out) == ["Golkar", "PKB"]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Rapat gabungan DPR-DPRD membahas anggaran daerah.", "DPR-DPRD", "ORG"),  # tiers of one body
        ("Sekjen Perserikatan Bangsa-Bangsa tiba kemarin.", "Perserikatan Bangsa-Bangsa", "ORG"),  # doubled word
        ("Diplomat Jean-Pierre Lacroix tiba di Juba.", "Jean-Pierre Lacroix", "PER"),  # a double given name
        ("Utusan Oscar Fernandez-Taranco memimpin misi itu.", "Oscar Fernandez-Taranco", "PER"),  # double surname
        ("Macet panjang terjadi di Jalan Raya Semarang-Demak sejak pagi.", "Jalan Raya Semarang-Demak", "LOC"),
    ],
)
def test_hyphened_names_that_are_one_name_stay_whole(text: str, name: str, label: str) -> None:
    out = split_pairs(text, _one(text, name, label))
    assert [(e.label, e.canonical) for e in out] == [(label, name)]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Kunjungan itu terjadi saat hubungan Tokyo-Washington sedang renggang.", "Tokyo", "Washington"),
        ("Penerbangan langsung rute Seoul-Denpasar kembali dibuka bulan depan.", "Seoul", "Denpasar"),
    ],
)
def test_two_known_places_in_a_hyphened_word_no_name_covers_are_two_places(text: str, first: str, second: str) -> None:
    names = [(e.label, e.canonical) for e in warta.read(text).entities]
    assert ("LOC", first) in names
    assert ("LOC", second) in names
    assert not any("-" in n for _, n in names)
