"""Ranges and lists of days, months and years: ``Senin-Rabu (20-22/10)``, ``Januari-Maret``, ``2022/2023``.

A range of days is its first day (GUIDELINES); a range of months or years gives an entry per end.
"""

from __future__ import annotations

import re

from warta.dates.candidate import Add, Candidate, Hits
from warta.dates.lexicon import full_year, is_day_month, month_number, tables, weekday_number
from warta.dates.tense import looks_ahead

_MONTH_WORD = re.compile(r"[A-Za-z]+")


def find_wd_range(text: str, hits: Hits, add: Add, region: int) -> None:
    """``Senin-Rabu (20-22/10/2025)``: a run of days with their dates in brackets, its first day."""
    for m in hits("wd_range"):
        d, d2, mo = int(m.group("d")), int(m.group("d2")), int(m.group("m"))
        if not (is_day_month(d, mo) and is_day_month(d2, mo) and d2 > d):
            continue
        # a range of days is its first day (GUIDELINES), its weekday the first one written
        c = Candidate(
            m.start(), m.end(), "dm", d=d, m=mo, wd=weekday_number(m.group("wd")), reporting=True, region=region
        )
        c.d2, c.m2 = d2, mo
        if m.group("y"):
            c.kind, c.y = "full", full_year(m.group("y"))
        add(c)


def find_wd_span(text: str, hits: Hits, add: Add, region: int) -> None:
    """``Senin hingga Rabu``: a run of weekdays without dates, its first day."""
    t = tables()
    for m in hits("wd_span"):
        wd_s, wd2_s = m.group("wd"), m.group("wd2")
        if not (wd_s[0].isupper() and wd2_s[0].isupper()):
            continue
        pre = (m.group("pre") or "").lower()
        week = weekday_number(wd_s) == 0 and (weekday_number(wd2_s) or 0) >= 4
        if pre in ("setiap", "tiap") or week or t["every"].search(text[max(0, m.start() - 16) : m.start("wd")].lower()):
            continue  # `setiap Senin-Kamis`, `pada Senin-Jumat`: the days a schedule keeps, no one day
        before = text[max(0, m.start() - 60) : m.start()].lower()
        c = Candidate(m.start("wd"), m.end(), "rel_weekday", wd=weekday_number(wd_s), region=region)
        c.direction = 1 if looks_ahead(before) else -1
        c.flags.append("bare")
        add(c)


def find_month_list(text: str, hits: Hits, add: Add, region: int) -> None:
    """``Januari, Februari, dan Maret 2025``: months listed before the one with the year."""
    for m in hits("month_list"):
        y = int(m.group("y"))
        last = month_number(m.group("last"))
        if not 1000 <= y <= 2199 or last is None or not m.group("list")[0].isupper():
            continue
        for mm in re.finditer(r"[A-Za-z]+", m.group("list")):
            mo = month_number(mm.group())
            if mo is not None and mm.group()[0].isupper():
                add(
                    Candidate(
                        m.start() + mm.start(),
                        m.start() + mm.end(),
                        "my",
                        y=y if mo <= last else y - 1,
                        m=mo,
                        region=region,
                    )
                )


def find_month_seq(text: str, hits: Hits, add: Add, region: int) -> None:
    """``Oktober, November, dan Desember``, ``Januari-Maret``: bare months in a list or range."""
    for m in hits("month_seq"):
        seq = m.group("seq")
        months = [(mm.start(), mm.end(), mo) for mm in _MONTH_WORD.finditer(seq) if (mo := month_number(mm.group()))]
        if len(months) < 2 or not all(seq[a].isupper() for a, _b, _mo in months):
            continue
        for a, b, mo in months:
            add(Candidate(m.start() + a, m.start() + b, "mo", m=mo, region=region))


def find_year_range(text: str, hits: Hits, add: Add, region: int) -> None:
    """``2022-2025``, ``tahun ajaran 2022/2023``, ``musim 2025/26``: a range of years."""
    t = tables()
    for m in hits("year_range"):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if len(m.group("y2")) == 2:
            y2 += y1 // 100 * 100 + (100 if y2 < y1 % 100 else 0)  # `2025/26` → 2026, `1999/00` → 2000
        # `tahun 1811-1816` says it holds years; a bare range must look like modern years
        # (`Buy 1110-1125 | TP 1150-1175`: prices)
        lo, hi = t["prefixed"] if m.group("pre") else t["bare"]
        if not (lo <= y1 < y2 <= hi and y2 - y1 < 100):
            continue
        if m.group("sep") == "/" and y2 != y1 + 1:
            continue
        first = Candidate(m.start(), m.end("y1"), "year", y=y1, region=region)
        second = Candidate(m.start("y2"), m.end(), "year", y=y2, region=region)
        if m.group("sep") == "/":
            # `tahun ajaran 2022/2023`: one school or budget year over two calendar years; both
            # entries are the whole expression
            first.end, second.start = m.end(), m.start()
            first.flags.append("pair")
            second.flags.append("pair")
        add(first)
        add(second)


JOIN = re.compile(r"\s*(?:-|–|—|hingga|sampai(?:\s+dengan)?|s/d|s\.d\.?|dan|&)\s*", re.IGNORECASE)


def borrow_years(text: str, cands: list[Candidate]) -> None:
    """``14 Oktober hingga 14 November 2025``: the first day takes the second one's year."""
    for c, nxt in zip(cands, cands[1:], strict=False):
        joined = JOIN.fullmatch(text, c.end, nxt.start)
        if c.kind in ("dm", "mo") and nxt.kind in ("full", "my") and nxt.y and c.m and nxt.m and joined:
            c.y = nxt.y if c.m <= nxt.m else nxt.y - 1
            c.kind = "full" if c.kind == "dm" else "my"
