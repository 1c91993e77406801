"""Calendar arithmetic every step shares: a day that may not exist, a day moved by a count, a month
moved by a count, the calendar's ends, and the publication stamp read as a day."""

from __future__ import annotations

from datetime import date


def safe_date(y: int | None, m: int | None, d: int | None) -> date | None:
    if y is None or m is None or d is None:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


PUBLISHED_YEARS = (1000, 2199)  # the years the patterns read; outside them a stamp is bogus


def parse_published(value: str | None) -> date | None:
    """The publication day, or None when it is missing, malformed or out of any news year (a
    ``9999-12-31`` stamp would push relative days past the calendar's end)."""
    if not value:
        return None
    try:
        day = date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
    return day if PUBLISHED_YEARS[0] <= day.year <= PUBLISHED_YEARS[1] else None


def shift(d: date, days: int) -> date | None:
    """``d`` moved by ``days``; None past the calendar's ends (a day counted from `31/12/9999` or
    `1/1/0001`, a scraper's stamps): that count names no day, and the article's other dates stand."""
    n = d.toordinal() + days
    return date.fromordinal(n) if 1 <= n <= _LAST_ORDINAL else None


_LAST_ORDINAL = date.max.toordinal()


def in_calendar(year: int) -> bool:
    """Whether a month or year counted from a day at the calendar's ends (`tahun depan` after
    `31/12/9999`) is still in it: past them it names none (no `10000`, no `0000-12`)."""
    return date.min.year <= year <= date.max.year


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1
