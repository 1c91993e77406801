"""Date shapes found wrong on unannotated articles (round 21, the mining pool of detik and IndoSum
records): `hari ini` after a count ("these N days"), `kemarin` after a season, an election or (in
speech) an event noun ("the last one"), colloquial `kemarin tuh` in speech, and a decade written
with a spaced hyphen (`1990 - an`). Sentences written for this test, not taken from any set."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from datecases import dates_of  # noqa: E402


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cuaca panas yang terjadi selama beberapa hari ini membuat warga mengungsi.", []),
        ("Kunjungan dua hari ini menjadi bekal bagi para peserta.", []),
        ('"Saya 3 hari ini tidak ikut latihan," kata pebulu tangkis itu.', []),
        # a count of people before a verb: today stays today
        ("Sebanyak 40 siswa hari ini mengikuti ujian.", [("hari ini", "2017-03-15")]),
        ("Dua tersangka diperiksa hari ini.", [("hari ini", "2017-03-15")]),
    ],
)
def test_hari_ini_after_a_count_is_a_span(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates_of(text, "2017-03-15") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Klub itu finis di posisi keempat musim kemarin.", []),
        ("Partai itu kehilangan banyak kursi dalam pemilu kemarin.", []),
        ('"Dari dua laga kemarin, anak-anak kurang tenang," ujar pelatih itu.', []),
        ('"Jangan sampai demo kemarin terulang," kata Budi.', []),
        ('"Kemarin tuh rekening saya sempat diblokir," kata Rina.', []),
        # a reporter's event kemarin is yesterday's, and so is kemarin after a verb
        ("Pada laga kemarin, tim tamu menang 2-1.", [("kemarin", "2017-03-14")]),
        ("Polisi menangkap pelaku kemarin.", [("kemarin", "2017-03-14")]),
        ('"Kami bertemu kemarin," kata Andi.', [("kemarin", "2017-03-14")]),
    ],
)
def test_kemarin_after_a_season_or_an_event_is_the_last_one(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates_of(text, "2017-03-15") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lagu itu populer sejak tahun 1990 - an hingga awal 2000 - an.", []),
        ("Taktik itu dipakai sejak 1970 -an.", []),
        ("Ia menjabat sejak 1998 hingga 2000-an.", [("1998", "1998")]),
        ("Ia menjabat pada 2012 - 2017.", [("2012", "2012"), ("2017", "2017")]),
    ],
)
def test_a_decade_with_a_spaced_hyphen_is_no_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates_of(text, "2017-03-15") == expected


def test_a_quote_takes_the_day_of_an_earlier_attribution_whose_verb_stands_far_before_it() -> None:
    text = (
        '"Kami sudah siap," ujar pelatih Persita, Budi Santoso, kepada para pewarta di ruang konferensi pers '
        "Stadion Benteng Taruna, Tangerang, Rabu (12/7/2017).\n\n"
        '"Mudah-mudahan besok anak-anak bisa menang," jelasnya.'
    )
    assert dates_of(text, "2017-07-14") == [("Rabu (12/7/2017)", "2017-07-12"), ("besok", "2017-07-13")]


def test_a_relative_day_in_brackets_inside_a_quote_is_the_reporters_gloss() -> None:
    text = '"Besok (hari ini) dia diperiksa sebagai saksi," kata Kombes Andi kepada wartawan, Minggu (19/10).'
    found = dict(dates_of(text, "2025-10-20"))
    assert found["Besok"] == "2025-10-20"  # said on Sunday
    assert found["hari ini"] == "2025-10-20"  # the reporter's today


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rasio kredit macet naik dari 2,1% di Maret menjadi 2,4% di April 2025.",
            [("Maret", "2025-03"), ("April 2025", "2025-04")],
        ),
        ('"Kami usahakan aturan itu terbit sebelum Juli," katanya.', [("Juli", "2025-07")]),
        ("Kunjungan turis selama Januari - Maret naik 15 persen.", [("Januari", "2025-01"), ("Maret", "2025-03")]),
        # after a bare `di`, a month followed by a capitalised word is a given name
        ("Ia tinggal di rumah di Juni Antara bersama istrinya.", []),
    ],
)
def test_a_bare_month_after_di_or_sebelum_and_a_spaced_month_range(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates_of(text, "2025-05-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Banjir terjadi setelah hujan deras mengguyur kota itu semalam sejak pukul 22.00 WIB.",
            [("semalam", "2025-10-21")],
        ),
        ('"Semalam data inflasi Amerika dirilis," kata analis itu.', [("Semalam", "2025-10-21")]),
        ("Rombongan menteri menginap semalam di hotel itu.", []),
        ("Warga berjaga semalam suntuk di posko.", []),
    ],
)
def test_semalam_is_last_night_unless_a_one_night_span(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates_of(text, "2025-10-22") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BBCA - Buy 1110-1125 | TP 1150-1175 | SL 1045", []),
        ("Kerajaan itu berdiri pada tahun 1811-1816.", [("tahun 1811", "1811"), ("1816", "1816")]),
        ("Ia menjabat pada 2012-2017.", [("2012", "2012"), ("2017", "2017")]),
    ],
)
def test_a_bare_range_of_four_digit_numbers_is_years_only_when_they_look_modern(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert dates_of(text, "2025-10-22") == expected


def test_a_month_slip_a_month_ahead_of_publication_takes_the_weekdays_day() -> None:
    # 26 July 2017 is a Wednesday; Monday 26 June is the day before publication
    text = "Jemaah itu merayakan Idulfitri hari ini, Senin (26/7). Salat digelar di lapangan."
    assert dates_of(text, "2017-06-27") == [("hari ini", "2017-06-26"), ("Senin (26/7)", "2017-06-26")]


def test_one_digit_of_the_month_slipped_in_a_full_date() -> None:
    # 14 August 2017 is a Monday; Thursday 14 September is the day before publication
    text = '"Operasinya lancar," kata Asri di Jakarta, Kamis (14/8/2017).'
    assert dates_of(text, "2017-09-15") == [("Kamis (14/8/2017)", "2017-09-14")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cole akan bermain di paruh kedua Liga 1 2017.", [("2017", "2017")]),
        ("Nokia 6 2018 mengemas rancangan unibody.", [("2018", "2018")]),
        ("Sejak Liga 1 musim 2017 bergulir, Persija tampil konsisten.", [("musim 2017", "2017")]),
        # a run of numbers is no year
        ("Nomor rekeningnya 12 2017 34.", []),
    ],
)
def test_a_year_after_a_names_number(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates_of(text, "2017-07-12") == expected


def test_nanti_after_a_written_day_only_says_it_is_ahead() -> None:
    text = "Nasib striker itu ditentukan sebelum laga digelar Rabu (12/7/2017) sore nanti."
    assert dates_of(text, "2017-07-12") == [("Rabu (12/7/2017)", "2017-07-12")]


def test_a_later_attribution_on_the_day_of_publication_wins_over_an_earlier_day() -> None:
    """The day of saying is the latest attribution's; when that one is dated the day of
    publication, an earlier attribution about another day (the attack, Saturday) must not win."""
    text = (
        "Wali Kota Budi Santoso mengatakan pawai tetap digelar menyusul kebakaran pasar, Sabtu (3/6).\n\n"
        '"Kita tidak boleh takut," kata Budi kepada wartawan, Minggu (4/6).\n\n'
        '"Panitia tidak akan menggelar lomba hari ini," kata juru bicara panitia.'
    )
    found = dict(dates_of(text, "2017-06-04"))
    assert found["hari ini"] == "2017-06-04"
