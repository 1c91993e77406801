"""Times of day (``pukul 10.30 WIB``), the day each belongs to, and their ISO value."""

from __future__ import annotations

import re

from warta.dates.candidate import Add, Candidate, Hits
from warta.dates.lexicon import full_year, is_day_month, tables
from warta.dates.text_shapes import SENTENCE_BREAK

# `pukul 21.00 WIB (4/5)`: a bracketed day right after a time
_BRACKET_DAY = re.compile(r"\s*\(\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{4}|\d{2}))?\s*\)")


def find_time(text: str, hits: Hits, add: Add, region: int) -> None:
    """``pukul 10.30 WIB``: a time of day, and a bracketed day right after it."""
    t = tables()
    for m in hits("time"):
        h_s = m.group("h") or m.group("h2")
        mi_s = m.group("mi") or m.group("mi2") or "0"
        hh, mi = int(h_s), int(mi_s)
        if hh > 24 or mi > 59:
            continue
        tz_s = m.group("tz")
        if m.group("h") is None and not tz_s:
            continue
        if m.group("h") and not (m.group("mi") or tz_s or m.group("dp")) and "jam" in m.group(0).lower()[:4]:
            continue  # "jam 3" alone is too often a count
        dp = (m.group("dp") or "").lower()
        if dp in ("sore", "petang", "malam") and hh < 12 and not (dp == "malam" and hh < 5):
            hh += 12
        if dp == "siang" and hh < 5:
            hh += 12
        c = Candidate(m.start(), m.end(), "time", hh=hh % 24, mi=mi, region=region)
        bd = _BRACKET_DAY.match(text, m.end()) if (tz_s or m.group("dp")) else None
        if bd and is_day_month(int(bd.group("d")), int(bd.group("m"))):
            day = Candidate(
                text.find("(", m.end(), bd.end()),
                bd.end(),
                "dm",
                d=int(bd.group("d")),
                m=int(bd.group("m")),
                region=region,
            )
            if bd.group("y"):
                day.kind, day.y = "full", full_year(bd.group("y"))
            add(day)
        if tz_s:
            c.tz = t["tz"].get(tz_s.upper())
        if m.group("eh"):
            eh, emi = int(m.group("eh")), int(m.group("emi") or 0)
            if eh <= 24 and emi <= 59:
                c.d2, c.m2 = eh % 24, emi  # end time kept in d2/m2 (hour, minute)
        add(c)


TIME_DAY_WINDOW = 80  # how far a time may stand from the day it belongs to


def nearest_day(c: Candidate, days: list[tuple[int, int, str]], text: str) -> str | None:
    best: tuple[int, str] | None = None
    for s, e, iso in days:
        gap = c.start - e if e <= c.start else s - c.end
        if gap < 0 or gap > TIME_DAY_WINDOW or SENTENCE_BREAK.search(text, min(e, c.end), max(s, c.start)):
            continue
        if best is None or gap < best[0]:
            best = (gap, iso)
    return best[1] if best else None


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
