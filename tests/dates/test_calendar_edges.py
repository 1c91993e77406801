"""Days at the calendar's ends (year 1, year 9999: a scraper's zero time, a 'never' stamp, a typo)
never cost a record. A relative day counted from a written `Kamis (2/1/0001)` standing in for
the publication day, or a day after `31/12/9999`, raised OverflowError in the dates layer and the
whole record failed ('date value out of range')."""

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


def test_a_day_counted_past_the_end_costs_the_dates_not_the_record() -> None:
    art = warta.read({"id": "x", "text": "Jakarta - Rapat digelar Jumat (31/12/9999). Keesokan harinya rapat lagi."})
    assert art.dates == [] and any("calendar's ends" in w for w in art.warnings)
    assert art.sentences and art.entities is not None
