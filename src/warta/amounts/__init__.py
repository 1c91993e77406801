"""Layer 'amounts': money, percentages and quantities with their numeric value.

``Rp5,6 triliun`` → 5.6e12 IDR, ``2,65%`` → 2.65 percent, ``4.000 hektare`` → 4000 hektare,
``ratusan ribu orang`` → 1e5 orang. A number counts as an amount only when something says
what it measures (a currency, ``%``/``persen``, a unit or counted noun, or a multiplier such
as ``juta``); bare numbers, ordinals, article numbers and dates are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import cache

from warta.amounts.numbers import DIGIT_NUMBER, lexicon, parse_digits, word_number, word_number_pattern
from warta.document import Article
from warta.document.model import Amount

__all__ = ["annotate", "find_amounts"]


def _alt(words: list[str] | set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _tables() -> dict:
    lx = lexicon()
    units: dict[str, str] = {}
    for words in lx["units"].values():
        for w in words:
            units[w.lower()] = w.lower()
    return {
        "mult": {k: float(v) for k, v in lx["multipliers"].items()},
        "mult_money": set(lx["multipliers_money_only"]),
        "prefix": lx["currency_prefix"],
        "suffix": {k.lower(): v for k, v in lx["currency_suffix"].items()},
        "percent": {p.lower() for p in lx["percent"]},
        "units": units,
        "blocked": {b.lower().rstrip(".") for b in lx["blocked_prefix"]},
    }


@cache
def _pattern() -> re.Pattern[str]:
    t = _tables()
    lx = lexicon()
    money_mult = t["mult_money"]
    mult_ci = _alt([m for m in t["mult"] if m not in money_mult])
    mult_cs = _alt(money_mult)
    prefix = _alt(t["prefix"])
    tails = _alt(list(t["percent"]) + list(t["suffix"]) + list(t["units"]))
    words = word_number_pattern()
    del lx
    return re.compile(
        rf"(?:(?<![\w$])(?P<cur>(?i:{prefix}))\.?\s*|(?<![\w.,/\-+#]))"
        rf"(?P<num>{DIGIT_NUMBER}|(?i:{words}))"
        rf"(?:\s*(?P<rsep>-|–|—|(?i:hingga|sampai|s/d|s\.d\.?))\s*(?:(?i:{prefix})\.?\s*)?(?P<num2>{DIGIT_NUMBER}))?"
        rf"(?:\s*(?P<mult>(?i:{mult_ci})|{mult_cs})(?![\w$]))?"
        rf"(?:(?P<sp>\s*)(?P<tail>(?i:{tails})))?(?![\w²³])"
    )


_TOKEN = re.compile(r"[a-z]+|\d+|[$€£¥]")


@cache
def _trigger_words() -> frozenset[str]:
    """Words an amount may start with: currency prefixes and number words."""
    t = _tables()
    words = {w for k in t["prefix"] for w in re.findall(r"[a-z]+|[$€£¥]", k.lower())[:1]}
    lx = lexicon()
    words |= {w.split()[0] for w in list(lx["digits"]) + list(lx["approximate"])}
    return frozenset(words)


def _matches(text: str) -> Iterator[re.Match[str]]:
    """Like ``finditer`` but tries the pattern only where a number or a currency sign starts:
    scanning every position costs several times more on long articles."""
    pat = _pattern()
    words = _trigger_words()
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    last_end = 0
    for tm in _TOKEN.finditer(low):
        w = tm.group()
        if not (w[0].isdigit() or w in words):  # most tokens: tested before their offset is asked
            continue
        pos = tm.start()
        if pos < last_end:
            continue
        m = pat.match(text, pos)
        if m:
            last_end = m.end()
            yield m


_PREV_WORD = re.compile(r"([\w.\-]+)\s*$")
_URL = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+")


def _regions(article: Article) -> list[tuple[int, int]]:
    spans = [(p.start, p.end) for p in article.paragraphs] + [(h.start, h.end) for h in article.headings]
    return sorted(spans) if spans else [(0, len(article.norm))]


def _number(s: str) -> tuple[float, bool] | None:
    if s[0].isdigit():
        v = parse_digits(s)
        return None if v is None else (v, False)
    return word_number(s)


def _scale(value: float, mult: float) -> float:
    """``66,13 triliun`` is 66130000000000.0, not 66129999999999.99."""
    return float(Decimal(repr(value)) * Decimal(repr(mult)))


def find_amounts(text: str, offset: int = 0, skip: list[tuple[int, int]] | None = None) -> list[Amount]:
    """All amounts in ``text``; offsets are shifted by ``offset``; spans overlapping ``skip`` are dropped."""
    t = _tables()
    out: list[Amount] = []
    skip = skip or []
    for m in _matches(text):
        num_s = m.group("num")
        cur_s, mult_s, tail_s = m.group("cur"), m.group("mult"), m.group("tail")
        currency = t["prefix"].get(cur_s) if cur_s else None
        if cur_s and currency is None:
            currency = next((v for k, v in t["prefix"].items() if k.lower() == cur_s.lower()), None)
        unit = None
        kind = None
        end = m.end()
        if tail_s is not None:
            tl = tail_s.lower()
            if len(tl) <= 2 and tl.isalpha() and tl not in t["percent"] and not m.group("sp"):
                tail_s = None  # "5G", "3m": letters glued to a number are not a unit
                end = m.start("tail")
            elif tl in t["percent"]:
                kind = "percent"
                unit = "%"
            elif tl in t["suffix"] and (currency is None):
                currency = t["suffix"][tl]
            elif tl in t["units"]:
                unit = t["units"][tl]
            else:
                tail_s = None
                end = m.start("tail")
        if tail_s is None:
            end = m.end("mult") if mult_s else (m.end("num2") if m.group("num2") else m.end("num"))
        if mult_s and mult_s in t["mult_money"] and currency is None:
            mult_s = None
            end = m.end("num2") if m.group("num2") else m.end("num")
            if unit or kind:
                continue
        parsed = _number(num_s)
        if parsed is None:
            continue
        value, approx = parsed
        is_word = not num_s[0].isdigit()
        scaled = bool(mult_s) or (approx and " " in num_s.strip())  # "ratusan juta" carries its scale
        if currency:
            kind = "money"
        elif kind is None:
            if unit is None and not scaled:
                continue
            kind = "quantity"
        if is_word and not (scaled or tail_s) and not currency:
            continue
        if is_word and num_s.lower() == "satu" and text[max(0, m.start() - 6) : m.start()].lower().strip() == "salah":
            continue  # "salah satu": "one of", not a count
        start = m.start("cur") if cur_s else m.start("num")
        # an article number, ordinal or code: "Pasal 28 ayat", "ke-3", "KM 50"
        if not cur_s:
            pw = _PREV_WORD.search(text, max(0, start - 30), start)
            if pw and pw.group(1).lower().rstrip(".") in t["blocked"]:
                continue
            if num_s[0] == "0" and len(num_s) >= 6 and num_s.isdigit():
                continue
        if any(a < offset + end and offset + start < b for a, b in skip):
            continue
        mult = t["mult"].get(mult_s, t["mult"].get(mult_s.lower(), 1.0) if mult_s else 1.0) if mult_s else 1.0
        if kind == "percent":
            mult = 1.0
        num2 = m.group("num2")
        if num2:
            v2 = parse_digits(num2)
            first_end = m.end("num")
            out.append(
                Amount(
                    offset + start, offset + first_end, text[start:first_end], _scale(value, mult), kind, unit, currency
                )
            )
            if v2 is not None:
                s2 = m.start("num2")
                out.append(Amount(offset + s2, offset + end, text[s2:end], _scale(v2, mult), kind, unit, currency))
            continue
        out.append(Amount(offset + start, offset + end, text[start:end], _scale(value, mult), kind, unit, currency))
    return out


def annotate(article: Article) -> None:
    """Fill ``article.amounts`` from body paragraphs and headings (whole text until those exist)."""
    norm = article.norm
    skip = [(d.start, d.end) for d in article.dates]
    urls: list[tuple[int, int]] = []
    amounts: list[Amount] = []
    for a, b in _regions(article):
        chunk = norm[a:b]
        if "http" in chunk or "www." in chunk or "@" in chunk:
            urls = [(a + u.start(), a + u.end()) for u in _URL.finditer(chunk)]
        else:
            urls = []
        for am in find_amounts(chunk, a, skip + urls):
            am.text = article.norm_text(am.start, am.end)
            amounts.append(am)
    amounts.sort(key=lambda x: x.start)
    article.amounts = amounts
