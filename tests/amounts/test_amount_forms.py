"""Amount forms taken from real articles (detik_2025.jsonl = D, indosum_dev.jsonl = I), values checked by hand."""

from __future__ import annotations

import math

import pytest

from warta.amounts import annotate, find_amounts
from warta.amounts.numbers import parse_digits, word_number
from warta.dates import annotate as annotate_dates
from warta.document import Article
from warta.document.normalize import normalize

# (phrase, [(text, value, kind, unit, currency), ...])
CASES = [
    # money
    ("denda paling banyak Rp 1.000.000.000. Dalam", [("Rp 1.000.000.000", 1e9, "money", None, "IDR")]),  # D
    (
        "bunga utang dalam negeri sebesar Rp 538,70 triliun dan",
        [("Rp 538,70 triliun", 538.7e12, "money", None, "IDR")],
    ),  # D
    (
        "melalui RITS yang mencapai US$ 300 juta atau Rp 4,4 triliun",  # D
        [("US$ 300 juta", 300e6, "money", None, "USD"), ("Rp 4,4 triliun", 4.4e12, "money", None, "IDR")],
    ),
    ("tembakau yang diimpor ditetapkan Rp 1.120 dan harga jual", [("Rp 1.120", 1120.0, "money", None, "IDR")]),  # I
    (
        "total belanja APBN yang sebesar Rp 3.621,3 triliun. Angka",
        [("Rp 3.621,3 triliun", 3621.3e12, "money", None, "IDR")],
    ),  # D
    ("Dana Lingkungan Hidup (BPDLH): Rp 69,60 miliar", [("Rp 69,60 miliar", 69.6e9, "money", None, "IDR")]),  # D
    ("mereka akan menerima total Rp 1,5 juta pada akhir", [("Rp 1,5 juta", 1.5e6, "money", None, "IDR")]),  # D
    ("ekonomi Rp129 triliun sampai dengan saat", [("Rp129 triliun", 129e12, "money", None, "IDR")]),  # D
    (
        "Seperti merenovasi ribuan sekolah. Rp 13 T ini",
        [("ribuan sekolah", 1000.0, "quantity", "sekolah", None), ("Rp 13 T", 13e12, "money", None, "IDR")],
    ),  # D
    ("Dari kebutuhan USD 285 miliar, Indonesia", [("USD 285 miliar", 285e9, "money", None, "USD")]),  # D
    ("sekitar US$285 miliar untuk mencapai", [("US$285 miliar", 285e9, "money", None, "USD")]),  # D
    ("iPhone 7 Plus tahun lalu dibanderol $ 969", [("$ 969", 969.0, "money", None, "USD")]),  # I
    (
        "defisit AS sebesar USD 3,4 triliun selama satu dekade",
        [("USD 3,4 triliun", 3.4e12, "money", None, "USD"), ("satu dekade", 1.0, "quantity", "dekade", None)],
    ),  # D
    ("Rp 300 ribu per bulan", [("Rp 300 ribu", 300e3, "money", None, "IDR")]),
    ("bantuan senilai 1,2 juta dolar AS untuk", [("1,2 juta dolar AS", 1.2e6, "money", None, "USD")]),
    (
        "harga Rp 4,4 juta untuk 20 liter Deo",
        [("Rp 4,4 juta", 4.4e6, "money", None, "IDR"), ("20 liter", 20.0, "quantity", "liter", None)],
    ),  # I
    ("pinjaman 500 juta euro dari", [("500 juta euro", 500e6, "money", None, "EUR")]),
    ("kocek puluhan hingga ratusan juta .", [("ratusan juta", 1e8, "quantity", None, None)]),  # I
    # percentages
    ("Tambahan 20% bisa didapatkan", [("20%", 20.0, "percent", "%", None)]),  # D
    (
        "sebanyak 25 basis poin menjadi 5,25%. BI juga",
        [("25 basis", None, None, None, None), ("5,25%", 5.25, "percent", "%", None)],
    ),  # D
    ("ambang batas sebesar 20 persen untuk perolehan", [("20 persen", 20.0, "percent", "%", None)]),  # I
    ("persentasenya turun 0,1%. SCROLL", [("0,1%", 0.1, "percent", "%", None)]),  # D
    (
        "September 2024 sebesar 8,57%, menurun 0,46%",
        [("8,57%", 8.57, "percent", "%", None), ("0,46%", 0.46, "percent", "%", None)],
    ),  # D
    (
        "membiayai sekitar 15-16% dari total",
        [("15", 15.0, "percent", "%", None), ("16%", 16.0, "percent", "%", None)],
    ),  # D
    # quantities
    ("Kejari Sikka menetapkan 8 orang sebagai tersangka", [("8 orang", 8.0, "quantity", "orang", None)]),  # D
    ("jarak tempuh 130 km . Selain itu", [("130 km", 130.0, "quantity", "km", None)]),  # I
    ("roda dua 9.051 unit dan roda empat", [("9.051 unit", 9051.0, "quantity", "unit", None)]),  # I
    ("di daerah Serang terdapat 22 rumah direhabilitasi", [("22 rumah", 22.0, "quantity", "rumah", None)]),  # D
    (
        "turun menjadi 23,85 juta orang atau 8,47% dari",
        [("23,85 juta orang", 23.85e6, "quantity", "orang", None), ("8,47%", 8.47, "percent", "%", None)],
    ),  # D
    (
        "menyerap ratusan ribu tenaga kerja. Ini",
        [("ratusan ribu tenaga kerja", 1e5, "quantity", "tenaga kerja", None)],
    ),  # D
    (
        "polisi berhasil mengamankan ratusan dokumen palsu",
        [("ratusan dokumen", 100.0, "quantity", "dokumen", None)],
    ),  # I
    ("lahan seluas 4.000 hektare di", [("4.000 hektare", 4000.0, "quantity", "hektare", None)]),
    (
        "dengan suhu bisa sampai 35-38 derajat Celcius.",
        [
            ("35", 35.0, "quantity", "derajat celcius", None),
            ("38 derajat Celcius", 38.0, "quantity", "derajat celcius", None),
        ],
    ),  # D
    ("Humas menyalurkan 5 juta paket sembako", [("5 juta paket", 5e6, "quantity", "paket", None)]),
    ("Kabinet memperingati satu tahun pemerintahan Prabowo", [("satu tahun", 1.0, "quantity", "tahun", None)]),  # D
    ("menjadi salah satu anggota komisi etik", []),  # D: "salah satu" is "one of"
    ("dua puluh lima orang korban", [("dua puluh lima orang", 25.0, "quantity", "orang", None)]),
    ("dari 1.5 juta orang", [("1.5 juta orang", 1.5e6, "quantity", "orang", None)]),
    ("Pasal 28 ayat 1 dan ke-3 kalinya", []),
    ("jaringan 5G dan COVID-19", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_amount_forms(text: str, expected: list[tuple]) -> None:
    got = find_amounts(text)
    expected = [e for e in expected if e[1] is not None]  # None rows document what must NOT come out
    assert [(a.text, a.kind, a.unit, a.currency) for a in got] == [(e[0], e[2], e[3], e[4]) for e in expected]
    for a, e in zip(got, expected, strict=True):
        assert math.isclose(a.value, e[1], rel_tol=1e-12), (a.text, a.value, e[1])


@pytest.mark.parametrize(
    ("s", "value"),
    [("1.000.000", 1e6), ("2,65", 2.65), ("1.5", 1.5), ("1.500", 1500.0), ("1,200,000", 1.2e6), ("3.621,3", 3621.3)],
)
def test_digits(s: str, value: float) -> None:
    assert parse_digits(s) == value


@pytest.mark.parametrize(
    ("s", "value", "approx"),
    [
        ("dua puluh", 20, False),
        ("seratus dua puluh lima", 125, False),
        ("sebelas", 11, False),
        ("tiga belas", 13, False),
        ("puluhan", 10, True),
        ("ratusan ribu", 1e5, True),
        ("dua ratus", 200, False),
    ],
)
def test_words(s: str, value: float, approx: bool) -> None:
    assert word_number(s) == (value, approx)


def test_layer_skips_dates_and_keeps_offsets() -> None:
    text = "Jakarta\u00a0- Anggaran Rp\u00a05,6 triliun pada tahun 2025 untuk 32 tahun ke depan, kata dia, Rabu (13/9/2023)."
    art = Article(text=text, norm=normalize(text))
    annotate_dates(art)
    annotate(art)
    got = [(a.text, a.value, text[a.start : a.end]) for a in art.amounts]
    assert got == [("Rp 5,6 triliun", 5.6e12, "Rp\u00a05,6 triliun"), ("32 tahun", 32.0, "32 tahun")]
