"""GUIDELINES.md `dates`, clause by clause, on short raw-looking passages in several outlets' house
styles (written for this test, not taken from any set; the gold values were written from the
guidelines before Warta was run on them). Compared as score.py compares: a date counts when its
text overlaps the gold one and its value is the same, so these check values, misses and extras,
not exact spans. Published 2025-10-22 (a Wednesday) unless a case says otherwise."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import warta

sys.path.insert(0, str(Path(__file__).resolve().parent))
from datecases import dates_of, eval_errors  # noqa: E402

PUB = "2025-10-22"

CASES = [
    # the written day forms
    (
        "JAKARTA, KOMPAS.com - Presiden meresmikan bendungan itu pada Selasa (21/10/2025).",
        PUB,
        [("Selasa (21/10/2025)", "2025-10-21")],
    ),
    (
        "Jakarta (ANTARA) - Rapat kerja digelar Jumat (17/10) di Gedung Nusantara.",
        PUB,
        [("Jumat (17/10)", "2025-10-17")],
    ),
    ("Kejaksaan menahan tersangka pada 20 Oktober 2025 lalu.", PUB, [("20 Oktober 2025", "2025-10-20")]),
    ("Penjualan ritel September 2025 naik tipis.", PUB, [("September 2025", "2025-09")]),
    (
        "VIVA.co.id - Sidang digelar pada Kamis, 16 Oktober 2025, di PN Jakarta Selatan.",
        PUB,
        [("Kamis, 16 Oktober 2025", "2025-10-16")],
    ),
    ("Pendaftaran dibuka sampai tanggal 17 Agustus.", PUB, [("17 Agustus", "2025-08-17")]),
    # years alone, years in laws and event names; ranges
    ("Pada 2019, ia masih menjabat sebagai bupati.", PUB, [("2019", "2019")]),
    ("Ia menjadi anggota partai sejak 1998.", PUB, [("1998", "1998")]),
    ("Jokowi menjabat presiden periode 2019-2024.", PUB, [("2019", "2019"), ("2024", "2024")]),
    ("Pemilu ini lebih tertib dibanding Pilpres AS 2024.", PUB, [("Pilpres AS 2024", "2024")]),
    ("Aturan itu tertuang dalam Undang-Undang Nomor 1 Tahun 2023 tentang KUHP.", PUB, [("Nomor 1 Tahun 2023", "2023")]),
    (
        "Hal itu diatur dalam UU 1/2023 dan PP 99/2012 tentang remisi.",
        PUB,
        [("UU 1/2023", "2023"), ("PP 99/2012", "2012")],
    ),
    ("Festival berlangsung 12-14 Oktober 2025 di Lapangan Merdeka.", PUB, [("12-14 Oktober 2025", "2025-10-12")]),
    ("Program magang dibuka pada Juni-Juli 2025.", PUB, [("Juni", "2025-06"), ("Juli 2025", "2025-07")]),
    ("Ujian digelar 22 dan 23 April 2025 secara daring.", PUB, [("22", "2025-04-22"), ("23 April 2025", "2025-04-23")]),
    (
        "Manchester United tampil buruk pada Liga Inggris musim 2025/26.",
        PUB,
        [("2025/26", "2025"), ("2025/26", "2026")],
    ),
    (
        "TRIBUNJATENG.COM, SEMARANG - Sabtu-Minggu (25-26/10) jalan itu ditutup.",
        PUB,
        [("Sabtu-Minggu (25-26/10)", "2025-10-25")],
    ),
    # relative days, resolved against the publication day
    ("Banjir merendam ratusan rumah warga kemarin.", PUB, [("kemarin", "2025-10-21")]),
    ("Hasil seleksi akan diumumkan lusa.", PUB, [("lusa", "2025-10-24")]),
    ("Laga final digelar malam nanti di Stadion Utama.", PUB, [("malam nanti", "2025-10-22")]),
    ("Polisi menangkap pelaku pada Senin malam di rumahnya.", PUB, [("Senin malam", "2025-10-20")]),
    ("Rapat itu digelar Jumat lalu di Balai Kota.", PUB, [("Jumat lalu", "2025-10-17")]),
    ("Sidang lanjutan akan digelar pada Kamis mendatang.", PUB, [("Kamis mendatang", "2025-10-23")]),
    ("Korban meninggal dua hari lalu di rumah sakit.", PUB, [("dua hari lalu", "2025-10-20")]),
    ("Inflasi bulan lalu tercatat 0,2 persen.", PUB, [("bulan lalu", "2025-09")]),
    ("Pembayaran ditargetkan rampung akhir bulan ini.", PUB, [("akhir bulan ini", "2025-10")]),
    ("Kebijakan itu mulai berlaku tahun depan.", PUB, [("tahun depan", "2026")]),
    ("Pemerintah menargetkan proyek itu selesai awal 2026.", PUB, [("awal 2026", "2026")]),
    ("Penjualan turun sejak Maret lalu.", PUB, [("Maret lalu", "2025-03")]),
    ("Kontrak itu diteken pada 2 Januari lalu.", PUB, [("2 Januari", "2025-01-02")]),
    # a day without year or cue: the nearer side, a day ahead counting as further (news reports the past)
    ("Pameran itu digelar pada 30 Maret di Surabaya.", PUB, [("30 Maret", "2025-03-30")]),
    ("Pendaftaran ditutup pada 5 Januari.", PUB, [("5 Januari", "2026-01-05")]),
    # relative days inside a quote: the day the words were said when the article says it
    (
        '"Kami baru tiba kemarin," kata Budi di Surabaya, Senin (20/10/2025).',
        PUB,
        [("kemarin", "2025-10-19"), ("Senin (20/10/2025)", "2025-10-20")],
    ),
    ('"Hari ini kami mulai bekerja," ujar Camat Sutrisno.', PUB, [("Hari ini", "2025-10-22")]),
    # a typo: the weekday and the publication point to another day than the one written
    ("Merdeka.com - Massa berunjuk rasa di depan DPR, Rabu (15/9).", "2025-10-17", [("Rabu (15/9)", "2025-10-15")]),
    # across the year's end
    ("Kebakaran terjadi Senin (29/12) dini hari.", "2026-01-02", [("Senin (29/12)", "2025-12-29")]),
    ("Tarif baru berlaku mulai Kamis (1/1).", "2025-12-30", [("Kamis (1/1)", "2026-01-01")]),
    # named days the article pins down; the Hijri year given with its Gregorian one
    ("Upacara HUT ke-80 RI digelar di Istana Merdeka.", PUB, [("HUT ke-80 RI", "2025-08-17")]),
    ("Peringatan Maulid Nabi 1447 H/2025 M digelar di masjid agung.", PUB, [("1447 H/2025 M", "2025")]),
    # Islamic feasts the article pins down (their days by the Indonesian government's calendar)
    ("Harga cabai naik menjelang hari pertama puasa.", "2025-02-25", [("hari pertama puasa", "2025-03-01")]),
    ("Tol fungsional dibuka saat Idul Fitri 1446 H.", PUB, [("Idul Fitri 1446 H", "2025-03-31")]),
    ("Arus mudik Lebaran tahun ini lancar.", "2025-03-20", [("tahun ini", "2025")]),
    ("Stasiun padat jelang Lebaran 2017.", "2017-06-20", [("Lebaran 2017", "2017")]),
    # a day counted from the last day the story named
    (
        "Ia tiba di Jakarta, Senin (20/10). Keesokan harinya ia diperiksa penyidik.",
        PUB,
        [("Senin (20/10)", "2025-10-20"), ("Keesokan harinya", "2025-10-21")],
    ),
    ("Korban ditemukan keesokan harinya.", PUB, []),
    # anniversaries by their other names; a figure reported by month, not a given name
    ("Hari Ulang Tahun (HUT) ke-80 TNI digelar di Monas.", PUB, [("Hari Ulang Tahun (HUT) ke-80 TNI", "2025-10-05")]),
    ("Perayaan HUT ke-498 Kota Jakarta berlangsung meriah.", PUB, [("HUT ke-498 Kota Jakarta", "2025-06-22")]),
    ("Inflasi Juli sebesar 2,37 persen, kata Direktur BI Juli Budi Winantya.", PUB, [("Juli", "2025-07")]),
    # a relative day restated by a written day is two expressions (dates_dev2's and dev21's gold)
    (
        "Rupiah ditutup melemah pada perdagangan hari ini, Rabu (22/10).",
        PUB,
        [("hari ini", "2025-10-22"), ("Rabu (22/10)", "2025-10-22")],
    ),
    ("Warga mengungsi sejak Sabtu sore kemarin.", PUB, [("Sabtu sore kemarin", "2025-10-18")]),
    # `kemarin` opening a clause in a quote before a noun is "lately" (heldout9's gold), before a pronoun a day
    ('"Tapi kemarin pergantian kepengurusan agak terlambat," ujar Darmo.', PUB, []),
    ('"Kemarin saya lihat waktu rapat," kata Darmo.', PUB, [("Kemarin", "2025-10-21")]),
    ("Namun kemarin pemeriksaan saksi ditunda.", PUB, [("kemarin", "2025-10-21")]),
    # not dates: a week, durations, ages, times alone, counts, decades, case numbers, scores,
    # a distance in years back
    ("Harga cabai naik sejak pekan lalu.", PUB, []),
    ("Ia ditahan selama tiga hari dan kini berusia 45 tahun.", PUB, []),
    ("Operasi digelar warga tengah malam tadi.", PUB, []),
    ("Acara dimulai pukul 10.00 WIB di aula.", PUB, []),
    ("Sebanyak 2025 peserta mengikuti lomba lari itu.", PUB, []),
    ("Kawasan itu mulai ramai pada 1990-an.", PUB, []),
    ("Laporan bernomor LP/B/3442/IX/2025/SPKT telah diterima.", PUB, []),
    ("Skor 3-1 bertahan hingga akhir laga.", PUB, []),
    ("Mobil itu dibeli satu tahun lalu.", PUB, []),
]

# a second batch, gold written before running: more shapes of days, ranges, years in names, non-dates
CASES += [
    ("Ia ditemui pada Senin, 20 Oktober, di kantornya.", PUB, [("Senin, 20 Oktober", "2025-10-20")]),
    ("Sidang akan digelar tanggal 20 Oktober mendatang.", PUB, [("20 Oktober", "2026-10-20")]),
    ("Harga naik sejak akhir Oktober 2025.", PUB, [("akhir Oktober 2025", "2025-10")]),
    ("Pertemuan terakhir terjadi Oktober lalu.", PUB, [("Oktober lalu", "2025-10")]),
    ("Pemeriksaan dijadwalkan Senin pekan depan.", PUB, [("Senin pekan depan", "2025-10-27")]),
    ("Banjir besar terjadi pada tahun 2024 lalu.", PUB, [("tahun 2024", "2024")]),
    ("Gempa itu terjadi 2018 silam.", PUB, [("2018", "2018")]),
    ("Perubahan besar terjadi pada abad ke-21 dan tahun 90-an.", PUB, []),
    ("Rapat digelar Rabu (22/10/2025) pukul 10.00 WIB.", PUB, [("Rabu (22/10/2025)", "2025-10-22")]),
    ("Surat itu bertanggal 22/10/2025.", PUB, [("22/10/2025", "2025-10-22")]),
    ("Ia kembali Kamis 23/10 mendatang.", PUB, [("Kamis 23/10", "2025-10-23")]),
    ("Pameran digelar tanggal 17-18 Oktober di JCC.", PUB, [("17-18 Oktober", "2025-10-17")]),
    ("Konferensi berlangsung 1-3 November 2025.", PUB, [("1-3 November 2025", "2025-11-01")]),
    ("Program berjalan Oktober hingga Desember 2025.", PUB, [("Oktober", "2025-10"), ("Desember 2025", "2025-12")]),
    ("Data dikumpulkan dari 2020 hingga 2024.", PUB, [("2020", "2020"), ("2024", "2024")]),
    ("Pertumbuhan ekonomi medio 2024 melambat.", PUB, [("medio 2024", "2024")]),
    ("Laba kuartal III 2025 naik.", PUB, [("2025", "2025")]),
    ("Target semester II/2025 tercapai.", PUB, [("2025", "2025")]),
    ("Defisit APBN 2026 dipatok 2,5 persen.", PUB, [("APBN 2026", "2026")]),
    ("Timnas lolos ke Piala Dunia 2026.", PUB, [("Piala Dunia 2026", "2026")]),
    ("Pandemi COVID-19 melanda dunia.", PUB, []),
    ("Visi Indonesia Emas 2045 dicanangkan.", PUB, [("Emas 2045", "2045")]),
    ("Aturan itu tertuang dalam Perpres No. 5/2025.", PUB, [("Perpres No. 5/2025", "2025")]),
    ("Layanan buka pukul 10.00-12.00 WIB.", PUB, []),
    ("Sebanyak 2.025 orang hadir dan harga Rp 2.025 per butir.", PUB, []),
    ("Gaji dibayar tanggal 25 bulan ini.", PUB, [("tanggal 25 bulan ini", "2025-10-25")]),
    ("Target itu dikejar jelang akhir tahun.", PUB, []),
    ("Harga emas naik sejak awal tahun ini.", PUB, [("awal tahun ini", "2025")]),
    ("Arus mudik Lebaran 2025 lancar.", PUB, [("Lebaran 2025", "2025")]),
    ("Laga digelar Sabtu (25/10) mendatang.", PUB, [("Sabtu (25/10)", "2025-10-25")]),
    ("Putusan dibacakan besok, Kamis (23/10).", PUB, [("besok", "2025-10-23"), ("Kamis (23/10)", "2025-10-23")]),
    ("Ia diperiksa Senin kemarin.", PUB, [("Senin kemarin", "2025-10-20")]),
    ("Kebakaran terjadi Minggu (19/10) dini hari.", PUB, [("Minggu (19/10)", "2025-10-19")]),
    ("Korban hilang 2 hari yang lalu.", PUB, [("2 hari yang lalu", "2025-10-20")]),
    (
        "Rapat paripurna digelar pada Selasa (21/10/2025) dan Rabu (22/10/2025).",
        PUB,
        [("Selasa (21/10/2025)", "2025-10-21"), ("Rabu (22/10/2025)", "2025-10-22")],
    ),
    ("Ia lahir di Medan, 12 Mei 1970.", PUB, [("12 Mei 1970", "1970-05-12")]),
    ("Kasus ini terjadi pada periode Januari-Maret 2025.", PUB, [("Januari", "2025-01"), ("Maret 2025", "2025-03")]),
    ("Pada 2019-2020 dan 2023, angka itu turun.", PUB, [("2019", "2019"), ("2020", "2020"), ("2023", "2023")]),
    ("Jalan itu ditutup Sabtu dan Minggu (25-26/10).", PUB, [("Sabtu dan Minggu (25-26/10)", "2025-10-25")]),
    # relative days in quotes and their attributions; `Minggu depan` opening a sentence is a week
    (
        '"Besok kami akan demo lagi," kata Andi, Senin (20/10/2025).',
        PUB,
        [("Besok", "2025-10-21"), ("Senin (20/10/2025)", "2025-10-20")],
    ),
    (
        '"Senin kemarin saya diperiksa," ujar Andi, Rabu (22/10).',
        PUB,
        [("Senin kemarin", "2025-10-20"), ("Rabu (22/10)", "2025-10-22")],
    ),
    (
        'Andi mengatakan, "Hari ini saya datang." Hal itu disampaikan Selasa (21/10/2025).',
        PUB,
        [("Hari ini", "2025-10-21"), ("Selasa (21/10/2025)", "2025-10-21")],
    ),
    ('"Tahun lalu kami rugi," kata Andi.', PUB, [("Tahun lalu", "2024")]),
    ('"Sudah kami serahkan," kata Firman kemarin.', PUB, [("kemarin", "2025-10-21")]),
    (
        '"Kemarin sore saya dipanggil penyidik," kata Andi kepada wartawan di Bandung, Sabtu (18/10/2025).',
        PUB,
        [("Kemarin sore", "2025-10-17"), ("Sabtu (18/10/2025)", "2025-10-18")],
    ),
    ('"Minggu depan berkasnya kami kirim," kata Kajari, Jumat (17/10).', PUB, [("Jumat (17/10)", "2025-10-17")]),
    (
        '"Bulan depan harga naik," ujar Budi, Senin (29/9/2025).',
        PUB,
        [("Bulan depan", "2025-10"), ("Senin (29/9/2025)", "2025-09-29")],
    ),
]


@pytest.mark.parametrize(("text", "published", "gold"), CASES, ids=[c[0][:40] for c in CASES])
def test_guidelines_clause(text: str, published: str, gold: list[tuple[str, str]]) -> None:
    assert eval_errors(dates_of(text, published), gold) == []


def test_eval_errors_can_fail() -> None:
    """The comparison itself: a wrong value, a miss and an extra are each reported."""
    errs = eval_errors(
        [("Senin (20/10)", "2025-10-21"), ("2019", "2019")], [("Senin (20/10)", "2025-10-20"), ("lusa", "2025-10-24")]
    )
    assert sorted(e.split()[0] for e in errs) == ["extra", "missed", "wrong"]


def test_a_date_in_a_heading_is_found() -> None:
    """Headings are read like paragraphs: a date inside one is a date of the article."""
    art = warta.read(
        {
            "text": "Judul\n\nPolisi menyelidiki kasus itu sejak Senin (20/10/2025).\n\n"
            "Pemeriksaan Saksi pada 21 Oktober 2025\n\nSaksi diperiksa hingga malam.\n",
            "published": PUB,
        },
        layers=["dates"],
    )
    assert ("21 Oktober 2025", "2025-10-21") in [(d.text, d.value) for d in art.dates]
