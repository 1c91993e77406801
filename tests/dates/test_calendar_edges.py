"""Days at the calendar's ends (year 1, year 9999: a scraper's zero time, a 'never' stamp, a typo)
never cost a record. A relative day counted from a written `Kamis (2/1/0001)` standing in for
the publication day, or a day after `31/12/9999`, raised OverflowError in the dates layer and the
whole record failed ('date value out of range'); then it cost the record's dates; now such a count
is no day (``warta.dates.calendar_days.shift``) and the other dates stand."""

from __future__ import annotations

import pytest

import warta


@pytest.mark.parametrize(
    ("published", "text", "kept"),
    [
        (
            None,
            "Jakarta - Rapat digelar pada Kamis (2/1/0001), lalu kemarin dan pekan lalu dibahas lagi.",
            ["0001-01-02"],
        ),
        (
            "0001-01-01T00:00:00Z",
            "Jakarta - Rapat digelar kemarin dan pekan lalu, kata Ketua DPRD kepada wartawan.",
            [],
        ),
        ("9999-12-31", "Jakarta - Rapat digelar besok, lusa dan pekan depan, pada Jumat (31/12/9999).", ["9999-12-31"]),
    ],
)
def test_relative_days_at_the_calendars_ends_are_not_counted(published: str | None, text: str, kept: list[str]) -> None:
    art = warta.read({"id": "x", "published": published, "text": text})
    assert [d.value for d in art.dates] == kept
    assert not any("dates:" in w for w in art.warnings)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Jakarta - Rapat digelar Jumat (31/12/9999). Keesokan harinya rapat lagi.", ["9999-12-31"]),
        ("Jakarta - Rapat digelar Senin (1/1/0001). Sehari sebelumnya rapat lagi.", ["0001-01-01"]),
        (  # days counted from the day of speaking, written at the calendar's end
            'Jakarta - "Kami akan rapat lagi besok dan pekan depan," kata Ketua DPRD Budi Santoso, Jumat (31/12/9999).',
            ["9999-12-31"],
        ),
        (
            'Jakarta - "Kami rapat kemarin dan pekan lalu," kata Ketua DPRD Budi Santoso, Senin (1/1/0001).',
            ["0001-01-01"],
        ),
        (  # up to the last day the count still names a day
            "Jakarta - Rapat digelar Kamis (30/12/9999). Keesokan harinya rapat lagi.",
            ["9999-12-30", "9999-12-31"],
        ),
    ],
)
def test_a_day_counted_past_the_end_is_no_day_and_the_others_stand(text: str, kept: list[str]) -> None:
    """It used to raise, and the dates layer dropped every date of the record with a warning
    (caught by the error's message); now that count names no day and the written ones stand."""
    art = warta.read({"id": "x", "text": text})
    assert [d.value for d in art.dates] == kept
    assert not any("dates:" in w for w in art.warnings) and art.sentences


def test_shift_stops_at_the_calendars_ends() -> None:
    from datetime import date

    from warta.dates.calendar_days import shift

    assert shift(date(9999, 12, 30), 1) == date(9999, 12, 31) and shift(date(9999, 12, 31), 1) is None
    assert shift(date(1, 1, 2), -1) == date(1, 1, 1) and shift(date(1, 1, 1), -7) is None


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            'Jakarta - "Kami rapat lagi tahun depan dan bulan depan," kata Ketua DPRD Budi Santoso, Jumat (31/12/9999).',
            ["9999-12-31"],
        ),
        (
            'Jakarta - "Kami rapat tahun lalu dan bulan lalu," kata Ketua DPRD Budi Santoso, Senin (1/1/0001).',
            ["0001-01-01"],
        ),
    ],
)
def test_a_month_or_year_counted_past_the_end_is_none(text: str, kept: list[str]) -> None:
    """A month or a year counted past the calendar's ends was written as one it lacks (`10000`,
    `10000-01`, `0000-12`: no ISO date); now, as a day counted so, it is none."""
    art = warta.read({"id": "x", "text": text})
    assert [d.value for d in art.dates] == kept
