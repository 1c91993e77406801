"""Relative dates: ``kemarin``, ``hari ini``, ``Senin lalu``, ``pekan depan``, ``Juli lalu``, found, then
counted from a reference day (:func:`resolve_relative`): the publication day or, without one, the
article's latest explicit day; inside a quotation the day of saying when the attribution gives it."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from warta.amounts.numbers import word_number
from warta.dates.calendar_days import add_months, in_calendar, safe_date, shift
from warta.dates.candidate import Add, Candidate, Hits
from warta.dates.lexicon import alternation, calendar, month_number, tables, weekday_number
from warta.dates.text_shapes import PREVIOUS_WORD, SENTENCE_START

# a count before a unit, whole or decimal (`selama 2,5 tahun ini`: a span, not this year)
_DECIMAL = re.compile(r"\d+(?:[.,]\d+)*")
_COUNT_RANGE = re.compile(r"([^\W_]+)[-–/]([^\W_]+)")


def _count_range(word: str) -> bool:
    """``2-3``, ``dua-tiga``: two small counts joined, a rough number (of months, of years)."""
    m = _COUNT_RANGE.fullmatch(word)
    if not m:
        return False
    return all(p.isdigit() and len(p) <= 3 or not p.isdigit() and word_number(p) is not None for p in m.groups())


_DAY_BEFORE = re.compile(r"(?<![\d/.,])\d{1,2}\s+$")


@cache
def _weekday_pair() -> re.Pattern[str]:
    wd = alternation(calendar()["weekdays"])
    return re.compile(rf"(?<![\w])(?P<wd>{wd})\s*(?:dan|atau|serta|,|-|–)\s*$", re.IGNORECASE)


def find_day_of_rel_month(text: str, hits: Hits, add: Add, region: int) -> None:
    """``tanggal 5 bulan depan``: a day of a month counted from the reference."""
    for m in hits("day_of_rel_month"):
        d, dr = int(m.group("d")), m.group("dir").lower()
        n = 1 if dr in ("depan", "mendatang") else (-1 if dr in ("lalu", "kemarin") else 0)
        if 1 <= d <= 31:
            add(Candidate(m.start(), m.end(), "rel_day_of_month", d=d, n=n, region=region))


def find_rel_day_weekday(text: str, hits: Hits, add: Add, region: int) -> None:
    """``besok Jumat``, ``kemarin Selasa``: a relative day and the weekday it is."""
    for m in hits("rel_day_weekday"):
        wd_s, rel = m.group("wd"), " ".join(m.group("rel").lower().split())
        if not wd_s[0].isupper():
            continue  # `kemarin minggu`: a week, or a weekday nobody capitalised
        # the weekday wins over the count (`hari ini Rabu` written on a Thursday is Wednesday): the
        # nearest such day on the side the word points to
        c = Candidate(m.start(), m.end(), "rel_weekday", wd=weekday_number(wd_s), region=region)
        c.direction = calendar()["days_before_weekday"][rel]
        c.flags.append("bare")
        add(c)


def find_rel_day(text: str, hits: Hits, add: Add, region: int) -> None:
    """``kemarin``, ``hari ini``, ``besok``: a day counted from the reference."""
    t = tables()
    for m in hits("rel_day"):
        key = " ".join(m.group("rel").lower().split())
        if text[max(0, m.start() - 1) : m.start()] == "-" or (
            text.startswith("-", m.end()) and text[m.end() + 1 : m.end() + 1 + len(key)].lower() == key
        ):
            continue  # `hari-hari ini` (these days), `besok-besok` (some day): no one day
        add(Candidate(m.start(), m.end(), "rel_day", n=t["rel_days"][key], unit="day", region=region))


def find_rel_weekday(text: str, hits: Hits, add: Add, region: int) -> None:
    """``Senin lalu``, ``Kamis pekan depan``: a weekday counted from the reference."""
    for m in hits("rel_weekday"):
        wd_s, dr = m.group("wd"), m.group("dir").lower()
        if wd_s.lower() == "minggu" and (not wd_s[0].isupper() or SENTENCE_START.search(text, 0, m.start())):
            continue  # "minggu lalu", "Minggu depan" opening a sentence: a week, not a Sunday
        direction = -1 if dr in ("lalu", "kemarin") else (1 if dr in ("depan", "mendatang") else 0)
        c = Candidate(m.start(), m.end(), "rel_weekday", wd=weekday_number(wd_s), direction=direction, region=region)
        if _WEEK_WORD.search(text, m.end("wd"), m.start("dir")):
            c.flags.append("week")  # `Kamis pekan depan`: that weekday of next week, not the next Thursday
        add(c)
        pair = _weekday_pair().search(text, max(0, m.start() - 24), m.start())
        if pair and pair.group("wd")[0].isupper() and weekday_number(pair.group("wd")) is not None:
            # `Kamis dan Jumat lalu`: the first day shares the second one's `lalu`
            first = Candidate(
                pair.start("wd"), pair.end("wd"), "rel_weekday", wd=weekday_number(pair.group("wd")), region=region
            )
            first.direction = direction
            if direction < 0:
                first.flags.append("bare")  # the latest such day on or before the reference
            add(first)


def find_rel_unit(text: str, hits: Hits, add: Add, region: int) -> None:
    """``pekan lalu``, ``tahun depan``, ``bulan ini``: a week, month or year counted from the reference."""
    t = tables()
    for m in hits("rel_unit"):
        unit_s, dr = m.group("unit").lower(), " ".join(m.group("dir").lower().split())
        if text[max(0, m.start() - 1) : m.start()] == "-":
            continue  # `tahun-tahun mendatang`: the years to come, none of them named
        if (
            unit_s == "minggu"
            and m.group("unit")[0].isupper()
            and not m.group("n")
            and not m.group("se")
            and not SENTENCE_START.search(text, 0, m.start())
        ):
            continue  # "Minggu lalu": a Sunday (rel_weekday); opening a sentence, a week
        n_s = m.group("n")
        if n_s:
            if n_s[0].isdigit():
                n = int(n_s)
            else:
                wn = word_number(n_s)
                if wn is None or wn[1] or wn[0] != int(wn[0]):
                    continue
                n = int(wn[0])
        else:
            n = 1 if m.group("se") else 0
        if dr == "ini":
            if n_s or m.group("se") or unit_s == "hari":
                continue
            if m.group("per") and t["units"][unit_s] == "week":
                continue  # `akhir minggu ini`, `awal pekan ini`: days of a week, not one day
            direction = 0
        else:
            direction = -1 if dr in t["past"] else 1
            if unit_s == "hari" and not (n_s or m.group("se")):
                continue
            if m.group("per") and t["units"][unit_s] == "week" and not (n_s or m.group("se")):
                continue  # `akhir pekan lalu`, `awal minggu depan`: days of a week, as with `ini` (heldout14)
            if not n_s and not m.group("se"):
                n = 1
        unit = t["units"][unit_s]
        # `pekan depan`, `dua minggu lalu`, `pekan ini`: a week, not a day (`Senin pekan depan` is
        # rel_weekday); `20 tahun yang lalu`, `setahun lalu`, `sebulan yang lalu`, `tiga bulan lalu`:
        # how long ago, not a calendar year or month the article names (`tahun lalu`, `bulan lalu`
        # are). Kept as a candidate that wins over the words inside it (`pekan kemarin` is no
        # `kemarin`) and is then dropped.
        counted_year = unit in ("year", "month") and (n_s or m.group("se")) and direction != 0
        if (unit == "week" and not m.group("per")) or counted_year:
            add(Candidate(m.start(), m.end(), "rel_unit", n=n, unit=unit, flags=["not_a_date"], region=region))
            continue
        pw = PREVIOUS_WORD.search(text, max(0, m.start() - 20), m.start())
        if pw and pw.group(1).lower() in t["vague_counts"]:
            continue
        if pw and not m.group("per") and pw.group(1).lower() in t["periods"] and t["units"][unit_s] == "week":
            continue  # `akhir minggu ini`: the period word was seen (and refused) from its own position
        if (
            pw
            and not (n_s or m.group("se"))
            and (_DECIMAL.fullmatch(pw.group(1)) or word_number(pw.group(1)) is not None)
        ):
            continue  # the counted form was seen (or refused) from the number's own position
        if pw and not (n_s or m.group("se")) and _count_range(pw.group(1)):
            continue  # `2-3 bulan lalu`, `dua-tiga tahun lalu`: how long ago, roughly; no month named
        if pw and (n_s or m.group("se")) and direction > 0 and pw.group(1).lower() in t["span_words"]:
            continue  # "selama 3 tahun mendatang": a span of time, not a point in it
        c = Candidate(
            m.start(),
            m.end(),
            "rel_unit",
            n=n,
            unit=t["units"][unit_s],
            direction=direction,
            period=(m.group("per") or "").lower() or None,
            region=region,
        )
        if n_s or m.group("se"):
            c.flags.append("counted")
        add(c)


def find_rel_month(text: str, hits: Hits, add: Add, region: int) -> None:
    """``Juli lalu``, ``Maret mendatang``: a month named and counted from the reference."""
    for m in hits("rel_month"):
        mon_s = m.group("mon")
        if not mon_s[0].isupper():
            continue
        if not m.group("per") and _DAY_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue  # `15 Juli lalu`: a day of last July (the dmy form), not the month
        dr = " ".join(m.group("dir").lower().split())
        c = Candidate(
            m.start(),
            m.end(),
            "rel_month",
            m=month_number(mon_s),
            period=(m.group("per") or "").lower() or None,
            region=region,
        )
        if dr.startswith("tahun"):
            c.unit = "year"
            c.direction = -1 if dr.endswith("lalu") else (1 if dr.endswith("depan") else 0)
        else:
            c.direction = -1 if dr in ("lalu", "kemarin", "silam") else (1 if dr in ("mendatang", "depan") else 0)
        add(c)


_WEEK_WORD = re.compile(r"(?i:pekan|minggu)")


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
