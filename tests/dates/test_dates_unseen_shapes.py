"""Date shapes from articles Warta was not tuned to (eval/dates_dev2, detik_2025 and IndoSum),
values checked by hand: bare month lists whose year is given elsewhere, month ranges, relative
years on a day, bare wire weekdays and their direction, trailing relatives, colloquial
``kemarin``, list numbers fused with a day, a relative day inside a quote."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from datecases import dates_of as _dates  # noqa: E402

CASES = [
    # bare months in a list or range, the year from the story
    (
        "tahap terakhir atau periode keempat untuk bulan Oktober, November, dan Desember.",
        "2025-10-19",
        [("Oktober", "2025-10"), ("November", "2025-11"), ("Desember", "2025-12")],
    ),
    (
        "Tahap 1: Januari, Februari, MaretTahap 2: April, Mei, Juni",
        "2025-10-19",
        [
            ("Januari", "2025-01"),
            ("Februari", "2025-02"),
            ("Maret", "2025-03"),
            ("April", "2025-04"),
            ("Mei", "2025-05"),
            ("Juni", "2025-06"),
        ],
    ),
    (
        "Secara kumulatif selama Januari-Maret, kunjungan wisatawan mancanegara naik.",
        "2017-05-02",
        [("Januari", "2017-01"), ("Maret", "2017-03")],
    ),
    (
        "dan yang masuk dari pintu masuk lainnya turun 2,10 persen dibanding Februari.",
        "2017-05-02",
        [("Februari", "2017-02")],
    ),
    ("periode Juni-Juli 2025 diberikan", "2025-10-21", [("Juni", "2025-06"), ("Juli 2025", "2025-07")]),
    # a day with a relative year; a day whose year its sentence gives
    (
        "Tahap sosialisasi Pilkada 2018 dimulai hari ini hingga 26 Juni tahun depan.",
        "2017-06-14",
        [("Pilkada 2018", "2018"), ("hari ini", "2017-06-14"), ("26 Juni tahun depan", "2018-06-26")],
    ),
    (
        "Hari pemungutan suara Pilkada 2018 dijadwalkan pada 27 Juni.",
        "2017-06-14",
        [("Pilkada 2018", "2018"), ("27 Juni", "2018-06-27")],
    ),
    (
        "Peraturan Nomor 5 Tahun 2009 berlaku mulai 1 Januari.",
        "2017-12-22",
        [("Tahun 2009", "2009"), ("1 Januari", "2018-01-01")],  # not the law's year,
    ),
    (
        "Film itu akan dirilis pada 17 Maret mendatang, diadaptasi dari animasi 1991.",
        "2017-03-01",
        [("17 Maret", "2017-03-17"), ("1991", "1991")],
    ),
    ("Ia lahir pada 1 Januari di 2004 di Bandung.", "2025-10-20", [("1 Januari di 2004", "2004-01-01")]),
    # bare weekdays the wire style sets after a comma or in brackets: back from the publication day
    (
        "demikian disampaikan pejabat setempat, Sabtu (Minggu WIB).",
        "2018-02-18",
        [("Sabtu", "2018-02-17"), ("Minggu", "2018-02-18")],
    ),
    ("setelah meninjau wilayah yang terkena gempa, Jumat.", "2018-02-18", [("Jumat", "2018-02-16")]),
    (
        "dalam kurun waktu Kamis dan Jumat lalu, ada 30 bayi",
        "2017-08-14",
        [("Kamis", "2017-08-10"), ("Jumat lalu", "2017-08-11")],
    ),
    # a bare weekday after one that looks ahead looks ahead too
    (
        "Raja juga dijadwalkan bertemu Perdana Menteri pada Jumat, sebelum meninggalkan Rusia pada Sabtu.",
        "2017-10-05",
        [("Jumat", "2017-10-06"), ("Sabtu", "2017-10-07")],
    ),
    ('"Saya mau ke Nauru, Senin," kata Wiranto.', "2018-01-25", [("Senin", "2018-01-29")]),
    ("Saksi akan diperiksa pada Senin.", "2025-10-22", [("Senin", "2025-10-27")]),
    # … but not across a clause about the past
    ("Polisi akan memeriksa saksi yang ditangkap pada Senin.", "2025-10-22", [("Senin", "2025-10-20")]),
    # a trailing relative only says where the day lies
    ("dijadwalkan paling lambat 9 Juli 2025 besok, 90 hari setelah", "2025-07-07", [("9 Juli 2025", "2025-07-09")]),
    ("Penggeledahan dilakukan pada Kamis (24/7) kemarin.", "2025-07-25", [("Kamis (24/7)", "2025-07-24")]),
    (
        '"Hari Senin tanggal 27 Oktober jam 10.00 WIB," tambahnya.',
        "2025-10-21",
        [("Senin tanggal 27 Oktober", "2025-10-27")],
    ),
    ("akan dilakukan Senin pekan depan (5/6).", "2017-06-01", [("Senin pekan depan (5/6)", "2017-06-05")]),
    # colloquial kemarin names no day; kemarin with a day part does; a week alone is no day (the
    # gold of dates_dev2 leaves `pekan depan` out)
    ('"Pekan depan diperiksa lanjutan yang kemarin belum selesai," jelas dia.', "2018-01-25", []),
    ('"Rupiah yang kemarin pagi pernah mencapai Rp 16.560," katanya.', "2025-09-02", [("kemarin pagi", "2025-09-01")]),
    ("seperti sekarang atau kemarin-kemarin, ya kan kita tindak", "2025-10-21", []),
    # a list number fused with the day; a time followed by its relative day
    (
        "9. 23 Juni: 27.058 penumpang\n\n10.24 Juni: 26.820 penumpang",
        "2017-06-23",
        [("23 Juni", "2017-06-23"), ("24 Juni", "2017-06-24")],
    ),
    (
        '"ini mulai banjir dari 20.00 WIB malam tadi," kata Wawan, Rabu (22/10).',
        "2025-10-22",
        [("malam tadi", "2025-10-21"), ("Rabu (22/10)", "2025-10-22")],
    ),
    ("pada tahun 2600 Bumi memanas", "2025-10-20", [("tahun 2600", "2600")]),
    # a relative day inside a quote: the day the words were said
    (
        '"Kami berharap hari ini jadi hari putusan," katanya usai sidang, Selasa (21/10/2025).',
        "2025-10-22",
        [("hari ini", "2025-10-21"), ("Selasa (21/10/2025)", "2025-10-21")],
    ),
]


CASES += [
    # a year fused with a list number; a number of the same shape mid-sentence is none
    (
        "Riwayat jabatan:\n1.2019: Kepala Dinas\n2.2021: Sekretaris Daerah\n\nHarga naik 1.2019 persen.",
        "2025-10-20",
        [("2019", "2019"), ("2021", "2021")],
    ),
    # a quote whose attribution gives no day: the day of the attribution before it
    (
        '"Putusan kami tunda," kata Hakim Rudy di PN Semarang, Selasa (21/10/2025).\n\n'
        '"Kami berharap hari ini jadi hari putusan," katanya usai sidang.',
        "2025-10-22",
        [("Selasa (21/10/2025)", "2025-10-21"), ("hari ini", "2025-10-21")],
    ),
    # … but not a narrated day, nor one long before publication
    (
        'Polisi menangkap pelaku pada Senin (13/10/2025).\n\n"Hari ini kami serahkan ke jaksa," katanya.',
        "2025-10-22",
        [("Senin (13/10/2025)", "2025-10-13"), ("Hari ini", "2025-10-22")],
    ),
]


@pytest.mark.parametrize(("text", "published", "want"), CASES)
def test_unseen_date_shapes(text: str, published: str | None, want: list[tuple[str, str]]) -> None:
    assert _dates(text, published) == want


@pytest.mark.parametrize(
    "text",
    ["Buy 2470-2500 | TP 2530-2570 | SL 2350", "Laporan Polisi Nomor: LP/1151/III/2017/PMJ/Ditreskrimum"],
)
def test_not_dates(text: str) -> None:
    assert [v for _t, v in _dates(text, "2025-10-20") if v.startswith(("24", "25", "23"))] == []


def test_week_parts_are_not_one_day() -> None:
    assert _dates("Rapat digelar akhir minggu ini.", "2025-10-22") == []
