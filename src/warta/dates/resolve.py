"""Turning candidates into calendar values: missing years, relative days, times.

- A day written without its year (``Jumat (15/9)``) takes the year that makes the weekday
  true and lies nearest the article's other dates; if no year near them fits the weekday,
  the nearest year is kept and the mention is flagged ``weekday_mismatch``.
- Relative expressions (``kemarin``, ``Senin lalu``, ``tahun lalu``) resolve against the
  publication day, or — without one — against the article's latest explicit day. Inside a
  quotation they resolve against the day the words were spoken when the attribution gives it.
"""

from __future__ import annotations

from datetime import date

from warta.dates.candidate import Candidate
from warta.dates.lexicon import calendar

FUTURE_WEIGHT = 1.5
MAX_YEAR_GAP_DAYS = 400  # a weekday that only fits further than this from the article's dates is a typo
# a day this near the article's dates is the one meant even when its weekday only fits another year:
# the weekday is the slip (`Rabu, (16/11)` in a story of Saturday 18/11/2017 is the 16th, a Thursday)
NEAR_DAY_DAYS = 31


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


def infer_year(c: Candidate, anchors: list[date]) -> tuple[int | None, bool]:
    """Year for a day without one; the bool says the written weekday could not be honoured."""
    years = sorted({a.year for a in anchors})
    if not years:
        return None, False
    cands = range(years[0] - 1, years[-1] + 2)

    def dist(y: int) -> float | None:
        dt = safe_date(y, c.m, c.d)
        if dt is None:
            return None
        # news reports the past more often than it looks months ahead: without a weekday to
        # decide, a day ahead counts as further away (`30 Maret` written in October: last March)
        ahead = FUTURE_WEIGHT if c.wd is None else 1.0
        return min((dt - a).days * ahead if dt > a else (a - dt).days for a in anchors)

    scored = [(dd, y) for y in cands if (dd := dist(y)) is not None]
    if not scored:
        return None, False
    if c.wd is not None:
        fits = [(dd, y) for dd, y in scored if date(y, c.m, c.d).weekday() == c.wd and dd <= MAX_YEAR_GAP_DAYS]
        nearest = min(scored)
        if fits and not (nearest[0] <= NEAR_DAY_DAYS < min(fits)[0]):
            return min(fits)[1], False
        return nearest[1], True
    return min(scored)[1], False


FORWARD_MONTH_WORDS = frozenset(calendar()["forward_month_words"])


def month_year(m: int, ref: date, prefix: str | None = None) -> int:
    """Year of a month named without one: the reference year (news speaks of its own year),
    or the next one when the text looks ahead (``hingga Januari`` written in October)."""
    if prefix in FORWARD_MONTH_WORDS and m < ref.month - 2:
        return ref.year + 1
    return ref.year


YEARS_AHEAD = 12  # a weekday and a day-month repeat within this many years


def infer_year_forward(c: Candidate, floor: int) -> tuple[int | None, bool]:
    """Year for a day without one when the article names only years: the first year from
    ``floor`` on that fits the weekday (``floor`` itself without a weekday)."""
    if c.wd is None:
        return (floor if safe_date(floor, c.m, c.d) else None), False
    for y in range(floor, floor + YEARS_AHEAD):
        dt = safe_date(y, c.m, c.d)
        if dt and dt.weekday() == c.wd:
            return y, False
    return floor, True


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


def _day(ref: date, k: int, end_k: int | None = None) -> tuple[str, str, str | None] | None:
    """The day ``k`` days from ``ref`` (and the range's end ``end_k`` days from it), as
    :func:`resolve_relative` gives it; None when either falls past the calendar's ends."""
    day, end = shift(ref, k), None if end_k is None else shift(ref, end_k)
    if day is None or (end_k is not None and end is None):
        return None
    return day.isoformat(), "day", None if end is None else end.isoformat()


def resolve_relative(c: Candidate, ref: date) -> tuple[str, str, str | None] | None:
    """(value, granularity, end_value) of a relative expression seen from ``ref``; None when it
    names no day (past the calendar's ends, or a day of a month that month lacks)."""
    if c.kind == "rel_day":
        return _day(ref, c.n)
    monday = -ref.weekday()  # the start of ref's week, in days from ref
    if c.kind == "rel_weekday":
        assert c.wd is not None
        if "bare" in c.flags:  # "pada Rabu": the latest such day (the next one after "akan")
            if c.direction > 0:
                return _day(ref, (c.wd - ref.weekday()) % 7)
            return _day(ref, -((ref.weekday() - c.wd) % 7))
        if "week" in c.flags:  # `Kamis pekan depan`, `Senin pekan lalu`: that day of the week named
            return _day(ref, monday + 7 * c.direction + c.wd)
        if c.direction < 0:
            return _day(ref, -((ref.weekday() - c.wd) % 7 or 7))
        if c.direction > 0:
            return _day(ref, (c.wd - ref.weekday()) % 7 or 7)
        return _day(ref, monday + c.wd)
    if c.kind == "rel_unit":
        n = c.n * c.direction
        if c.unit == "day":
            return _day(ref, n)
        if c.unit == "week":
            if "counted" in c.flags:  # "dua pekan lalu": a day two weeks back
                return _day(ref, 7 * n)
            ws = monday + 7 * n
            if c.period == "akhir":
                return _day(ref, ws + 5, ws + 6)
            return _day(ref, ws, ws + 6)
        if c.unit == "month":
            y, m = add_months(ref.year, ref.month, n)
            return (f"{y:04d}-{m:02d}", "month", None) if in_calendar(y) else None
        if c.unit == "year":
            return (f"{ref.year + n:04d}", "year", None) if in_calendar(ref.year + n) else None
    if c.kind == "rel_day_of_month":  # `tanggal 5 bulan depan`
        assert c.d is not None
        y, m = add_months(ref.year, ref.month, c.n)
        day = safe_date(y, m, c.d)
        return (day.isoformat(), "day", None) if day else None
    if c.kind == "rel_month":
        assert c.m is not None
        if c.unit == "year":
            y = ref.year + c.direction
        elif c.direction < 0:
            y = ref.year if c.m <= ref.month else ref.year - 1
        elif c.direction > 0:
            y = ref.year if c.m >= ref.month else ref.year + 1
        else:
            y = ref.year
        return (f"{y:04d}-{c.m:02d}", "month", None) if in_calendar(y) else None
    return None


def tz_suffix(tz: int | None) -> str:
    return "" if tz is None else f"{'+' if tz >= 0 else '-'}{abs(tz):02d}:00"


def time_value(c: Candidate, day: str | None) -> tuple[str, str | None]:
    """ISO datetime (or bare time) of a time mention, with its range end if any."""
    assert c.hh is not None and c.mi is not None
    tz = tz_suffix(c.tz)
    prefix = day if day else ""
    value = f"{prefix}T{c.hh:02d}:{c.mi:02d}:00{tz}"
    end = f"{prefix}T{c.d2:02d}:{c.m2 or 0:02d}:00{tz}" if c.d2 is not None else None
    return value, end
