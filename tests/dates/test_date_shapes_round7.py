"""A weekday and its date in brackets are one date, with a part of the day between them (`Minggu
malam (9/3/2025)`) or a long date inside the brackets (`Sabtu (8 Maret 2025)`): other outlets
write both. Values checked by hand."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from datecases import dates_of as _dates  # noqa: E402


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Kejadian berlangsung Minggu malam (9/3/2025).", [("Minggu malam (9/3/2025)", "2025-03-09")]),
        ("Ia tiba Sabtu sore (8/3) di bandara.", [("Sabtu sore (8/3)", "2025-03-08")]),
        ("Keputusan itu diteken pada Sabtu (8 Maret 2025).", [("Sabtu (8 Maret 2025)", "2025-03-08")]),
        ("Sabtu (8 Maret) lalu, ia datang.", [("Sabtu (8 Maret)", "2025-03-08")]),
        # a bracket that opened before the weekday is not the date's own
        ("Pada (Senin, 10 Maret 2025) rapat digelar.", [("Senin, 10 Maret 2025", "2025-03-10")]),
        ("Rapat digelar (10 Maret 2025) di Jakarta.", [("10 Maret 2025", "2025-03-10")]),
        # `lalu`/`kemarin` between the weekday and its date
        ("Pada Selasa kemarin (11/3), polisi datang.", [("Selasa kemarin (11/3)", "2025-03-11")]),
        ("Sabtu sore kemarin (8/3), ia datang.", [("Sabtu sore kemarin (8/3)", "2025-03-08")]),
        ("Ia datang pada Kamis lalu (6/3).", [("Kamis lalu (6/3)", "2025-03-06")]),
    ],
)
def test_weekday_and_bracketed_date(text: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, "2025-03-12T10:00:00+07:00") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Laga pekan ke-10 Liga 1 2025/26 digelar.", [("2025/26", "2025"), ("2025/26", "2026")]),
        ("Musim 1999/00 berakhir.", [("1999/00", "1999"), ("1999/00", "2000")]),
        ("Nomor 2025/12 itu dicabut.", []),  # no season: a number
    ],
)
def test_season_with_two_digit_end(text: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, "2025-03-12T10:00:00+07:00") == want
