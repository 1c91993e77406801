"""One paragraph's candidate dates: every finder run in a fixed order, then the longest of overlapping ones kept.

A finder yields :class:`~warta.dates.candidate.Candidate` objects that still may lack a year
(``Jumat (15/9)``) or a reference day (``kemarin``); :mod:`warta.dates.read` fills those in.
The order matters: of two overlapping candidates of the same length the one found first wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from warta.dates import month_names, named_days, numeric, ranges, relative, times, weekdays, years
from warta.dates.candidate import Candidate, Step
from warta.dates.patterns import patterns, triggers

# the finders in the order `find` runs them (ties between equal overlapping candidates: the first found)
STEPS: tuple[Step, ...] = (
    numeric.find_wd_numeric,
    ranges.find_wd_range,
    numeric.find_bracket_day,
    numeric.find_slash_day,
    years.find_prev_year,
    ranges.find_wd_span,
    relative.find_day_of_rel_month,
    numeric.find_numeric_dates,
    month_names.find_dmy,
    month_names.find_my,
    ranges.find_month_list,
    ranges.find_month_seq,
    weekdays.find_wd_bare,
    weekdays.find_wd_verb,
    ranges.find_year_range,
    years.find_tahun,
    years.find_decree,
    years.find_bare_year,
    years.find_quarter,
    years.find_hijri,
    month_names.find_month_only,
    weekdays.find_wd_only,
    weekdays.find_wd_part,
    named_days.find_named_day,
    named_days.find_feast,
    named_days.find_anniversary,
    relative.find_rel_day_weekday,
    relative.find_rel_day,
    relative.find_rel_weekday,
    relative.find_rel_unit,
    relative.find_rel_month,
    times.find_time,
)


def find(text: str, region: int = 0) -> list[Candidate]:
    """Every candidate date expression in one paragraph, possibly overlapping."""
    p = patterns()
    out: list[Candidate] = []
    where = triggers(text)

    def hits(name: str) -> Iterator[re.Match[str]]:
        pat = p[name]
        for pos in where.get(name, ()):
            m = pat.match(text, pos)
            if m:
                yield m

    for step in STEPS:
        step(text, hits, out.append, region)
    return out


def select(cands: list[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping candidates (ties: the one found first)."""
    order = sorted(range(len(cands)), key=lambda i: (-(cands[i].end - cands[i].start), i))
    taken: list[tuple[int, int]] = []
    keep: list[Candidate] = []
    for i in order:
        c = cands[i]
        # the two years of `2022/2023` share one span
        shared = "pair" in c.flags and any("pair" in k.flags and (k.start, k.end) == (c.start, c.end) for k in keep)
        if not shared and any(c.start < b and a < c.end for a, b in taken):
            continue
        taken.append((c.start, c.end))
        keep.append(c)
    keep.sort(key=lambda c: c.start)
    return [c for c in keep if "not_a_date" not in c.flags]
