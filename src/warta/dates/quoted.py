"""Relative days inside quotations: counted from the day the attribution says the words were spoken."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date
from typing import Any

from warta.dates.calendar_days import shift
from warta.dates.candidate import Candidate
from warta.dates.lexicon import calendar, phrases
from warta.dates.relative import resolve_relative
from warta.dates.text_shapes import SENTENCE_BREAK

SAID_DAYS_BACK = 7
_SAID_BEFORE = re.compile(r"(?<![\w])(?:" + phrases(calendar()["said_before_words"]) + r")(?![\w])", re.IGNORECASE)
# a day a span runs from or to (`sejak Jumat (25/8)`) is what the words tell, not the day they were said
_SPAN_OPENER = re.compile(r"(?<![\w])(?:sejak|semenjak|mulai|hingga|sampai)\s+(?:hari\s+)?$", re.IGNORECASE)
QUOTE_DAY_WINDOW = 250  # how far after a closing quote its attribution's day may stand
SAID_DAY_WINDOW = 60  # `," kata Firman kemarin`: a relative day in the attribution itself


def in_quotation(text: str, c: Candidate) -> bool:
    """Inside quotation marks opened on its line: the words of a speaker, not the reporter's."""
    line_start = text.rfind("\n", 0, c.start) + 1
    return text.count('"', line_start, c.start) % 2 == 1


def glossed(text: str, c: Candidate) -> bool:
    """``"Besok (hari ini) LM dipanggil," ujar X, Minggu (19/10).``: a relative day alone in brackets
    inside a quote is the reporter's gloss, counted from publication, not from the day of saying."""
    return text[max(0, c.start - 1) : c.start] == "(" and text.startswith(")", c.end)


def quoted_sentence(text: str, c: Candidate) -> tuple[int, int]:
    """The bounds of ``c``'s sentence, a quotation mark ending it too."""
    b = _QUOTED_BREAK.search(text, c.end, c.end + 200)
    return _clause_start(text, c.start), (b.start() if b else min(len(text), c.end + 200))


_QUOTED_BREAK = re.compile(r'[.!?]\s|\n|"')


def _quote_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    marks = []
    i = text.find('"', a, b)
    while i >= 0:
        marks.append(i)
        i = text.find('"', i + 1, b)
    return [(marks[k], marks[k + 1]) for k in range(0, len(marks) - 1, 2)]


def spoken_day(
    text: str,
    c: Candidate,
    regions: list[tuple[int, int]],
    days: list[tuple[Candidate, date]],
    cache: dict[int, tuple[Any, list[tuple[Candidate, date]], list[Candidate]]],
    cands: list[Candidate] | None = None,
    reference: date | None = None,
) -> date | None:
    """For a relative date inside quotation marks: the day its attribution gives, if any —
    a written day (`," kata X, Jumat (29/12)`) or a relative one (`," kata Firman kemarin`)."""
    for r in (c.region, c.region + 1):  # per region, once: its quotation spans, days and candidates
        if r not in cache and r < len(regions):
            a, b = regions[r]
            cache[r] = (
                _quote_spans(text, a, b),
                [(d, dt) for d, dt in days if d.region == r],
                [d for d in cands or [] if d.region == r],
            )
    spans, here, here_cands = cache[c.region]
    k = bisect_left(spans, (c.start,)) - 1
    if k >= 0:
        qs, qe = spans[k]
        if qs < c.start and c.end <= qe:
            after = [dt for d, dt in here if qe < d.start <= qe + QUOTE_DAY_WINDOW]
            nxt = cache.get(c.region + 1, ((), [], []))[1]
            after += [dt for d, dt in nxt if d.reporting and d.start - qe < 120]
            if after:
                return after[0]
            if reference is not None:
                for d in here_cands:
                    if d.start <= qe or SENTENCE_BREAK.search(text, qe + 1, d.start):
                        continue
                    if d.kind == "rel_day" and d.start <= qe + SAID_DAY_WINDOW:
                        return shift(reference, d.n)
                    if d.kind == "rel_weekday" and "bare" in d.flags and d.start <= qe + QUOTE_DAY_WINDOW:
                        # `"… besok," kata X di Jakarta, Selasa.`: the wire-style weekday of saying
                        r = resolve_relative(d, reference)
                        if r is not None:
                            return date.fromisoformat(r[0])
            return _last_said_day(text, qs, days, reference)
    return None


def _last_said_day(text: str, qs: int, days: list[tuple[Candidate, date]], reference: date | None) -> date | None:
    """The day of the latest attribution before a quote that gives none itself (`," kata Rudy di
    PN Semarang, Selasa (21/10/2025).` … `"… hari ini …," katanya.`), when that day is a few days
    before the reference: the words were said that day, not on the day of publication. A later
    attribution dated the day of publication wins over an earlier one (`…, kata Khan, Minggu (4/6).`
    after `… menyusul serangan teror, Sabtu (3/6)`), and then the publication day stands."""
    if reference is None:
        return None
    best: tuple[int, date] | None = None
    for d, dt in days:
        if not d.reporting or d.end > qs or not 0 <= (reference - dt).days <= SAID_DAYS_BACK:
            continue
        if _SPAN_OPENER.search(text, max(0, d.start - 24), d.start):
            continue  # `Telkom menerangkan, anomali … sejak Jumat (25/8)`: what is said started then
        if (best is None or d.start > best[0]) and _SAID_BEFORE.search(text, _clause_start(text, d.start), d.start):
            best = (d.start, dt)
    return best[1] if best and best[1] != reference else None


def _clause_start(text: str, at: int) -> int:
    """Where the attribution that ends at ``at`` starts: after the closing quotation mark or the
    sentence end before it (`," ujar pelatih X, Y, kepada pewarta di Stadion Z, Bekasi, Rabu (12/7)`
    names its verb far before the day), at most 200 characters back."""
    a = max(0, at - 200)
    starts = [m.end() for m in _QUOTED_BREAK.finditer(text, a, at)]
    return starts[-1] if starts else a
