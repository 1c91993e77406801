"""Furniture rules, each on real lines seen across Indonesian outlets."""

import pytest

from warta.cleaning.furniture import furniture_reason, trailing_signoff

FURNITURE = [
    ("Baca Juga", "standalone"),
    ("Baca juga: Prabowo Minta Menteri Tak Korupsi", "prompt"),
    ("BACA JUGA: Harga Emas Antam Hari Ini Naik", "prompt"),
    ("Advertisement", "ad"),
    ("ADVERTISEMENT", "ad"),
    ("SCROLL TO CONTINUE WITH CONTENT", "ad"),
    ("SCROLL TO RESUME CONTENT", "ad"),
    ("Simak juga Video: Cerita Gus Ipul Benahi Data Penerima Bansos", "prompt"),
    ("Simak Video 'Prabowo Panggil Menkeu Purbaya-Menhan Sjafrie, Beri Tugas Ini':", "prompt"),
    ('Tonton juga video "Polemik Utang Whoosh, AHY: Kita Carikan Solusi" di sini:', "prompt"),
    ("Saksikan Live DetikPagi :", "prompt"),
    ("Saksikan LiveDetikpagi:", "prompt"),
    ("Lihat Video: Detik-detik Banjir Terjang Bekasi", "prompt"),
    ("Lihat juga: 5 Fakta Kereta Cepat Whoosh", "prompt"),
    ("Ikuti terus ulasan mendalam berita-berita hangat detikcom dalam sehari yang dirangkum", "prompt"),
    ("Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com", "prompt"),
    ("Artikel ini telah tayang di Kompas.com dengan judul Harga BBM Turun", "prompt"),
    ('"Detik Pagi, Jangan Tidur Lagi!"', "tagline"),
    ('"Detik Sore, Nggak Cuma Hore-hore!"', "tagline"),
    ("(Foto: dok. Cetaphil)", "credit"),
    ("Editor: Rizki Aditya", "credit"),
    ("Penulis: Siti Nurjanah", "credit"),
    ("Pewarta: Aditya Eko Sigit Wicaksono", "credit"),
    ("(ant)", "signoff"),
    ("(mdk/rnd)", "signoff"),
    ("(rdp/imk)", "signoff"),
    ("Halaman 2 dari 3", "pagination"),
    ("Share Facebook Twitter WhatsApp", "share"),
    ("[Gambas:Video CNN]", "standalone"),
    ("-------", "separator"),
    ("* * *", "separator"),
]

STORY = [
    "Menurut Peskov, Putin juga memberikan sarung tangan.",
    "Kim Jong Un Undang Putin ke Korea Utara",
    "Pasal 28:",
    "Bahan:",
    "1. Mengabulkan permohonan Pemohon untuk sebagian",
    '"Lihat saja nanti, kami akan buktikan," ujar Budi.',
    "Simak perbandingannya dengan tahun lalu yang mencapai 5 persen di bawah ini, kata dia.",
    "Baca buku menjadi kebiasaan yang ditanamkan sejak dini oleh sekolah tersebut.",
    "Foto-foto kegiatan itu kemudian diunggah ke media sosial oleh warga.",
    '"Setuju," jawab para peserta rapat.',
]


@pytest.mark.parametrize(("line", "reason"), FURNITURE)
def test_furniture_lines_are_recognised(line: str, reason: str) -> None:
    assert furniture_reason(line) == reason


@pytest.mark.parametrize("line", STORY)
def test_story_lines_are_kept(line: str) -> None:
    assert furniture_reason(line) is None


def test_trailing_signoff_is_cut_from_a_paragraph() -> None:
    line = "Pemerintah akan terus memantau harga bahan pokok. (ant)"
    assert line[: len(line) - trailing_signoff(line)] == "Pemerintah akan terus memantau harga bahan pokok."
    assert trailing_signoff("Badan Pusat Statistik (BPS)") is None


def test_a_long_show_promo_is_furniture_and_a_story_line_about_a_programme_is_not() -> None:
    """An outlet's own show promoted in a long paragraph (its edition date would otherwise be read
    as a date of the story); a sentence that merely mentions a programme stays."""
    promo = (
        "Saksikan ulasan lengkapnya hanya di program detikPagi edisi Senin (20/10/2025). Nikmati terus "
        "sajian informasi pagi secara langsung (live streaming) pada Senin-Jumat, pukul 08.00-11.00 WIB, "
        "di 20.detik.com, YouTube dan TikTok detikcom. Pemirsa juga bisa berbagi cerita lewat kolom live chat."
    )
    assert furniture_reason(promo) == "prompt"
    assert furniture_reason("Lihat saja program bantuan pemerintah yang sudah berjalan di desa itu.") is None
