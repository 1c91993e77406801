"""Furniture lines of detik's specials and programmes, and section titles that carry a number or
announce a text, on lines written for the test."""

from __future__ import annotations

import pytest

from warta.cleaning.furniture import furniture_reason
from warta.cleaning.headings import is_heading


@pytest.mark.parametrize(
    "line",
    [
        "'Simak juga video: Banjir Rob Rendam Pelabuhan, Warga Mengungsi'",
        '"Tonton juga video: Kapal Feri Kembali Berlayar"',
        "Laporan khusus Hari Pahlawan 2025 didukung oleh Bank Rakyat Indonesia.",
        "Liputan khusus Mudik Lebaran dipersembahkan oleh Pertamina",
        "Saksikan pembahasan lengkapnya hanya di program detikSore edisi Senin (3/11/2025). Nikmati terus "
        "informasi khas detikSore secara langsung pada Senin-Jumat, pukul 15.30-18.00 WIB, di 20.detik.com.",
    ],
)
def test_promotions_are_furniture(line: str) -> None:
    assert furniture_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Program ini didukung oleh Pemerintah Provinsi DKI Jakarta.",
        "Laporan khusus itu disusun tim investigasi dan didukung oleh data BPS.",
        "Saksikan saja nanti, kata dia, program itu akan berjalan.",
        '"Simak baik-baik penjelasan saya," kata Kapolda.',
    ],
)
def test_story_lines_stay(line: str) -> None:
    assert furniture_reason(line) is None


def test_heading_with_a_numbered_regulation() -> None:
    assert is_heading("Revisi PP 99/2012")
    assert not is_heading("24 Juni 2025")
    assert not is_heading("Tahun 2024")


def test_announcing_label_between_paragraphs() -> None:
    assert is_heading("Berikut bunyi pasal 310 dan 311 KUHP", short_label=True)
    assert not is_heading("Berikut bunyi pasal 310 dan 311 KUHP")
    assert not is_heading("Polisi lalu memeriksa para saksi di lokasi kejadian itu", short_label=True)
