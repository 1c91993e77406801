"""Date shapes the other outlets write that the annotated sets do not code (issue #16, round 14):
a feast after `menjelang`/`saat` names the season around it, not its day; `selama 2,5 tahun ini`
is a span; and a day a few days before publication keeps its year when its weekday is the slip.
Sentences written for this test, not taken from any set."""

from __future__ import annotations

import pytest

import warta


def _dates(text: str, published: str) -> list[tuple[str, str]]:
    art = warta.read({"id": "t", "text": text, "published": published}, layers=["dates"])
    return [(d.text, d.value) for d in art.dates]


@pytest.mark.parametrize(
    "text",
    [
        "Pencurian biasanya meningkat menjelang Idul Fitri, kata polisi.",
        "Pasokan beras dijamin cukup jelang lebaran nanti.",
        "Saat Lebaran, jalan tol padat oleh pemudik.",
    ],
)
def test_feast_season_is_no_day(text: str) -> None:
    assert _dates(text, "2017-06-11") == []


def test_feast_pinned_by_pada_or_hijri_year_is_kept() -> None:
    assert _dates("Gerbang tol dibuka pada Idul Fitri.", "2025-03-20") == [("Idul Fitri", "2025-03-31")]
    assert _dates("Gerbang tol dibuka saat Idul Fitri 1446 H.", "2025-03-20") == [("Idul Fitri 1446 H", "2025-03-31")]


@pytest.mark.parametrize("count", ["2,5", "1.5", "3"])
def test_counted_span_ending_in_ini_is_no_year(count: str) -> None:
    text = f"Ia sudah bekerja sebagai honorer selama {count} tahun ini tanpa kenaikan gaji."
    assert _dates(text, "2025-06-26") == []


def test_plain_tahun_ini_still_read() -> None:
    assert _dates("Anggaran naik tahun ini.", "2025-06-26") == [("tahun ini", "2025")]


def test_recent_day_keeps_year_when_weekday_slips() -> None:
    text = "Kecelakaan terjadi Kamis (16/11/2017). Pengacaranya bicara di rumah sakit, Rabu, (16/11) malam."
    assert _dates(text, "2017-11-18") == [("Kamis (16/11/2017)", "2017-11-16"), ("Rabu, (16/11)", "2017-11-16")]


def test_weekday_still_picks_year_when_no_year_is_near() -> None:
    # published in January: `Jumat (15/9)` is the September before, where Friday fits
    assert _dates("Rapat itu digelar Jumat (15/9).", "2024-01-10") == [("Jumat (15/9)", "2023-09-15")]


@pytest.mark.parametrize(
    "text",
    [
        "Dosen Universitas 17 Agustus 1945 (Untag) Surabaya, Rahmat, menyorotinya.",
        "Ketua Yayasan Perguruan 17 Agustus 1945 Jakarta itu menyebut hal serupa.",
    ],
)
def test_body_named_after_its_founding_day_is_no_date(text: str) -> None:
    assert _dates(text, "2025-05-09") == []


def test_founding_day_itself_still_read() -> None:
    assert _dates("Indonesia merdeka pada 17 Agustus 1945.", "2025-05-09") == [("17 Agustus 1945", "1945-08-17")]
