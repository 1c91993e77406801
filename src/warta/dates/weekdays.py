"""Bare weekdays: ``pada Senin``, ``, Jumat.``, ``Selasa malam``: which weekday, and whether it lies ahead."""

from __future__ import annotations

import re

from warta.dates.candidate import Add, Candidate, Hits
from warta.dates.lexicon import tables, weekday_number
from warta.dates.tense import ahead_after, looks_ahead
from warta.dates.text_shapes import PREVIOUS_WORD

# a verb of the wire style's `terluka Jumat`, `dilakukan Sabtu`, `meninggal Senin`: a di-/ter-/me-/ber- word
_VERB_SHAPE = re.compile(r"(?:di|ter|me|ber)[a-z]{3,}")
# `dari Senin sampai Jumat`: the days of a week a schedule spans
_WEEK_SPAN = re.compile(r"(?i:dari)\s+\w+\s*$")


def _wire_weekday(m: re.Match[str], wd_s: str, before: str, region: int) -> Candidate:
    """The wire style's bare weekday (``, Jumat.``, ``terluka Jumat``): ahead when a future word
    governs it, else the latest such day before the reference."""
    direction = 1 if looks_ahead(before) else -1
    c = Candidate(m.start(), m.end(), "rel_weekday", wd=weekday_number(wd_s), direction=direction, region=region)
    c.flags.append("bare")
    return c


def find_wd_bare(text: str, hits: Hits, add: Add, region: int) -> None:
    """``, Jumat.``: the wire style's bare weekday after a comma or in brackets."""
    for m in hits("wd_bare"):
        wd_s = m.group("wd")
        if not wd_s[0].isupper():
            continue
        before = text[max(0, m.start() - 60) : m.start()].lower()
        add(_wire_weekday(m, wd_s, before, region))


def find_wd_verb(text: str, hits: Hits, add: Add, region: int) -> None:
    """``terluka Jumat dalam …``: the wire style's bare weekday right after a verb."""
    t = tables()
    for m in hits("wd_verb"):
        wd_s = m.group("wd")
        pw = PREVIOUS_WORD.search(text, max(0, m.start() - 30), m.start())
        if not wd_s[0].isupper() or not pw or not _VERB_SHAPE.fullmatch(pw.group(1)):
            continue
        before = text[max(0, m.start() - 60) : m.start()].lower()
        if t["every"].search(before[-16:]):
            continue  # `digelar setiap Jumat`: a habit
        add(_wire_weekday(m, wd_s, before, region))


def find_wd_only(text: str, hits: Hits, add: Add, region: int) -> None:
    """``pada Senin``, ``hari Rabu``: a weekday after a word that makes it a day."""
    t = tables()
    for m in hits("wd_only"):
        wd_s, pre = m.group("wd"), m.group("pre").lower()
        # `hari rabu`: after `hari` a weekday in lower case is still one
        after_hari = text[max(0, m.start("wd") - 5) : m.start("wd")].lower().rstrip() == "hari"
        if (not wd_s[0].isupper() and not after_hari) or pre in ("setiap", "tiap"):
            continue
        if t["every"].search(text[max(0, m.start() - 16) : m.start("wd")].lower()):
            continue  # "setiap hari Senin": a recurring day
        if pre in ("hingga", "sampai") and _WEEK_SPAN.search(text, max(0, m.start() - 24), m.start()):
            continue  # `dari Senin sampai Jumat`: the working week, no one day
        before = text[max(0, m.start() - 60) : m.start()].lower()
        direction = 1 if (looks_ahead(before) or ahead_after(text, m.end())) else -1
        end = m.end("wd")
        c = Candidate(m.start("wd"), end, "rel_weekday", wd=weekday_number(wd_s), direction=direction, region=region)
        c.flags.append("bare")
        add(c)
        if m.group("wd2") and m.group("wd2")[0].isupper():  # `pada Kamis dan Jumat`: two days
            c2 = Candidate(
                m.start("wd2"), m.end("wd2"), "rel_weekday", wd=weekday_number(m.group("wd2")), region=region
            )
            c2.direction = direction
            c2.flags.append("bare")
            add(c2)


def find_wd_part(text: str, hits: Hits, add: Add, region: int) -> None:
    """``Selasa malam``: a weekday with a part of the day."""
    t = tables()
    for m in hits("wd_part"):
        wd_s = m.group("wd")
        if not wd_s[0].isupper() or t["every"].search(text[max(0, m.start() - 16) : m.start()].lower()):
            continue  # `minggu pagi` in lower case; `setiap Senin pagi`: a recurring day
        before = text[max(0, m.start() - 60) : m.start()].lower()
        c = Candidate(m.start(), m.end(), "rel_weekday", wd=weekday_number(wd_s), region=region)
        c.direction = 1 if (looks_ahead(before) or ahead_after(text, m.end())) else -1
        c.flags.append("bare")
        add(c)
