"""Round 31: a body named by its fields (`… , …, dan …`) whose list is closed by the body's region,
by the acronym of the body it belongs to or by its country before a person's name, and the heads
`Pusat`, `Forum`, `Lembaga` and `Kantor` (sentences written for the tests, in detik's style)."""

from __future__ import annotations

import pytest

import warta


def _orgs(text: str) -> list[str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return [e.canonical for e in ents if e.label == "ORG"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lomba lari itu digelar bersama Dinas Kebudayaan, Pemuda, dan Olahraga Kabupaten Blora serta "
            "Komunitas Lari Cepu. Warga Blora antusias mengikutinya.",
            "Dinas Kebudayaan, Pemuda, dan Olahraga Kabupaten Blora",
        ),
        (
            "Hal itu dikatakan Kepala Balai Karantina Pertanian, Perikanan, dan Kehutanan Jawa Timur Agus Salim "
            "di Surabaya. Produk dari Jawa Timur diperiksa ketat.",
            "Balai Karantina Pertanian, Perikanan, dan Kehutanan Jawa Timur",
        ),
        (
            "Kepala Pusat Data, Informasi, dan Humas BMKG Budi Santoso menyebut hujan masih turun.",
            "Pusat Data, Informasi, dan Humas",
        ),
        (
            "Turut hadir Analis Muda Kementerian Pemuda, dan Olahraga Republik Indonesia Rudi Hartono di acara itu.",
            "Kementerian Pemuda, dan Olahraga Republik Indonesia",
        ),
        (
            "Deklarasi itu dibacakan dalam Forum Riset, Inovasi, dan Teknologi Indonesia di Bandung pekan lalu.",
            "Forum Riset, Inovasi, dan Teknologi Indonesia",
        ),
        (
            "Barang sitaan dilelang lewat Kantor Pelayanan Kekayaan Negara dan Lelang. Hasilnya masuk kas negara.",
            "Kantor Pelayanan Kekayaan Negara dan Lelang",
        ),
    ],
)
def test_a_listed_body_runs_to_its_close(text: str, name: str) -> None:
    assert name in _orgs(text)


def test_a_site_after_dan_is_not_a_field() -> None:
    text = "Anggaran perawatan Kantor Presiden dan Istana Negara, Kantor Wakil Presiden dan lainnya naik."
    assert "Kantor Presiden dan Istana Negara" not in _orgs(text)
