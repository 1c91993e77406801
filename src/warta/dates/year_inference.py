"""The year of a day or month written without one, and the checks of a written weekday.

A day written without its year (``Jumat (15/9)``) takes its sentence's year, the side of the
publication a word after it points to (``2 Januari lalu``), else the year that makes its weekday
true and lies nearest the article's other dates; if no year near them fits the weekday, the
nearest year is kept and the mention is flagged ``weekday_mismatch`` (and a slip of the pen near
the publication may be mended: ``month_typo``, ``typo``). A month written without its year takes
the year of the month a range runs to, of its sentence, of the same month named just before, or
the one around the reference day its tense points to.
"""

from __future__ import annotations

import re
from datetime import date

from warta.dates.calendar_days import safe_date
from warta.dates.candidate import Candidate
from warta.dates.lexicon import calendar, tables
from warta.dates.ranges import JOIN
from warta.dates.tense import FUTURE_AFTER, PAST_AFTER, tense_around
from warta.dates.text_shapes import SENTENCE_BREAK

# the year of a day the weekday written with it makes true, near the article's other days
FUTURE_WEIGHT = 1.5
MAX_YEAR_GAP_DAYS = 400  # a weekday that only fits further than this from the article's dates is a typo
# a day this near the article's dates is the one meant even when its weekday only fits another year:
# the weekday is the slip (`Rabu, (16/11)` in a story of Saturday 18/11/2017 is the 16th, a Thursday)
NEAR_DAY_DAYS = 31


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


_RELATIVE_AFTER = re.compile(r"\s+(?:lalu|mendatang|depan|nanti|kemarin|silam|ini)(?![\w])", re.IGNORECASE)


def same_sentence_year(text: str, c: Candidate, cands: list[Candidate]) -> int | None:
    """The one year that dates earlier in ``c``'s sentence give (``Pilkada 2018 … pada 27 Juni``),
    if exactly one; years of laws (``Nomor 1 Tahun 2017``) do not count, and a date that says
    itself how far it lies (``17 Maret mendatang``) keeps to the reference day."""
    if _RELATIVE_AFTER.match(text, c.end):
        return None
    years = set()
    for d in cands:
        if d is c or d.region != c.region or d.y is None or "decree" in d.flags or d.end > c.start:
            continue
        if d.kind not in ("full", "my", "year") or c.start - d.end > 200:
            continue
        if SENTENCE_BREAK.search(text, d.end, c.start):
            continue
        years.add(d.y)
    return years.pop() if len(years) == 1 else None


_THAT = re.compile(r"\s+(?:itu|tersebut)(?![\w])", re.IGNORECASE)
SAME_MONTH_WINDOW = 600  # how far back the same month, with its year, may have been named


def _named_before(i: int, cands: list[Candidate]) -> int | None:
    """``bakti sosial pada Januari 2026 mendatang. … di bulan Januari …``: a month named again
    without its year is the one just named with it (``cands[i]``, the candidates in text order)."""
    c = cands[i]
    for d in reversed(cands[max(0, i - 50) : i]):  # the few just before it, not the whole article
        if c.start - d.end > SAME_MONTH_WINDOW:
            break
        if d.kind in ("my", "full") and d.m == c.m and "decree" not in d.flags and d.y is not None:
            return d.y
    return None


def _directed_year(text: str, c: Candidate, published: date) -> int | None:
    """``2 Januari lalu`` written in October is this January, ``5 Februari mendatang`` the next
    February: the word after a day without its year says on which side of the publication it lies."""
    if PAST_AFTER.match(text, c.end):
        y = published.year
        dt = safe_date(y, c.m, c.d)
        return y if dt is None or dt <= published else y - 1
    if FUTURE_AFTER.match(text, c.end):
        y = published.year
        dt = safe_date(y, c.m, c.d)
        return y if dt is None or dt >= published else y + 1
    return None


TYPO_DAYS_BACK, TYPO_DAYS_AHEAD = 14, 7  # a news report's days lie this close to its publication
FAR_DAYS = 20  # a day written without its year that lands further than this from publication


def _month_typo(c: Candidate, published: date | None) -> date | None:
    """``Senin (1/2)`` in a report published on 9 December: no year makes 1 February a Monday
    near the publication, but 1 December, a Monday a week before, does; the month is the typo
    (GUIDELINES: the weekday and the publication day point to the day meant)."""
    if published is None or c.wd is None or c.d is None or c.y is None or c.m is None:
        return None
    written = safe_date(c.y, c.m, c.d)
    if written is None or abs((written - published).days) <= FAR_DAYS:
        return None
    fits = [
        dt
        for k in range(-TYPO_DAYS_BACK, TYPO_DAYS_AHEAD + 1)
        if (dt := date.fromordinal(published.toordinal() + k)).weekday() == c.wd and dt.day == c.d
    ]
    return fits[0] if len(fits) == 1 else None


def _one_slip(a: str, b: str) -> bool:
    """Two numbers written alike but for one digit (``25`` for ``15``, ``2028`` for ``2025``)."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _written_typo(c: Candidate, published: date | None) -> date | None:
    """``Senin (22/7/2025)`` published on Monday 21 July, ``Selasa (25/11)`` on Thursday 17
    November, ``Sabtu (1/6)`` on Sunday 7 January, ``Rabu (8/10/2028`` on Thursday 9 October: the
    written day is not that weekday, and one slip of the pen (a day off by one, one digit of the
    day or the year, day and month swapped) gives a day of that weekday close to the publication
    (GUIDELINES: the weekday and the publication day point to the day meant; `Kamis (14/8/2017)`
    published on Friday 15 September: one digit of the month). Only a written day
    after the publication or far from it is taken for the slip; days up to the publication are
    preferred; two equally good leave the day as written."""
    if published is None or c.wd is None or c.d is None or c.y is None or c.m is None:
        return None
    written = safe_date(c.y, c.m, c.d)
    if written is None or written.weekday() == c.wd:
        return None
    if written <= published and (published - written).days <= FAR_DAYS:
        # a day up to the publication may be right and the weekday the slip; but the day before
        # the publication under the publication's own weekday (`Rabu (27/6/2017)` published on
        # Wednesday 28 June) has both pointing to the publication day (outlets_heldout9)
        if (published - written).days == 1 and published.weekday() == c.wd:
            return published
        return None
    fits = []
    for k in range(-TYPO_DAYS_BACK, TYPO_DAYS_AHEAD + 1):
        dt = date.fromordinal(published.toordinal() + k)
        if dt.weekday() != c.wd:
            continue
        same_md = dt.month == c.m and dt.day == c.d
        if (
            abs((dt - written).days) == 1
            or (dt.month == c.m and dt.year == c.y and _one_slip(f"{c.d:02d}", f"{dt.day:02d}"))
            or (dt.day == c.d and dt.year == c.y and _one_slip(f"{c.m:02d}", f"{dt.month:02d}"))
            or (same_md and _one_slip(str(c.y), str(dt.year)))
            or (dt.year == c.y and dt.month == c.d and dt.day == c.m)
        ):
            fits.append((dt > published, abs(k), dt))
    fits.sort()
    if not fits or (len(fits) > 1 and fits[0][:2] == fits[1][:2]):
        return None
    return fits[0][2]


def infer_day_years(text: str, cands: list[Candidate], published: date | None) -> None:
    """Give each day written without its year (``Jumat (15/9)``, ``2 Januari lalu``) a year: the
    relative year it says, the year of its sentence, the side of the publication a word after it
    points to, else the year that makes its weekday true near the article's days (near the
    publication day when there is one: news reports the present); and fix a written day whose
    weekday shows a slip of the pen."""
    explicit = [(c, dt) for c in cands if c.kind == "full" and (dt := safe_date(c.y, c.m, c.d))]
    anchors = [dt for _, dt in explicit]
    if published:
        anchors.append(published)
    # no day anywhere: the latest year the article names is the earliest it can have been written
    floor_year = None
    if not anchors:
        years = [c.y for c in cands if c.kind in ("my", "year") and c.y]
        floor_year = max(years) if years else None

    # days without a year: near the publication day when there is one (news reports the present)
    for c in cands:
        # `26 Juni tahun depan`; without a publication day the year is inferred as for any other day
        if c.kind == "dm" and "relative_year" in c.flags and published and safe_date(published.year + c.n, c.m, c.d):
            c.y, c.kind = published.year + c.n, "full"
            continue
        sy = same_sentence_year(text, c, cands) if c.kind == "dm" and c.wd is None else None
        if sy is not None and safe_date(sy, c.m, c.d):
            c.y, c.kind = sy, "full"
            c.flags.append("year_inferred")
            continue
        if c.kind == "dm" and c.wd is None and published and (y := _directed_year(text, c, published)):
            c.y, c.kind = y, "full"
            c.flags.append("year_inferred")
            continue
        if c.kind == "dm":
            if floor_year is not None:
                y, mismatch = infer_year_forward(c, floor_year)
            else:
                y, mismatch = infer_year(c, [published] if published and c.wd is None else anchors)
            if y is None:
                continue
            c.y, c.kind = y, "full"
            c.flags.append("year_inferred")
            if mismatch:
                c.flags.append("weekday_mismatch")
                fixed = _month_typo(c, published)
                if fixed is not None:
                    c.y, c.m = fixed.year, fixed.month
                    c.flags.append("month_typo")
                elif (fixed := _written_typo(c, published)) is not None:
                    c.y, c.m, c.d = fixed.year, fixed.month, fixed.day
                    c.flags.append("typo")
        elif c.kind == "full" and c.wd is not None:
            dt = safe_date(c.y, c.m, c.d)
            if dt and dt.weekday() != c.wd:
                c.flags.append("weekday_mismatch")
                if (fixed := _written_typo(c, published)) is not None:
                    c.y, c.m, c.d = fixed.year, fixed.month, fixed.day
                    c.flags.append("typo")


def infer_month_years(text: str, cands: list[Candidate], month_ref: date | None) -> None:
    """Give each month written without its year a year: the year of the month a range or list runs
    to, the year of its sentence, the year of the same month named just before, else the year
    around ``month_ref`` (the publication day, or the reference standing in for it) the words'
    tense points to."""
    later: Candidate | None = None
    for i in range(len(cands) - 1, -1, -1):
        c = cands[i]
        if c.kind == "mo" and c.m is not None:
            if (
                later is not None
                and later.kind in ("mo", "my")
                and later.y
                and JOIN.fullmatch(text, c.end, later.start)
            ):
                c.y = later.y if c.m <= (later.m or 12) else later.y - 1
            elif (sy := same_sentence_year(text, c, cands)) is not None:
                c.y = sy
            elif (ey := _named_before(i, cands)) is not None and (
                month_ref is None or ey > month_ref.year or _THAT.match(text, c.end)
            ):
                c.y = ey  # a month ahead named again (`… Januari 2026 mendatang. … Januari itu …`)
            elif month_ref is not None:
                c.y = month_year(c.m, month_ref, c.period)
                # `data inflasi Maret akan dirilis`: a month naming a figure's period takes no tense
                side = 0 if c.period in tables()["month_nouns"] else tense_around(text, c)
                if side > 0 and c.m < month_ref.month:
                    c.y = month_ref.year + 1  # `akan … pada Februari` written in October: next February
                elif side < 0 and c.m > month_ref.month:
                    c.y = month_ref.year - 1  # `sudah … pada November` written in October: last November
                elif (
                    side == 0
                    and c.y == month_ref.year
                    and (c.m - month_ref.month) * FUTURE_WEIGHT > 12 - (c.m - month_ref.month)
                ):
                    c.y = month_ref.year - 1  # `inflasi Desember` written in January: last December
        later = c
