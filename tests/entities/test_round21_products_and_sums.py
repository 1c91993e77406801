"""Round 21 (found on unannotated detik articles): a one-word name the article writes once after a
noun of goods or a vehicle is the product's name wherever it stands (`mobil Fortuner`, then
`pengemudi Fortuner`), and a sum of money cut at its digits (`Rp200 ribu`) names nobody.
Sentences written for the tests."""

from __future__ import annotations

import pytest

import warta


def _names(text: str) -> dict[str, str]:
    return {e.canonical: e.label for e in warta.read(text, layers=["entities"]).entities}


@pytest.mark.parametrize(
    ("text", "product"),
    [
        (
            "Polisi menghentikan mobil Fortuner berpelat palsu di Jalan Pemuda, Semarang, Senin (3/11/2025). "
            "Pengemudi Fortuner itu berinisial BS (41). Video Fortuner yang melaju di bahu jalan sempat viral.",
            "Fortuner",
        ),
        (
            "Utang proyek kereta cepat Jakarta-Surabaya alias Zephyr terus membengkak. Menurut pengamat, "
            'Zephyr harus diselamatkan. "Zephyr masih dibutuhkan warga," ujar Andi Wijaya.',
            "Zephyr",
        ),
    ],
)
def test_a_name_once_written_after_a_vehicle_noun_is_a_product(text: str, product: str) -> None:
    names = _names(text)
    assert product not in names
    assert "Andi Wijaya" in names or "BS" in names  # the people around it stay


def test_a_known_person_after_a_vehicle_word_stays_a_person() -> None:
    text = (
        "Pemilih enggan memilih Gerindra sebagai kendaraan utama Prabowo. "
        "Kemenangan Prabowo ditopang oleh karismanya, kata pengamat."
    )
    assert _names(text).get("Prabowo") == "PER"


@pytest.mark.parametrize(
    "text",
    [
        'Warga menerima bantuan Rp300 ribu per bulan. "Ada tambahan dari Bapak Bupati, Rp200 ribu," '
        "kata Kepala Desa Sukamaju, Rahmat Hidayat.",
        "Kerugian negara mencapai Rp2,36 miliar menurut audit. Tersangka ditahan di Majalengka.",
    ],
)
def test_a_sum_of_money_is_no_name(text: str) -> None:
    assert not [n for n in _names(text) if n.startswith("Rp")]
