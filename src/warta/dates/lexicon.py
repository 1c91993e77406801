"""The calendar's words (``data/calendar.json``) and the amounts lexicon's count words, as tables.

Every finder reads its month names, weekdays, relative words and the words that tell a year
from a count (``2025 orang``) through :func:`tables`; nothing else opens the data file.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from warta.amounts.numbers import lexicon as amounts_lexicon
from warta.amounts.numbers import word_number_pattern


@cache
def calendar() -> dict[str, Any]:
    text = resources.files("warta.dates").joinpath("data/calendar.json").read_text(encoding="utf-8")
    return json.loads(text)


def alternation(words: Any) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def phrases(words: Any) -> str:
    """Alternation of (possibly multi-word) phrases, longest first, any run of spaces between words."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


@cache
def tables() -> dict[str, Any]:
    cal = calendar()
    lx = amounts_lexicon()
    followers = {w.lower() for ws in lx["units"].values() for w in ws}
    followers |= {m.lower() for m in lx["multipliers"]} | {c.lower() for c in lx["currency_suffix"]}
    followers |= {p.lower() for p in lx["percent"]}
    followers |= {w.lower() for w in cal["year_blocked_after"]}
    followers -= {
        "m",
        "t",
        "b",
        "k",
        "g",
        "l",
        "bulan",
        "tahun",
        "hari",
        "minggu",
        "pekan",
        "semester",
        "triwulan",
        "kuartal",
    }
    return {
        "months": cal["months"],
        "weekdays": {k.replace("'", ""): v for k, v in cal["weekdays"].items()},
        "rel_days": cal["relative_days"],
        "units": cal["relative_units"],
        "past": set(cal["past_words"]),
        "future": set(cal["future_words"]),
        "tz": cal["timezones"],
        "blocked_before": {w.rstrip(".").lower() for w in cal["year_blocked_before"]},
        "followers": followers,
        "bare": tuple(cal["year_range_bare"]),
        "prefixed": tuple(cal["year_range_prefixed"]),
        "named_max": cal["year_named_max"],
        "periods": set(cal["period_words"]),
        "month_nouns": set(cal["month_prefix_nouns"]),
        # after a noun or a bare `di`, a month followed by a capitalised word is a given name
        "loose_month_prefix": {*cal["month_prefix_nouns"], "di"},
        "feasts": cal["movable_days"],
        "feasts_alone": set(cal["movable_days_alone"]),
        "feast_dates": cal["movable_dates"],
        "vague_counts": set(cal["vague_counts"]),
        "span_words": set(cal["span_words"]),
        "future_cues": re.compile(rf"\b(?:{alternation(cal['future_cues'])})\b"),
        "every": re.compile(rf"\b(?:{alternation(cal['every_words'])})\s+(?:hari\s+)?$"),
        "named_days": {k: tuple(v) for k, v in cal["named_days"].items()},
        "anniversaries": {k: tuple(v) for k, v in cal["anniversaries"].items() if not k.startswith("_")},
        "name_stop": set(cal["event_name_stop"]),
        "year_sure": set(cal["year_sure_before"]),
        "attribution": re.compile(rf"(?<![\w])(?:{phrases(cal['attribution_words'])})(?![\w])", re.IGNORECASE),
        "nowadays": re.compile(rf"(?<![\w-])(?:{phrases(cal['nowadays_before'])})\s+$", re.IGNORECASE),
        "one_night": set(cal["one_night_words"]),
        "recent_periods": set(cal["recent_period_nouns"]),
        "recent_events": set(cal["recent_event_nouns"]),
        # `selama beberapa hari ini`, `perjalanan dua hari ini`: a count before `hari ini` makes it "these N days"
        "counted_days": re.compile(
            rf"(?<![\w-])(?:\d+|{word_number_pattern()}|{alternation(cal['vague_counts'])})\s+$", re.IGNORECASE
        ),
        "nowadays_after": re.compile(
            rf"\s*,?\s+(?:dan(?:\s+juga)?|maupun|hingga|sampai|serta)\s+(?:{phrases(cal['nowadays_after'])})(?![\w])",
            re.IGNORECASE,
        ),
        "contrast": re.compile(rf"(?<![\w])(?:{phrases(cal['vague_contrast_words'])})(?![\w])", re.IGNORECASE),
    }


def month_number(s: str) -> int | None:
    return tables()["months"].get(s.lower().rstrip("."))


def weekday_number(s: str | None) -> int | None:
    if not s:
        return None
    return tables()["weekdays"].get(s.lower().replace("'", ""))


def full_year(s: str) -> int:
    y = int(s)
    return 2000 + y if len(s) == 2 else y


def is_day_month(d: int, m: int | None) -> bool:
    return m is not None and 1 <= m <= 12 and 1 <= d <= 31
