"""House styles of many outlets: dateline forms, the page header above the dateline, related
titles under ``Baca juga:``, bylines, captions and copyright lines."""

import pytest

import warta
from warta.cleaning.dateline import find_dateline
from warta.cleaning.furniture import furniture_reason

FORMS = [
    ("Merdeka.com - Bentrokan antara napi terjadi di Lapas", "Merdeka.com", None),
    ("Merdeka.com-Bentrokan antara napi terjadi di Lapas", "Merdeka.com", None),
    ("Suara.com - Polisi masih menunggu hasil pemeriksaan", "Suara.com", None),
    ("VIVA.co.id - Insiden terjadi menjelang serah terima jabatan", "VIVA.co.id", None),
    ("Rimanews - Komandan Pasukan Pelopor Korps Brimob Polri", "Rimanews", None),
    ("Rimanews-Lucky Hakim batal menikahi", "Rimanews", None),
    ("Sanaa (ANTARA News) – Pasukan koalisi menyerang", "ANTARA News", "Sanaa"),
    ("Bukavu (ANTARA News) - Tentara menembak mati 36 pengungsi", "ANTARA News", "Bukavu"),
    ("JAKARTA (Pos Kota) – Jaksa Agung M Prasetyo menepis", "Pos Kota", "JAKARTA"),
    ("JAKARTA (Pos Kota) –Presiden Joko Widodo mengaku", "Pos Kota", "JAKARTA"),
    ("TRIBUNNEWS.COM, JAKARTA - Ashanty akhirnya angkat suara", "Tribunnews", "JAKARTA"),
    ("INDRAMAYU – Seorang nelayan hilang di perairan", None, "INDRAMAYU"),
    ("Jakarta, CNN Indonesia -- Arus balik pascalebaran mulai terasa", "CNN Indonesia", "Jakarta"),
]


@pytest.mark.parametrize(("line", "outlet", "place"), FORMS)
def test_outlet_dateline_forms(line: str, outlet: str | None, place: str | None) -> None:
    d = find_dateline(line, 0, len(line))
    assert d is not None
    assert (d.outlet, d.place) == (outlet, place)


def test_dateline_below_page_header() -> None:
    raw = (
        "Arus Balik, Tol Cikampek ke Jakarta Macet 10 Km\nCNN Indonesia\nJumat, 30 Jun 2017 10:21 WIB\n"
        "Bagikan :\nJakarta, CNN Indonesia -- Arus balik pascalebaran mulai terasa di ruas jalan tol.\n\n"
        "Volume kendaraan terlihat mulai meningkat."
    )
    art = warta.read(raw, layers=[])
    assert (art.dateline.outlet, art.dateline.place) == ("CNN Indonesia", "Jakarta")
    assert "CNN Indonesia\n" not in art.body and "Arus Balik" not in art.body
    assert art.body.startswith("Jakarta, CNN Indonesia --")


def test_header_above_time_stamp_without_dateline() -> None:
    raw = (
        "Pembuat Senjata Api Rakitan Ditangkap\nkumparanNEWS\n19 Januari 2018 14:23 WIB\n"
        "Polisi menangkap YIK (31), warga Tanjung Sari, Jabung, Lampung Timur.\nYIK ditangkap pekan lalu."
    )
    art = warta.read(raw, layers=[])
    assert art.body.startswith("Polisi menangkap")
    assert not art.headings


def test_story_opening_with_short_line_is_kept() -> None:
    raw = "Harga Beras Naik\nHarga beras di pasar induk naik 5 persen pekan ini.\nPedagang mengeluh."
    art = warta.read(raw, layers=[])
    assert "Harga Beras Naik" in art.body  # no time stamp, no dateline: not a page header


def test_related_titles_under_read_also() -> None:
    raw = (
        "Merdeka.com - Bentrokan antara napi terjadi di Lapas Bentiring.\n\nBaca juga:\n"
        "Napi Lapas Bengkulu Bentrok, Dua Orang Terluka\nKapolda Bengkulu Pastikan Situasi Lapas Kondusif\n\n"
        "Enam narapidana dipindahkan ke Lapas Arga Makmur."
    )
    art = warta.read(raw, layers=[])
    assert "Napi Lapas" not in art.body and "Kapolda Bengkulu Pastikan" not in art.body
    assert "Enam narapidana" in art.body and not art.headings


def test_related_titles_after_an_empty_line_under_read_also() -> None:
    raw = (
        "REPUBLIKA.CO.ID, JAKARTA -- Gedung baru itu diresmikan Kapolri pada Jumat pagi.\n\nBaca Juga\n\n"
        "Kapolri Minta Anggota Jaga Netralitas di Pilkada 2018\n\n"
        "Pembangunan gedung itu memakan waktu lebih dari sepuluh tahun."
    )
    art = warta.read(raw, layers=[])
    assert "Jaga Netralitas" not in art.body
    assert "Pembangunan gedung itu" in art.body


def test_a_short_line_after_the_titles_and_an_empty_line_stays() -> None:
    raw = (
        "Suara.com - Polisi itu menyamar menjadi penjual gorengan di depan kantor.\n\nBaca Juga:\n\n"
        "Polisi Bongkar Praktik Calo SIM di Kantor Samsat\n\nPengakuan Sang Polisi\n\n"
        "Ia mengaku tidak ada yang mengenalinya selama tiga hari."
    )
    art = warta.read(raw, layers=[])
    assert "Calo SIM" not in art.body
    assert "Pengakuan Sang Polisi" in art.body


@pytest.mark.parametrize(
    "line",
    [
        "Laporan Wartawan Tribunnews.com, Bayu Indra Permana",
        "COPYRIGHT © ANTARA 2017",
        "Baca: Anang Hermansyah Dukung Ashanty Jika Maju Pilkada",
        "Baca Lainnya",
        "Barang bukti senjata api rakitan. (Foto: Dok. Polda Lampung)",
        "Antara, Jurnalis · Minggu 17 September 2017 14:05 WIB",
        "Teks Foto: Jaksa Agung M Prasetyo. (ist)",
    ],
)
def test_outlet_furniture(line: str) -> None:
    assert furniture_reason(line)


@pytest.mark.parametrize(
    "line",
    [
        "Laporan keuangan perusahaan itu menunjukkan laba naik 5 persen pada kuartal ketiga.",
        "Baca tulis menjadi syarat utama bagi calon siswa, kata kepala sekolah.",
    ],
)
def test_story_lines_are_not_furniture(line: str) -> None:
    assert furniture_reason(line) is None


@pytest.mark.parametrize("code", ["(T.B016)", "(T.KR-DBP)"])
def test_a_wire_desk_code_of_one_part_on_its_own_line_is_furniture(code: str) -> None:
    raw = (
        "Semarang (ANTARA) - Kontingen Jawa Tengah berangkat dengan dua belas bus pada Rabu pagi.\n\n"
        f"Panitia menyiapkan penginapan di sekitar arena.\n\n{code}\n\nCOPYRIGHT © ANTARA 2016\n"
    )
    art = warta.read(raw, layers=[])
    assert code not in art.body
    assert "Panitia menyiapkan penginapan" in art.body
