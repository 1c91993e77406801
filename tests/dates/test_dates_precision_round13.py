"""Precision of the dates layer on the shapes of the thirteenth round's error classes (issue #16):
a spoken ``kemarin`` that means "back then" (``kemarin itu``, ``, kemarin pemenangan …``), ``hari
ini`` meaning "nowadays" (``anak-anak hari ini.``), a rough time ago (``2-3 bulan lalu``), the end
or start of a week (``akhir pekan lalu``: two days, not one), and a day in a stadium's name. Each
shape has its counterpart that IS a date, so neither rule can pass by dropping everything.
Sentences written for this test (not taken from any set). Compared as score.py compares (text
overlap, same value). Published 2025-10-22 (a Wednesday) unless a case says otherwise."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from datecases import dates_of, eval_errors  # noqa: E402

PUB = "2025-10-22"

CASES = [
    # `kemarin itu` in speech: "that time back then", no day
    ('"Sebenarnya kami kemarin itu hanya meminjam istilahnya saja," kata Kepala Dinas.', PUB, []),
    ('"Kartu BPJS-nya kemarin itu sudah mati, lalu diaktifkan lagi," tutur kerabatnya.', PUB, []),
    # … a reporter's `kemarin itu` and a spoken `kemarin` without `itu` stay yesterday
    ("Rapat kemarin itu berlangsung hingga malam.", PUB, [("kemarin", "2025-10-21")]),
    ('"Kemarin kami sudah memeriksa lima saksi," ujar Kapolres.', PUB, [("Kemarin", "2025-10-21")]),
    # after a comma in speech and before a noun: "the recent …", not yesterday
    ('"Sesuai dengan hasil, kemarin pemenangan pemilu diraih delapan partai," ujarnya.', PUB, []),
    # … after a comma but before a pronoun and a verb: yesterday
    ('"Dia agak kurus ya, kemarin aku lihat dia di rumah sakit," kata ibunya.', PUB, [("kemarin", "2025-10-21")]),
    # `hari ini` after a group or an age, closing its clause: nowadays
    ("Ia prihatin dengan kondisi anak-anak hari ini.", PUB, []),
    ('"Itulah tantangan generasi muda hari ini," katanya.', PUB, []),
    # … followed by a verb, or after anything else: the day
    ("Anak-anak hari ini mengikuti upacara di halaman sekolah.", PUB, [("hari ini", "2025-10-22")]),
    ("Harga cabai di pasar naik hari ini.", PUB, [("hari ini", "2025-10-22")]),
    # a rough count of months or years ago names no month or year
    ('"Karena 2-3 bulan lalu saya masih mendengar ada lahan yang belum dibebaskan," kata Presiden.', PUB, []),
    ("Kasus serupa terjadi dua-tiga tahun lalu di desa itu.", PUB, []),
    # … `bulan lalu` and `tahun lalu` alone are last month and last year
    ("Harga beras naik sejak bulan lalu.", PUB, [("bulan lalu", "2025-09")]),
    ("Produksi turun dibanding tahun lalu.", PUB, [("tahun lalu", "2024")]),
    # the end or start of a week is two or more days, as `akhir pekan ini` already was
    ("Klub itu kalah 0-3 di kandang lawan pada akhir pekan lalu.", PUB, []),
    ("Kebijakan itu mulai berlaku awal pekan depan.", PUB, []),
    # … with its weekday it is that day
    ("Ia tiba di Jakarta Sabtu akhir pekan lalu.", PUB, [("Sabtu akhir pekan lalu", "2025-10-18")]),
    ("Sidang dilanjutkan Senin awal pekan depan.", PUB, [("Senin awal pekan depan", "2025-10-27")]),
    # a day in the name of a stadium: a name, not a day of the story
    ("Laga itu digelar di Stadion Gelora 10 November, Surabaya.", PUB, []),
    ("Semangat arek-arek Suroboyo bergelora pada 10 November 1945.", PUB, [("10 November 1945", "1945-11-10")]),
]


@pytest.mark.parametrize(("text", "published", "gold"), CASES)
def test_round13_shapes(text: str, published: str, gold: list[tuple[str, str]]) -> None:
    assert eval_errors(dates_of(text, published), gold) == []


NOWADAYS = [
    # `hari ini dan ke depan`: now and from now on, no day
    ("Polri akan selalu hadir bersama warga, hari ini dan ke depan.", PUB, []),
    ('"Kami berkomitmen menjaga hutan hari ini maupun masa depan," ujarnya.', PUB, []),
    # … `hari ini dan besok` are two days
    ("Hujan lebat diperkirakan turun hari ini dan besok.", PUB, [("hari ini", "2025-10-22"), ("besok", "2025-10-23")]),
]


@pytest.mark.parametrize(("text", "published", "gold"), NOWADAYS)
def test_now_and_from_now_on(text: str, published: str, gold: list[tuple[str, str]]) -> None:
    assert eval_errors(dates_of(text, published), gold) == []


NUMBERS = [
    # a room, a block or a plot numbered like a year: a number, not a year
    ("Tamu itu menginap di kamar 2024 hotel tersebut.", PUB, []),
    ("Rumahnya berada di Blok 2020 Perumahan Griya Asri.", PUB, []),
    ("Tim tuan rumah mengumpulkan 2019 poin sepanjang musim.", PUB, []),
    # … while a year after `pada` stays a year even before a count
    ("Pada 2019 poin-poin kesepakatan itu diteken.", PUB, [("2019", "2019")]),
]


@pytest.mark.parametrize(("text", "published", "gold"), NUMBERS)
def test_numbers_shaped_like_years(text: str, published: str, gold: list[tuple[str, str]]) -> None:
    assert eval_errors(dates_of(text, published), gold) == []


def test_a_day_before_publication_under_its_weekday_is_the_publication_day() -> None:
    """``Rabu (27/6/2017)`` in a report published on Wednesday 28 June: the weekday and the
    publication both point to the 28th (GUIDELINES: a typo takes that day); under another
    weekday (``Senin (21/10)`` published on Wednesday 22 October) the written day stays."""
    text = "Kabar itu pertama kali diunggah akun Twitter @blogdokter pada Rabu (27/6/2017)."
    assert eval_errors(dates_of(text, "2017-06-28"), [("Rabu (27/6/2017)", "2017-06-28")]) == []
    text = "Kabar itu pertama kali diunggah pada Senin (21/10/2025)."
    assert eval_errors(dates_of(text, PUB), [("Senin (21/10/2025)", "2025-10-21")]) == []
    text = "Kabar itu pertama kali diunggah pada Selasa (21/10/2025)."
    assert eval_errors(dates_of(text, PUB), [("Selasa (21/10/2025)", "2025-10-21")]) == []


def test_a_bare_weekday_before_its_time() -> None:
    """``, Rabu pukul 07.12 WIT``: the wire style's bare weekday after a comma, followed by the time
    of that day rather than a full stop, is still that day; a weekday not after a comma is not read
    this way (``ditangkap Selasa di rumahnya`` is left to the other rules)."""
    text = "Gempa bermagnitudo 5,2 mengguncang Maluku, Selasa sekitar pukul 07.12 WIT."
    assert eval_errors(dates_of(text, PUB), [("Selasa", "2025-10-21")]) == []
    text = "Rapat pleno KPU akan digelar, Jumat pukul 09.00 WIB."
    assert eval_errors(dates_of(text, PUB), [("Jumat", "2025-10-24")]) == []


WEEKDAY_AFTER_VERB = [
    # the wire style's bare weekday right after a verb and before a preposition or a stop
    ("Ia meninggal di rumah sakit setelah terluka Jumat dalam unjuk rasa di ibu kota.", PUB, [("Jumat", "2025-10-17")]),
    ('"Serangan yang dilakukan Sabtu untuk para pelayat itu keji," kata Presiden.', PUB, [("Sabtu", "2025-10-18")]),
    ("Sidang akan dilanjutkan Senin di Pengadilan Negeri Jakarta Pusat.", PUB, [("Senin", "2025-10-27")]),
    ("Pelaku ditangkap Selasa sekitar pukul 10.00 WIB di rumahnya.", PUB, [("Selasa", "2025-10-21")]),
    # … a habit (`setiap`) or a weekday not after a verb is not read this way
    ("Pengajian rutin digelar setiap Jumat di masjid kampung.", PUB, []),
    ("Warga merayakan Minggu Palma di gereja.", PUB, []),
]


@pytest.mark.parametrize(("text", "published", "gold"), WEEKDAY_AFTER_VERB)
def test_a_bare_weekday_after_a_verb(text: str, published: str, gold: list[tuple[str, str]]) -> None:
    assert eval_errors(dates_of(text, published), gold) == []
