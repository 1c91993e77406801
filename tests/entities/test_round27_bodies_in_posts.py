"""Round 27: a body written inside a person's post right before the name (`Kepala Klinik Harapan
Sentosa Rina Marlina`, `pengacara Departemen Kehakiman Kanada, …`, `pebalap Ferrata …`, `Gelandang
PS Polri …`) is an organisation the article names, with every place it is written; a field, a
unit or a board inside a post (`Menteri Perindustrian`, `Departemen Komunikasi Bank Indonesia`,
`Dewan Komisioner …`) is not. Sentences written for the tests."""

from __future__ import annotations

import pytest

import warta


def _entities(text: str) -> dict[str, warta.document.model.Entity]:
    return {e.canonical: e for e in warta.read(text, layers=["entities"]).entities}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Kepala Klinik Harapan Sentosa Rina Marlina mengatakan antrean pasien bertambah sejak Senin. "
            "Pada bulan lalu, Klinik Harapan Sentosa melayani 900 pasien.",
            "Klinik Harapan Sentosa",
        ),
        (
            "Hal itu disampaikan pengacara Departemen Kehakiman Kanada, Margaret Doyle, di depan hakim.",
            "Departemen Kehakiman Kanada",
        ),
        (
            "Hasil itu membuat pebalap Ferrata Lorenzo Bassi finis kelima. Sementara itu, mesin Ferrata "
            "kembali bermasalah.",
            "Ferrata",
        ),
        (
            "Gelandang PS Polri Rendi Saputra dijatuhi sanksi tiga laga. Ia pemain ketiga PS Polri yang "
            "dihukum musim ini.",
            "PS Polri",
        ),
    ],
)
def test_a_body_inside_a_post_is_an_organisation(text: str, body: str) -> None:
    found = _entities(text).get(body)
    assert found is not None and found.label == "ORG"
    assert all(text[m.start : m.end] == m.text for m in found.mentions)
    assert len(found.mentions) == text.count(body)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Menteri Perindustrian Agus Salim membuka pameran itu. Kementerian Perindustrian menargetkan "
            "ekspor naik. Aturan itu diatur dalam undang-undang tentang Perindustrian.",
            "Perindustrian",
        ),
        (
            "Kepala Departemen Komunikasi Bank Indonesia Hendra Wijaya mengatakan inflasi terkendali. "
            "Bank Indonesia menahan suku bunga.",
            "Departemen Komunikasi Bank Indonesia",
        ),
        ("Wakil Menteri Koperasi Dewi Anggraini hadir dalam acara itu.", "Koperasi"),
        (
            "Ketua Dewan Komisioner Lembaga Penjamin Simpanan Hendra Kusuma mengatakan simpanan aman.",
            "Dewan Komisioner Lembaga Penjamin Simpanan",
        ),
    ],
)
def test_a_field_or_a_unit_inside_a_post_is_no_body(text: str, words: str) -> None:
    assert words not in _entities(text)
