"""Indonesian numbers, written in digits or in words, and the word lists that go with them.

Indonesian writes ``.`` between thousands and ``,`` before decimals (``Rp 1.000.000``,
``2,65%``); English-style ``1.5`` or ``1,200,000`` also turns up, so a dot followed by
anything other than exactly three digits is read as a decimal point.
The word lists live in ``data/lexicon.json``; the dates layer reuses :func:`word_number`.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

DIGIT_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d+(?:[.,]\d+)?"


@cache
def lexicon() -> dict[str, Any]:
    """The shipped word lists (number words, multipliers, currencies, units)."""
    text = resources.files("warta.amounts").joinpath("data/lexicon.json").read_text(encoding="utf-8")
    return json.loads(text)


_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")  # 1.500.000,50
_COMMA_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?")  # 1,500,000.50


def parse_digits(s: str) -> float | None:
    """Value of a number written in digits, Indonesian conventions first."""
    s = s.strip()
    if not s:
        return None
    try:
        if _DOT_THOUSANDS.fullmatch(s):
            return float(s.replace(".", "").replace(",", "."))
        if _COMMA_THOUSANDS.fullmatch(s):
            return float(s.replace(",", ""))
        if "," in s:
            return float(s.replace(",", "."))
        return float(s)
    except ValueError:
        return None


@cache
def _word_tables() -> tuple[dict[str, float], dict[str, float]]:
    lx = lexicon()
    return {k: float(v) for k, v in lx["digits"].items()}, {k: float(v) for k, v in lx["approximate"].items()}


@cache
def word_number_pattern() -> str:
    """Regex (no groups) for a number written in words: ``dua puluh lima``, ``seratus``, ``puluhan``."""
    digits, approx = _word_tables()
    lx = lexicon()
    scales = "|".join((lx["teens_word"], lx["tens_word"], lx["hundreds_word"]))
    unit_words = "|".join(sorted(digits, key=len, reverse=True))
    one = rf"(?:{unit_words})(?:\s+(?:{scales})\b)?"
    approx_words = "|".join(sorted((re.escape(a) for a in approx), key=len, reverse=True))
    return rf"(?:{approx_words})\b|{one}(?:\s+{one})*\b"


def word_number(s: str) -> tuple[float, bool] | None:
    """Value of a number in words and whether it is approximate (``puluhan`` → (10, True))."""
    digits, approx = _word_tables()
    lx = lexicon()
    key = " ".join(s.lower().split())
    if key in approx:
        return approx[key], True
    total = 0.0
    pending: float | None = None
    for w in key.split():
        if w in digits:
            if pending is not None:
                total += pending
            pending = digits[w]
        elif pending is None:
            return None
        elif w == lx["teens_word"]:
            total += pending + 10
            pending = None
        elif w == lx["tens_word"]:
            total += pending * 10
            pending = None
        elif w == lx["hundreds_word"]:
            total += pending * 100
            pending = None
        else:
            return None
    if pending is not None:
        total += pending
    return total, False
