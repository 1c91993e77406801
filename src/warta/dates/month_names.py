"""Dates with a month's name: ``13 September 2023``, ``September 2023``, ``pada Juli``."""

from __future__ import annotations

import re

from warta.dates.candidate import Add, Candidate, Hits
from warta.dates.lexicon import calendar, is_day_month, month_number, tables, weekday_number
from warta.dates.patterns import patterns

_NAME_AFTER = re.compile(r" (?-i:[A-Z][a-z]+)(?![\w])(?! (?:lalu|ini|depan|mendatang|kemarin)\b)")


def find_dmy(text: str, hits: Hits, add: Add, region: int) -> None:
    """``13 September 2023``, ``Sabtu (8 Maret)``, ``10-21 April``: a day with its month's name."""
    p = patterns()
    for m in hits("dmy"):
        d, mo = int(m.group("d")), month_number(m.group("mon"))
        if not is_day_month(d, mo):
            continue
        mon_s = m.group("mon")
        abbreviated = mon_s.lower().rstrip(".") not in calendar()["full_month_names"]
        if abbreviated and not m.group("y") and not m.group("wd") and not mon_s[0].isupper():
            continue  # "3 des" alone: a lower-case abbreviation needs a year or weekday to be trusted
        if not m.group("y") and not m.group("wd") and p["day_name"].search(text, max(0, m.start() - 20), m.start()):
            continue  # `Jalan 10 November`, `Gerakan 30 September`: the day names a street or an event
        if m.group("y") and not m.group("wd") and p["founded_name"].search(text, max(0, m.start() - 24), m.start()):
            # `Universitas 17 Agustus 1945`: a body named after the day it was founded; kept as a
            # candidate that wins over the month and year inside it and is then dropped
            add(Candidate(m.start(), m.end(), "full", flags=["not_a_date"], region=region))
            continue
        y = int(m.group("y")) if m.group("y") else None
        wd = weekday_number(m.group("wd"))
        kind = "full" if y else "dm"
        ry = (m.group("ry") or "").lower()
        sep, d2s = m.group("sep"), m.group("d2")
        start = m.start("wd") if m.group("wd") else m.start("d")
        # a bracket closes the date only when one opened after the weekday
        end = m.start("close") if m.group("close") and not m.group("open") else m.end()
        if m.group("open") and not m.group("close"):
            start, wd = m.start("d"), None  # `Sabtu (8 Maret`: no bracket closes; the weekday is not this date's
        if d2s and sep and sep.strip().lower() in ("dan", "&"):
            d2 = int(d2s)
            add(Candidate(start, m.end("d"), kind, y=y, m=mo, d=d, wd=wd, region=region))
            if is_day_month(d2, mo):
                add(Candidate(m.start("d2"), end, kind, y=y, m=mo, d=d2, region=region))
            continue
        c = Candidate(start, end, kind, y=y, m=mo, d=d, wd=wd, region=region)
        if ry:  # `26 Juni tahun depan`: the year is counted from the reference day
            c.n = {"depan": 1, "lalu": -1}.get(ry, 0)
            c.flags.append("relative_year")
        if d2s and int(d2s) > d and is_day_month(int(d2s), mo):
            c.d2, c.m2 = int(d2s), mo
        add(c)


def find_my(text: str, hits: Hits, add: Add, region: int) -> None:
    """``September 2023``, ``Juni-Juli 2025``: a month's name with its year."""
    for m in hits("my"):
        mo, y = month_number(m.group("mon")), int(m.group("y"))
        if mo is None or not 1000 <= y <= 2199:
            continue
        m2 = month_number(m.group("mon2")) if m.group("mon2") else None
        if m2 is not None and m2 != mo:
            # `Juni-Juli 2025`: one entry per end of a month range (GUIDELINES)
            add(Candidate(m.start(), m.end("mon"), "my", y=y if m2 > mo else y - 1, m=mo, region=region))
            add(Candidate(m.start("mon2"), m.end(), "my", y=y, m=m2, region=region))
            continue
        add(Candidate(m.start(), m.end(), "my", y=y, m=mo, period=(m.group("per") or None), region=region))


def find_month_only(text: str, hits: Hits, add: Add, region: int) -> None:
    """``pada Juli``, ``akhir bulan Maret``: a month's name without its year."""
    t = tables()
    for m in hits("month_only"):
        mon_s = m.group("mon")
        pre = m.group("pre").lower()
        if not mon_s[0].isupper() or (pre in t["loose_month_prefix"] and _NAME_AFTER.match(text, m.end())):
            continue  # `data Juli Budi`, `di Juni Antara`: a capitalised word after makes the month a given name
        start = m.start("pre") if pre in t["periods"] else (m.start("bulan") if m.group("bulan") else m.start("mon"))
        add(Candidate(start, m.end(), "mo", m=month_number(mon_s), period=pre, region=region))
