"""GUIDELINES.md `dates` read again for what it does NOT count, or counts differently: vague
``kemarin`` in speech, distances back (``sebulan yang lalu``, ``setahun lalu``), durations, ages,
times alone, law numbers, ranges, seasons, numbers that look like dates, years in names of events,
dates in page furniture; and the values of weekdays without numbers, relative days in quotes,
months without a year, weekday typos. Short raw-looking passages in several outlets' styles,
written for this test (not taken from any set); the first batch's gold was written from the
guidelines before Warta was run on them (19 of its 49 cases failed then), the second batch's after
(shapes seen on development sets that annotate no dates, and probes of shapes the first batch
missed; 36 of its 42 failed before the fixes). Compared as score.py compares (text overlap, same
value). Published 2025-10-22 (a Wednesday) unless a case says otherwise."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import warta

sys.path.insert(0, str(Path(__file__).resolve().parent))
from datecases import dates_of, eval_errors  # noqa: E402

PUB = "2025-10-22"

NOT_DATES = [
    # `kemarin` set against `sekarang` in speech: "before", not yesterday
    ('"Kemarin kita masih bicara soal stok, sekarang harganya sudah turun," ujar Kepala Bulog.', PUB, []),
    ('"Kemarin mereka sudah berkonsolidasi, nah ini sekarang tinggal jalan," kata Menteri PANRB.', PUB, []),
    # distances back or ahead in months and years name no calendar day, month or year
    ("Rumah itu dijual sebulan yang lalu kepada seorang pengusaha.", PUB, []),
    ("Liputan6.com, Bandung - Ia meninggalkan desa itu setahun lalu.", PUB, []),
    ("Bencana serupa pernah terjadi lima tahun silam di daerah itu.", PUB, []),
    ("Proyek ini ditargetkan rampung dua tahun mendatang.", PUB, []),
    ("Harga beras sudah naik sejak tiga bulan lalu.", PUB, []),
    # durations, ages, times alone
    ("Ia ditahan selama 3 hari di Polsek Menteng.", PUB, []),
    ("Pelaku sudah 32 tahun bekerja di pabrik itu.", PUB, []),
    ("Korban, seorang nenek berusia 70 tahun, ditemukan warga.", PUB, []),
    ("Pasien wajib diisolasi 2 x 24 jam sebelum dipulangkan.", PUB, []),
    ("TRIBUNNEWS.COM - Rapat dimulai pukul 10.00 WIB dan berakhir pukul 13.30 WIB.", PUB, []),
    # a month counted from another month the article discusses (its month is that one's)
    ("Ekspor naik 3 persen dibanding bulan sebelumnya.", PUB, []),
    # numbers that look like dates or years
    ("Persija menang 2-1 dan unggul 3/4 penguasaan bola.", PUB, []),
    ("Mobil berpelat B 2025 TJ itu diamankan petugas.", PUB, []),
    ("Sebanyak 1.945 kursi disiapkan PT KAI.", PUB, []),
    ("Skor akhir 21-19, 21-17 untuk pasangan ganda putra.", PUB, []),
    ("Nomor laporan polisi LP/B/1203/X/2025/SPKT/Polda Metro Jaya.", PUB, []),
    ("Kawasan itu mulai ramai pada era 1990-an.", PUB, []),
]

COUNTED = [
    # a spoken `kemarin` before `saat ini` (formal "currently") is still yesterday
    (
        '"Kemarin kami periksa lima saksi, saat ini kami menunggu hasil lab," ujar Kapolres.',
        PUB,
        [("Kemarin", "2025-10-21")],
    ),
    # a reporter's `kemarin` is yesterday even beside `sekarang`
    (
        "Wali Kota meninjau lokasi banjir kemarin, dan sekarang warga mulai membersihkan rumah.",
        PUB,
        [("kemarin", "2025-10-21")],
    ),
    ('"Saya baru pulang dari Bandung kemarin sore," kata Rina.', PUB, [("kemarin sore", "2025-10-21")]),
    ("Andi (25) ditangkap Senin (20/10) di rumahnya.", PUB, [("Senin (20/10)", "2025-10-20")]),
    ("Penjualan tahun ini naik dibanding tahun lalu.", PUB, [("tahun ini", "2025"), ("tahun lalu", "2024")]),
    ("Korban dua hari lalu dilaporkan hilang.", PUB, [("dua hari lalu", "2025-10-20")]),
    # law and decree numbers: their years count
    ("Aturan itu tertuang dalam Perpres 79/2025 tentang pengadaan.", PUB, [("Perpres 79/2025", "2025")]),
    (
        "Sebagaimana diketahui, MA membatalkan Pergub DKI Jakarta Nomer 195/2014 tentang Pembatasan Lalu Lintas.",
        "2018-01-11",
        [("Nomer 195/2014", "2014")],
    ),
    (
        "Ia meminta revisi Peraturan Pemerintah (PP) 99/2012 tentang remisi.",
        "2017-05-06",
        [("(PP) 99/2012", "2012")],
    ),
    ("Ketentuan itu ada di Permendag No 8 Tahun 2024.", PUB, [("No 8 Tahun 2024", "2024")]),
    # ranges and seasons
    ("Pameran berlangsung 10-12 November 2025 di JIExpo.", PUB, [("10-12 November 2025", "2025-11-10")]),
    ("Persib menjuarai Liga 1 musim 2024/25.", PUB, [("2024/25", "2024"), ("2024/25", "2025")]),
    # years in names of events, anniversaries
    (
        "Kapolri hadir dalam pembukaan Asean Traffic Police Forum 2017 di Hotel Borobudur.",
        "2017-11-15",
        [("Asean Traffic Police Forum 2017", "2017")],
    ),
    ("Atlet itu meraih emas di Asian Games 2018.", PUB, [("Asian Games 2018", "2018")]),
    ("Pilkada 2024 digelar serentak di 545 daerah.", PUB, [("Pilkada 2024", "2024")]),
    # values: a weekday alone, back unless the words look ahead
    ("Polisi menggeledah rumah itu pada Senin.", PUB, [("Senin", "2025-10-20")]),
    ("Tersangka akan diperiksa pada Jumat.", PUB, [("Jumat", "2025-10-24")]),
    ("Rupiah dibuka menguat hari ini, Rabu.", PUB, [("hari ini, Rabu", "2025-10-22")]),
    ("Ia dijadwalkan diperiksa besok Jumat.", "2017-06-01", [("besok Jumat", "2017-06-02")]),
    ("Kebakaran melanda deretan ruko itu pagi tadi.", PUB, [("pagi tadi", "2025-10-22")]),
    # a relative day in a quote: the day of speaking the article gives before the quote
    (
        'Hal itu disampaikan Kapolres, Senin (20/10/2025). "Hari ini kami tetapkan dua tersangka," ujarnya.',
        PUB,
        [("Senin (20/10/2025)", "2025-10-20"), ("Hari ini", "2025-10-20")],
    ),
    # months without a year: the side the words point to
    (
        '"Insyaallah di bulan Januari kami akan mengadakan kegiatan lagi," katanya.',
        "2025-12-07",
        [("bulan Januari", "2026-01")],
    ),
    ("Penjualan Maret turun 5 persen.", PUB, [("Maret", "2025-03")]),
    ("Pemerintah akan mencairkan bantuan itu pada Februari.", PUB, [("Februari", "2026-02")]),
    (
        "Bakti sosial digelar pada Januari 2026 mendatang. Pada Januari itu pula sekolah dibuka.",
        "2025-12-07",
        [("Januari 2026", "2026-01"), ("Januari", "2026-01")],
    ),
    # a weekday that does not fit the written day: the publication and the weekday give the day
    (
        "Hal itu dikutip dari kanal YouTube partai, Senin (22/7/2025).",
        "2025-07-21",
        [("Senin (22/7/2025)", "2025-07-21")],
    ),
    ("Tagar itu sempat menjadi trending pada Selasa (25/11).", "2016-11-17", [("Selasa (25/11)", "2016-11-15")]),
    # `tahun sebelumnya`: the year before the one the sentence speaks of (else the publication's)
    (
        "Investasi naik 42 persen dibandingkan periode yang sama tahun sebelumnya.",
        "2025-05-16",
        [("tahun sebelumnya", "2024")],
    ),
    (
        "Pada 2019 ekspor turun dibanding tahun sebelumnya.",
        PUB,
        [("2019", "2019"), ("tahun sebelumnya", "2018")],
    ),
    # a day in brackets without its weekday, opening a sentence
    (
        "Kemudian (6/10), Bobby mengenakan seragam jaksa lengkap.",
        "2025-12-08",
        [("(6/10)", "2025-10-06")],
    ),
]

# a second batch, from shapes Warta got wrong on development sets that annotate no dates (quotes_dev2,
# entities_dev2, events_*) and probes beside them: written after the first batch was fixed, gold
# again from the guidelines
SECOND = [
    ("Kecelakaan terjadi di Jalan 10 November, Surabaya.", PUB, []),
    ("Gerakan 30 September (G30S) diperingati setiap tahun.", PUB, []),
    ("Rencana itu dibahas dalam Rakernas 2025 kemarin.", PUB, [("Rakernas 2025", "2025")]),
    ("Target perkara Semester I 2025 tercapai.", PUB, [("2025", "2025")]),
    ("Aksi Rabu pekan ini disebut Aksi Tinja.", "2017-05-11", [("Rabu pekan ini", "2017-05-10")]),
    ("Aksi pekan ini melanjutkan demonstrasi sebelumnya.", PUB, []),
    ("Pemda menyiapkan anggaran di tahun-tahun mendatang.", PUB, []),
    (
        '"Kami resmi mengadu pada hari ini tanggal 14 Mei 2025," kata pelapor, Rabu (14/5).',
        "2025-10-14",
        [("hari ini", "2025-05-14"), ("tanggal 14 Mei 2025", "2025-05-14"), ("Rabu (14/5)", "2025-05-14")],
    ),
    (
        '"Pada hari ini, 21 April 2025, saya mundur," kata Hasan, Selasa (29/4).',
        "2025-05-05",
        [("hari ini", "2025-04-21"), ("21 April 2025", "2025-04-21"), ("Selasa (29/4)", "2025-04-29")],
    ),
    (
        "MKD besok (21 November 2017) akan menggelar rapat.",
        "2017-11-20",
        [("besok (21 November 2017)", "2017-11-21")],
    ),
    ("Harga emas turun hari ini, Rabu.", "2025-10-23", [("hari ini, Rabu", "2025-10-22")]),
    ("Sidang dilanjutkan besok, Kamis.", PUB, [("besok, Kamis", "2025-10-23")]),
    # weekday slips: swapped day and month, a year digit; the publication day itself is kept
    ("Polisi menahan artis itu, Sabtu (1/6).", "2018-01-07", [("Sabtu (1/6)", "2018-01-06")]),
    ("Kata Kepala Bappenda, Rabu (8/10/2028).", "2025-10-09", [("Rabu (8/10/2028)", "2025-10-08")]),
    ("Kata Rosan di Istana, Rabu (24/4/2025) malam.", "2025-04-24", [("Rabu (24/4/2025)", "2025-04-24")]),
    # a bracket never closed, and a slip in the year
    ("Kata Kepala Bappenda NTB, Rabu (8/10/2028.\nIa menambahkan.", "2025-10-09", [("Rabu (8/10/2028", "2025-10-08")]),
    # a month without a year or a tense word: far ahead of the publication it is last year's (as
    # days are: news reports the past more often than it looks months ahead), near ahead this year's
    ("Inflasi Desember tercatat 0,5 persen.", "2026-01-05", [("Desember", "2025-12")]),
    ("Pada Desember harga cabai biasanya naik.", PUB, [("Desember", "2025-12")]),
    # a month said to be done, a month ahead by its tense
    ("Aturan itu sudah berlaku sejak November.", PUB, [("November", "2024-11")]),
    ("Kenaikan tarif akan diumumkan pada bulan Maret.", PUB, [("bulan Maret", "2026-03")]),
    # … but a month that names a figure's period takes no tense from the verb
    ("BPS akan merilis data inflasi Maret pekan depan.", "2025-04-10", [("Maret", "2025-03")]),
    ("Inflasi Maret akan diumumkan BPS pekan depan.", "2025-04-10", [("Maret", "2025-03")]),
    # a bare weekday: the day of saying after an attribution, even after `akan`; two days; a
    # working week; a future word after it in its clause
    ("Pemerintah akan menaikkan harga BBM, kata Menteri ESDM di Jakarta, Senin.", PUB, [("Senin", "2025-10-20")]),
    ("Menurut BMKG, hujan akan turun pada Kamis dan Jumat.", PUB, [("Kamis", "2025-10-23"), ("Jumat", "2025-10-24")]),
    ("Kantor itu buka dari Senin sampai Jumat.", PUB, []),
    # a run of weekdays without dates is its first day (GUIDELINES: ranges of days)
    ("Operasi pekat digelar Senin hingga Rabu.", PUB, [("Senin hingga Rabu", "2025-10-20")]),
    ("Pameran akan digelar Jumat hingga Minggu.", PUB, [("Jumat hingga Minggu", "2025-10-24")]),
    ('"Kami tahu hari Sabtu akan menjadi ujian berat," katanya.', "2025-10-02", [("hari Sabtu", "2025-10-04")]),
    # a day and month with a slash, no brackets: a date after `tanggal` or before `mendatang`, not a fraction
    ("Pengumuman kelulusan pada 1/11 mendatang.", PUB, [("1/11", "2025-11-01")]),
    ("Gaji dibayar tanggal 25/10.", PUB, [("tanggal 25/10", "2025-10-25")]),
    ("Harga naik pada 2/3 wilayah.", PUB, []),
    # a relative day in a quote whose attribution gives the bare wire-style weekday of saying
    (
        '"Kami akan datang besok," kata Kepala Dinas Kesehatan di Jakarta, Selasa.',
        PUB,
        [("besok", "2025-10-22"), ("Selasa", "2025-10-21")],
    ),
    # the year after the one the sentence speaks of; the years after, none of them named
    ("Proyek dimulai pada 2019 dan rampung tahun berikutnya.", PUB, [("2019", "2019"), ("tahun berikutnya", "2020")]),
    ("Harga terus naik pada tahun-tahun berikutnya.", PUB, []),
    # a copyright line left in the text is page furniture, its year no date of the story
    ("Copyright © 2025 Kompas.com", PUB, []),
    ("(c) 2025 Tempo", PUB, []),
    # a relative day and its weekday, no comma: one expression, the weekday's day
    ('"Tunggu besok Jumat saja di Jakarta," kata dia.', "2017-06-01", [("besok Jumat", "2017-06-02")]),
    ("Harga cabai naik lagi hari ini Rabu.", "2025-10-23", [("hari ini Rabu", "2025-10-22")]),
    # reduplicated: these days, some day
    ("Hari-hari ini harga cabai terus naik.", PUB, []),
    ('"Besok-besok kita pikirkan lagi," katanya.', PUB, []),
    # a year after `pada`/`sejak` with a count word after it; a height
    ("Pada 2019 warga desa itu mengungsi.", PUB, [("2019", "2019")]),
    ("Sejak 2020 kasus korupsi di daerah itu naik.", PUB, [("2020", "2020")]),
    ("Puncak gunung itu setinggi 2019 mdpl.", PUB, []),
    # an event name with a hyphenated word
    ("Piala Dunia U-17 2025 digelar di Qatar.", PUB, [("Piala Dunia U-17 2025", "2025")]),
]


@pytest.mark.parametrize(("text", "published", "gold"), SECOND, ids=[c[0][:40] for c in SECOND])
def test_round11_second_batch(text: str, published: str, gold: list[tuple[str, str]]) -> None:
    assert eval_errors(dates_of(text, published), gold) == []


@pytest.mark.parametrize(
    ("text", "published", "gold"), NOT_DATES + COUNTED, ids=[c[0][:40] for c in NOT_DATES + COUNTED]
)
def test_round11_clause(text: str, published: str, gold: list[tuple[str, str]]) -> None:
    assert eval_errors(dates_of(text, published), gold) == []


def test_dates_in_page_furniture_are_not_the_story_s() -> None:
    """A publication stamp and a `Baca juga` line are furniture (GUIDELINES `boilerplate`): their
    dates are not dates of the article."""
    raw = (
        "Kompas.com - 21/10/2025, 14:30 WIB\n\n"
        "JAKARTA, KOMPAS.com - Polisi menangkap dua pelaku begal pada Senin (20/10/2025).\n\n"
        "Baca juga: Polisi Tangkap Komplotan Curanmor, Minggu (19/10/2025)\n\n"
        "Kedua pelaku kini ditahan di Polres Metro Jakarta Selatan.\n"
    )
    art = warta.read({"text": raw, "published": "2025-10-21"}, layers=["dates"])
    assert [(d.text, d.value) for d in art.dates if d.granularity != "time"] == [("Senin (20/10/2025)", "2025-10-20")]


def test_a_place_before_a_year_is_no_event_name() -> None:
    """``APBD DKI Jakarta 2018``: with the entities layer run, words it reads as a place are left out
    of the year's mention; an event's name is kept."""
    art = warta.read(
        {
            "text": "Jakarta - Kemendagri menghapus dana itu dari APBD DKI Jakarta 2018. "
            "Kapolri membuka Asean Traffic Police Forum 2017 di Hotel Borobudur.",
            "published": "2017-12-22",
        },
        layers=["entities", "dates"],
    )
    assert [d.text for d in art.dates] == ["2018", "Police Forum 2017"]


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01"])
def test_a_bogus_publication_day_is_set_aside(published: str) -> None:
    """A publication stamp at the calendar's ends would push relative days and slips of the pen
    past it: it is set aside (the days are read as without one), never a crash."""
    text = "Polisi menangkap pelaku kemarin, Senin (22/7/2025). Besok, Kamis, sidang. Rabu (8/10/2028."
    found = dict(dates_of(text, published))
    assert found["kemarin"] == found["Senin (22/7/2025)"] == "2025-07-22"  # the written day, not one counted from 9999
