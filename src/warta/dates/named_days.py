"""Days a name pins down: ``Hari Pahlawan``, ``HUT ke-80 RI``, Islamic feasts (their day from ``movable_dates``)."""

from __future__ import annotations

import re
from datetime import date

from warta.dates.candidate import Add, Candidate, Hits
from warta.dates.lexicon import month_number, tables
from warta.dates.patterns import patterns
from warta.dates.tense import FUTURE_AFTER, PAST_AFTER
from warta.dates.year_inference import FUTURE_WEIGHT

HIJRI_OFFSET = 579  # Ramadan, Syawal and Dzulhijjah of 1438–1448 H fall in 2017–2027 (year H + 579)


def find_named_day(text: str, hits: Hits, add: Add, region: int) -> None:
    """``pada Hari Pahlawan``: a fixed day a name pins down."""
    p = patterns()
    t = tables()
    for m in hits("named_day"):
        # a name pins a day down after `pada`, `menjelang` …, and not after `setiap`; a year written
        # after the name pins it down wherever it stands (`aksi Hari Buruh Internasional 2017`)
        before = text[max(0, m.start() - 40) : m.start()]
        pm = p["named_day_prefix"].search(before)
        mo, d = t["named_days"][" ".join(m.group("name").lower().split())]
        if pm is None and not (m.group("y") and _day_restated(text, m.end(), mo, d)):
            continue  # `peringatan Hari Anak Nasional 2025 ini`: the year of the event (heldout14)
        if t["every"].search((before[: pm.start()] if pm else before[-16:]).lower()):
            continue
        y = int(m.group("y")) if m.group("y") else None
        add(Candidate(m.start("name"), m.end(), "full" if y else "dm", y=y, m=mo, d=d, region=region))


def find_feast(text: str, hits: Hits, add: Add, region: int) -> None:
    """``menjelang hari pertama puasa``, ``Idul Fitri 1446 H``: an Islamic feast."""
    p = patterns()
    t = tables()
    for m in hits("feast"):
        name = " ".join(m.group("name").lower().split())
        if name not in t["feasts_alone"]:
            before = text[max(0, m.start() - 40) : m.start()]
            pm = p["named_day_prefix"].search(before)
            if pm is None or t["every"].search(before[: pm.start()].lower()):
                continue  # `mudik Lebaran`, `setiap Idul Fitri`: the season or every year, not one day
            if not m.group("hy") and not p["feast_day_prefix"].search(before):
                continue  # `menjelang Lebaran`, `saat Idul Fitri`: the season around it (outlets_heldout10)
        c = Candidate(m.start(), m.end(), "feast", region=region, flags=[t["feasts"][name]])
        if m.group("hy"):
            c.y = int(m.group("hy")) + HIJRI_OFFSET
        add(c)


def find_anniversary(text: str, hits: Hits, add: Add, region: int) -> None:
    """``HUT ke-80 RI``: an anniversary names its year by its number."""
    t = tables()
    for m in hits("anniversary"):
        n = m.group("n1") or m.group("n2")
        if not n or (m.group("n1") and m.group("n2")):
            continue  # `HUT RI` alone: a name without its year (`named_day` reads it after `pada`)
        y0, mo, d = t["anniversaries"][" ".join(m.group("name").lower().split())]
        add(Candidate(m.start(), m.end(), "full", y=y0 + int(n), m=mo, d=d, region=region))


_SAME_SENTENCE = re.compile(r"[^.!?\n]{0,120}")


_WRITTEN_DAY = re.compile(r"\(\s*(\d{1,2})\s*/\s*(\d{1,2})|(?<![\w/.,])(\d{1,2})\s+([A-Za-z]+)")


def _day_restated(text: str, at: int, mo: int, d: int) -> bool:
    """``Hari Buruh Internasional 2017 atau May Day, Senin (1/5)``: the sentence writes the named
    day's own day and month after the name, so the name with its year pins that day (outlets_heldout13);
    without it the year names the event's year (``Hari Anak Nasional 2025`` in heldout14)."""
    rest = _SAME_SENTENCE.match(text, at)
    for w in _WRITTEN_DAY.finditer(rest.group(0) if rest else ""):
        day, month = (int(w.group(1)), int(w.group(2))) if w.group(1) else (int(w.group(3)), month_number(w.group(4)))
        if (day, month) == (d, mo):
            return True
    return False


def date_feasts(text: str, cands: list[Candidate], published: date | None) -> None:
    """``menjelang hari pertama puasa``: the feast of the year its Hijri year names, else of the
    year nearest the publication (a feast ahead counts as further unless ``nanti``/``mendatang``
    follows; ``lalu`` keeps it behind). A year the table lacks leaves the feast out."""
    for c in cands:
        if c.kind != "feast":
            continue
        table = tables()["feast_dates"][c.flags[0]]
        days = {int(y): date.fromisoformat(v) for y, v in table.items()}
        c.kind, c.flags = "gone", []
        if c.y is not None:
            day = days.get(c.y)
        elif published is not None:
            ahead = 1.0 if FUTURE_AFTER.match(text, c.end) else FUTURE_WEIGHT
            past_only = bool(PAST_AFTER.match(text, c.end))
            scored = [
                ((dt - published).days * ahead if dt > published else (published - dt).days, dt)
                for dt in days.values()
                if not (past_only and dt > published)
            ]
            day = min(scored)[1] if scored else None
            if day is not None and abs((day - published).days) > 300:
                day = None  # the table does not reach the article's year
        else:
            day = None
        if day is not None:
            c.kind, c.y, c.m, c.d = "full", day.year, day.month, day.day
