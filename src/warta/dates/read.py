"""The layer's steps for one article: find candidates per paragraph, drop non-dates, infer years,
resolve relative days, join restatements, attach times."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from warta.dates.appositions import join_appositions
from warta.dates.calendar_days import PUBLISHED_YEARS, in_calendar, parse_published, safe_date
from warta.dates.candidate import Candidate
from warta.dates.named_days import date_feasts
from warta.dates.next_day import days_after
from warta.dates.not_dates import drop_trailing_relatives
from warta.dates.quoted import glossed, spoken_day
from warta.dates.ranges import borrow_years
from warta.dates.relative import resolve_relative
from warta.dates.scan import find, select
from warta.dates.tense import carry_future
from warta.dates.times import nearest_day, time_value
from warta.dates.year_inference import (
    infer_day_years,
    infer_month_years,
    same_sentence_year,
)
from warta.dates.years import trim_places
from warta.document import Article
from warta.document.model import DateMention

_URL = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+")


def _regions(article: Article) -> list[tuple[int, int]]:
    spans = [(p.start, p.end) for p in article.paragraphs] + [(h.start, h.end) for h in article.headings]
    return sorted(spans) if spans else [(0, len(article.norm))]


def _collect(text: str, regions: list[tuple[int, int]]) -> list[Candidate]:
    cands: list[Candidate] = []
    for i, (a, b) in enumerate(regions):
        chunk = text[a:b]
        found = find(chunk, i)
        if not found:
            continue
        if "http" in chunk or "www." in chunk or "@" in chunk:
            bad = [(u.start(), u.end()) for u in _URL.finditer(chunk)]
            found = [c for c in found if not any(c.start < e and s < c.end for s, e in bad)]
        for c in select(found):
            c.start += a
            c.end += a
            cands.append(c)
    return cands


def find_dates(article: Article) -> list[DateMention]:
    """The date mentions of an article (does not touch the article)."""
    text = article.norm
    regions = _regions(article)
    cands = drop_trailing_relatives(text, _collect(text, regions))
    borrow_years(text, cands)
    carry_future(text, cands)

    published = parse_published(article.published)
    date_feasts(text, cands, published)
    infer_day_years(text, cands, published)

    days = [(c, dt) for c in cands if c.kind == "full" and (dt := safe_date(c.y, c.m, c.d))]
    spoken_cache: dict[int, tuple[Any, list[tuple[Candidate, date]], list[Candidate]]] = {}
    reference, ref_name = published, "published"
    # the written days that may stand in for the publication day: those a publication stamp may hold
    # (`Kamis (2/1/0001)` is no day a relative `kemarin` can be counted from)
    stand_ins = [(c, dt) for c, dt in days if PUBLISHED_YEARS[0] <= dt.year <= PUBLISHED_YEARS[1]]
    if reference is None and stand_ins:
        reporting = [dt for c, dt in stand_ins if c.reporting]
        pool = reporting or [dt for c, dt in stand_ins if "year_inferred" not in c.flags] or [dt for _, dt in stand_ins]
        reference, ref_name = max(pool), "latest_explicit_date"
        article.meta["published_estimate"] = {"value": reference.isoformat(), "basis": "latest_explicit_date"}

    # months without a year: the year of the month they run to, else the reference's
    infer_month_years(text, cands, published or reference)

    out: list[DateMention] = []
    resolved_days: list[tuple[int, int, str]] = []  # (start, end, iso day) for attaching times
    for c in cands:
        m = None
        if c.kind == "full":
            dt = safe_date(c.y, c.m, c.d)
            if dt is None:
                continue
            end_value = safe_date(c.y, c.m2, c.d2).isoformat() if c.d2 and safe_date(c.y, c.m2, c.d2) else None
            m = DateMention(c.start, c.end, "", dt.isoformat(), "day", end_value=end_value, flags=list(c.flags))
            resolved_days.append((c.start, c.end, dt.isoformat()))
        elif c.kind == "my":
            assert c.y is not None and c.m is not None
            end_value = f"{c.y2:04d}-{c.m2:02d}" if c.m2 and c.y2 else None
            m = DateMention(c.start, c.end, "", f"{c.y:04d}-{c.m:02d}", "month", end_value=end_value)
        elif c.kind == "mo":
            if c.y is None or c.m is None:
                continue
            m = DateMention(c.start, c.end, "", f"{c.y:04d}-{c.m:02d}", "month", flags=["year_inferred"])
        elif c.kind == "year":
            m = DateMention(c.start, c.end, "", f"{c.y:04d}", "year")
        elif c.kind == "prev_year":
            # `naik dibanding tahun sebelumnya`: the year before the sentence's year, else before the
            # reference's (`tahun berikutnya`: the year after)
            base = same_sentence_year(text, c, cands) or (reference.year if reference else None)
            if base is not None and in_calendar(base + c.n):
                m = DateMention(c.start, c.end, "", f"{base + c.n:04d}", "year", reference="previous_year")
        elif c.kind.startswith("rel_"):
            ref, name = reference, ref_name
            spoken = None if glossed(text, c) else spoken_day(text, c, regions, days, spoken_cache, cands, reference)
            if spoken is not None:
                ref, name = spoken, "quote_date"
            if ref is None:
                continue
            r = resolve_relative(c, ref)
            if r is None:
                continue
            value, gran, end_value = r
            m = DateMention(c.start, c.end, "", value, gran, end_value=end_value, reference=name)
            if gran == "day" and end_value is None:
                resolved_days.append((c.start, c.end, value))
        if m is not None:
            m.text = article.norm_text(m.start, m.end)
            out.append(m)

    out = join_appositions(article, out)
    trim_places(article, out)
    out = days_after(article, regions, out)
    for c in cands:
        if c.kind != "time":
            continue
        day = nearest_day(c, resolved_days, text)
        value, end_value = time_value(c, day)
        m = DateMention(c.start, c.end, article.norm_text(c.start, c.end), value, "time", end_value=end_value)
        if day is None:
            m.flags.append("day_unknown")
        if c.tz is None:
            m.flags.append("no_timezone")
        out.append(m)
    out.sort(key=lambda d: d.start)
    return out
