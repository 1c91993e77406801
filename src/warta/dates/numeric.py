"""Dates written with numbers: ``Rabu (13/9/2023)``, ``Jumat (15/9)``, ``13/09/2023``, ``tanggal 1/11``."""

from __future__ import annotations

import re

from warta.dates.candidate import Add, Candidate, Hits
from warta.dates.lexicon import full_year, is_day_month, weekday_number


def _strong_weekday(s: str) -> bool:
    """``Kamis 23/10``: a capitalised weekday (not ``Minggu``, also "week") vouches for the numbers after it."""
    return s[0].isupper() and s.lower() not in ("minggu", "kemarin", "hari ini") and weekday_number(s) is not None


_UNCLOSED_END = re.compile(r"\s*(?:[.;]|\n|$)")


def find_wd_numeric(text: str, hits: Hits, add: Add, region: int) -> None:
    """``Rabu (13/9/2023)``, ``Jumat (15/9)``, ``kemarin (20/10)``: a weekday and its numeric date."""
    for m in hits("wd_numeric"):
        d, mo = int(m.group("d")), int(m.group("m"))
        # `Rabu (8/10/2028.`: a bracket the writer never closed, at the end of a sentence or line
        unclosed = m.group("open") and not m.group("close") and m.group("y") and _UNCLOSED_END.match(text, m.end())
        if (bool(m.group("open")) != bool(m.group("close")) and not unclosed) or not is_day_month(d, mo):
            continue
        if not m.group("open") and not m.group("y") and not _strong_weekday(m.group("wd")):
            continue  # "kemarin 20/10", "minggu 2/3" without brackets or year: too weak
        wd_s = m.group("wd").lower()
        wd = weekday_number(wd_s)
        if m.group("wd2") and (wd is not None or not m.group("open")):
            continue  # `Senin (Selasa, 12/4)`: two weekdays; only `kemarin (Rabu, 12/4)` names one inside
        c = Candidate(m.start(), m.end(), "dm", d=d, m=mo, wd=wd, reporting=True, region=region)
        if wd is None:  # "kemarin (20/10)", "hari ini (20/10)": the written numbers win
            c.reporting = False
        if m.group("y"):
            c.kind, c.y = "full", full_year(m.group("y"))
        add(c)


def find_bracket_day(text: str, hits: Hits, add: Add, region: int) -> None:
    """``Kemudian (6/10), …``: a bracketed day after a word that opens a time."""
    for m in hits("bracket_day"):
        d, mo = int(m.group("d")), int(m.group("m"))
        if is_day_month(d, mo):
            c = Candidate(m.start("open"), m.end(), "dm", d=d, m=mo, region=region)
            if m.group("y"):
                c.kind, c.y = "full", full_year(m.group("y"))
            add(c)


def find_slash_day(text: str, hits: Hits, add: Add, region: int) -> None:
    """``tanggal 1/11``, ``pada 1/11 mendatang``: a day and month with a slash, a word vouching for it."""
    for m in hits("slash_day"):
        d, mo = int(m.group("d")), int(m.group("m"))
        if is_day_month(d, mo):
            add(Candidate(m.start("tg") if m.group("tg") else m.start("d"), m.end(), "dm", d=d, m=mo, region=region))


def find_numeric_dates(text: str, hits: Hits, add: Add, region: int) -> None:
    """``13/09/2023``, ``2023-09-13``: a whole numeric date."""
    for name in ("numeric", "iso"):
        for m in hits(name):
            d, mo, y = int(m.group("d")), int(m.group("m")), int(m.group("y"))
            if is_day_month(d, mo) and 1000 <= y <= 2199:
                add(Candidate(m.start(), m.end(), "full", y=y, m=mo, d=d, region=region))
