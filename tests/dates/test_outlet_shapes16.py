"""Date shapes the other outlets write often (issue #16, round 16), counted in the raw IndoSum and
detik text before any rule was written: the wire style's `waktu setempat` between a weekday and
its bracketed date, a decree's issuer before its number, `tadi pagi`, `Kamis pekan depan`, and a
named day with its year. Sentences written for this test, not taken from any set."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from datecases import dates_of  # noqa: E402


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gempa mengguncang kota itu pada Minggu malam waktu setempat (13/11/2016), merusak jalan.",
            [("Minggu malam waktu setempat (13/11/2016)", "2016-11-13")],
        ),
        ("Badai menerjang pantai itu Sabtu waktu setempat (12/11).", [("Sabtu waktu setempat (12/11)", "2016-11-12")]),
    ],
)
def test_local_time_between_weekday_and_its_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates_of(text, "2016-11-15") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sidang merujuk pada Surat Edaran MA 4/2016 tentang tata cara.", [("4/2016", "2016")]),
        ("Aturan itu tertuang dalam Permen KP 10/2024 tentang benih.", [("10/2024", "2024")]),
        ("Ia mengacu pada SE Menteri Dalam Negeri Nomor 12/2017.", [("12/2017", "2017")]),
        ("Skor laga itu 3/2017 tidak masuk akal.", []),  # no decree word: a count, not a year
    ],
)
def test_decree_issuer_before_its_number(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates_of(text, "2017-03-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kebakaran itu terjadi tadi siang di pasar.", [("tadi siang", "2017-11-18")]),
        ('"Tadi pagi saya sudah memeriksa mobil itu," kata Halim.', [("Tadi pagi", "2017-11-18")]),
        ("Ledakan terdengar dini hari tadi di gudang itu.", [("dini hari tadi", "2017-11-18")]),
        ("Pelaku ditangkap kemarin dini hari di rumahnya.", [("kemarin dini hari", "2017-11-17")]),
    ],
)
def test_tadi_before_a_part_of_the_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates_of(text, "2017-11-18") == expected


@pytest.mark.parametrize(
    ("published", "text", "value"),
    [
        ("2017-03-22", "Lagu itu akan dirilis pada Kamis pekan depan.", "2017-03-30"),  # a Wednesday
        ("2017-03-20", "Lagu itu akan dirilis pada Kamis pekan depan.", "2017-03-30"),  # a Monday
        ("2017-03-22", "Rapat itu digelar Senin pekan lalu di Balai Kota.", "2017-03-13"),
        ("2017-03-22", "Rapat itu digelar Jumat minggu depan di Balai Kota.", "2017-03-31"),
    ],
)
def test_weekday_of_the_week_named(published: str, text: str, value: str) -> None:
    assert [v for _, v in dates_of(text, published)] == [value]


def test_named_day_with_year_is_the_day_when_the_sentence_writes_it() -> None:
    text = "Buruh akan turun ke jalan pada aksi Hari Buruh Internasional 2017 atau May Day, Senin (1/5)."
    assert dates_of(text, "2017-04-30") == [
        ("Hari Buruh Internasional 2017", "2017-05-01"),
        ("Senin (1/5)", "2017-05-01"),
    ]


def test_named_day_with_year_alone_is_the_year_of_the_event() -> None:
    text = "Dalam peringatan Hari Anak Nasional 2025 ini, wali kota mengajak warga menjaga anak-anak."
    assert [v for _, v in dates_of(text, "2025-07-23")] == ["2025"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wartawan berkumpul pada Hari Pers Nasional di Ambon.", [("Hari Pers Nasional", "2017-02-09")]),
        ("Setiap Hari Pangan Sedunia, warga menanam pohon.", []),  # every year: no one day
    ],
)
def test_more_fixed_named_days(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates_of(text, "2017-02-08") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polisi menggerebek markas itu Jumat dinihari (13/10).", [("Jumat dinihari (13/10)", "2017-10-13")]),
        ("Gempa kecil terasa Selasa petang di kota itu.", [("Selasa petang", "2017-10-10")]),
        ("Ledakan terdengar Selasa subuh di kota itu.", [("Selasa subuh", "2017-10-10")]),
        ("Acara itu dimulai petang ini di alun-alun.", [("petang ini", "2017-10-11")]),
        ("Ia biasa salat subuh di masjid itu.", []),  # a prayer, no weekday: no day
    ],
)
def test_more_parts_of_the_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates_of(text, "2017-10-11") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sidang itu digelar Selasa (11/7) siang tadi di pengadilan.",
        "Sidang itu digelar Selasa (11/7) sore kemarin di pengadilan.",
    ],
)
def test_relative_word_after_written_day_and_its_part(text: str) -> None:
    # the trailing `tadi` / `kemarin` only says the written day is past; it is no second date
    assert dates_of(text, "2017-07-12") == [("Selasa (11/7)", "2017-07-11")]
