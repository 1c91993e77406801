"""The layer's steps for one article: find candidates per paragraph, drop non-dates, infer years,
resolve relative days, join restatements, attach times."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from warta.dates.appositions import join_appositions
from warta.dates.candidate import Candidate
from warta.dates.lexicon import tables
from warta.dates.named_days import date_feasts
from warta.dates.next_day import days_after
from warta.dates.not_dates import drop_trailing_relatives
from warta.dates.quoted import glossed, spoken_day
from warta.dates.ranges import JOIN, borrow_years
from warta.dates.resolve import (
    FUTURE_WEIGHT,
    PUBLISHED_YEARS,
    in_calendar,
    infer_year,
    infer_year_forward,
    month_year,
    parse_published,
    resolve_relative,
    safe_date,
    time_value,
)
from warta.dates.scan import find, select
from warta.dates.tense import carry_future, tense_around
from warta.dates.times import nearest_day
from warta.dates.year_inference import THAT, directed_year, month_typo, named_before, same_sentence_year, written_typo
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
    explicit = [(c, dt) for c in cands if c.kind == "full" and (dt := safe_date(c.y, c.m, c.d))]
    anchors = [dt for _, dt in explicit]
    if published:
        anchors.append(published)
    # no day anywhere: the latest year the article names is the earliest it can have been written
    floor_year = None
    if not anchors:
        years = [c.y for c in cands if c.kind in ("my", "year") and c.y]
        floor_year = max(years) if years else None

    # days without a year: near the publication day when there is one (news reports the present)
    for c in cands:
        # `26 Juni tahun depan`; without a publication day the year is inferred as for any other day
        if c.kind == "dm" and "relative_year" in c.flags and published and safe_date(published.year + c.n, c.m, c.d):
            c.y, c.kind = published.year + c.n, "full"
            continue
        sy = same_sentence_year(text, c, cands) if c.kind == "dm" and c.wd is None else None
        if sy is not None and safe_date(sy, c.m, c.d):
            c.y, c.kind = sy, "full"
            c.flags.append("year_inferred")
            continue
        if c.kind == "dm" and c.wd is None and published and (y := directed_year(text, c, published)):
            c.y, c.kind = y, "full"
            c.flags.append("year_inferred")
            continue
        if c.kind == "dm":
            if floor_year is not None:
                y, mismatch = infer_year_forward(c, floor_year)
            else:
                y, mismatch = infer_year(c, [published] if published and c.wd is None else anchors)
            if y is None:
                continue
            c.y, c.kind = y, "full"
            c.flags.append("year_inferred")
            if mismatch:
                c.flags.append("weekday_mismatch")
                fixed = month_typo(c, published)
                if fixed is not None:
                    c.y, c.m = fixed.year, fixed.month
                    c.flags.append("month_typo")
                elif (fixed := written_typo(c, published)) is not None:
                    c.y, c.m, c.d = fixed.year, fixed.month, fixed.day
                    c.flags.append("typo")
        elif c.kind == "full" and c.wd is not None:
            dt = safe_date(c.y, c.m, c.d)
            if dt and dt.weekday() != c.wd:
                c.flags.append("weekday_mismatch")
                if (fixed := written_typo(c, published)) is not None:
                    c.y, c.m, c.d = fixed.year, fixed.month, fixed.day
                    c.flags.append("typo")

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
    month_ref = published or reference
    later: Candidate | None = None
    for i in range(len(cands) - 1, -1, -1):
        c = cands[i]
        if c.kind == "mo" and c.m is not None:
            if (
                later is not None
                and later.kind in ("mo", "my")
                and later.y
                and JOIN.fullmatch(text, c.end, later.start)
            ):
                c.y = later.y if c.m <= (later.m or 12) else later.y - 1
            elif (sy := same_sentence_year(text, c, cands)) is not None:
                c.y = sy
            elif (ey := named_before(i, cands)) is not None and (
                month_ref is None or ey > month_ref.year or THAT.match(text, c.end)
            ):
                c.y = ey  # a month ahead named again (`… Januari 2026 mendatang. … Januari itu …`)
            elif month_ref is not None:
                c.y = month_year(c.m, month_ref, c.period)
                # `data inflasi Maret akan dirilis`: a month naming a figure's period takes no tense
                side = 0 if c.period in tables()["month_nouns"] else tense_around(text, c)
                if side > 0 and c.m < month_ref.month:
                    c.y = month_ref.year + 1  # `akan … pada Februari` written in October: next February
                elif side < 0 and c.m > month_ref.month:
                    c.y = month_ref.year - 1  # `sudah … pada November` written in October: last November
                elif (
                    side == 0
                    and c.y == month_ref.year
                    and (c.m - month_ref.month) * FUTURE_WEIGHT > 12 - (c.m - month_ref.month)
                ):
                    c.y = month_ref.year - 1  # `inflasi Desember` written in January: last December
        later = c

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
