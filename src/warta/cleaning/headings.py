"""Recognise section headings inside a story: short lines in title case without closing
punctuation, standing between paragraphs."""

from __future__ import annotations

import re

_WORDS = re.compile(r"[^\W_][\w'’-]*", re.UNICODE)
# Function words that stay lower case inside an Indonesian title.
_MINOR = frozenset(
    [
        "di",
        "ke",
        "dari",
        "dan",
        "atau",
        "yang",
        "untuk",
        "dengan",
        "pada",
        "dalam",
        "soal",
        "jadi",
        "bagi",
        "oleh",
        "antara",
        "sebagai",
        "hingga",
        "sampai",
        "tak",
        "tidak",
        "bukan",
        "vs",
        "vs.",
        "ala",
        "usai",
        "jelang",
        "demi",
        "atas",
        "bawah",
        "agar",
        "serta",
        "kian",
        "makin",
        "pun",
    ]
)


def is_heading(line: str, short_label: bool = False) -> bool:
    """True for a line such as ``Kim Jong Un Undang Putin ke Korea Utara``. ``short_label`` says
    the line stands between full paragraphs, where a short sentence-case label also counts."""
    s = line.strip()
    if not s or len(s) > 110 or s[-1] in ".,;:!?\"'”…" or s[0] in "\"'“(-•*–—[●■►▪":
        return False
    numbered = _NUMBERED.match(s)
    if numbered:  # "1. Cara Pertama (Online)": a numbered section title, not a list item
        s = s[numbered.end() :]
    words = _WORDS.findall(s)
    if not 2 <= len(words) <= 14:
        return False
    # a number written with its slashes and dots (`99/2012`, `1.500`) is one token here
    numbers = len(_NUMBER.findall(s))
    if _DATA_ROW.search(s) or 2 * numbers >= numbers + sum(1 for w in words if not w[0].isdigit()):
        return False  # `24 Juni: 26.820 penumpang`: a row of figures in a list, not a section title
    content = [w for w in words if w.lower() not in _MINOR]
    if not content:
        return False
    capital = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    if capital / len(content) >= 0.75 and (words[0][0].isupper() or words[0][0].isdigit()):
        return True
    # A short label between two full paragraphs ("bjb Tandamata"): lower-case brands and
    # sentence-case sub-titles, provided it has a capital and is not a numbered list item.
    # `Berikut bunyi pasal 310 dan 311 KUHP`: a label announcing the text below may run a little longer
    longest = 8 if words[0].lower() in _ANNOUNCING else 6
    return short_label and not numbered and len(words) <= longest and capital >= 1


_ANNOUNCING = frozenset(["berikut", "inilah"])
_NUMBER = re.compile(r"(?<![\w])\d[\d/.,:-]*\d|(?<![\w])\d")


_NUMBERED = re.compile(r"^\d{1,2}\.\s+(?=[A-Z])")
_DATA_ROW = re.compile(r":\s*(?:Rp\s*)?\d[\d.,]*(?:\s|%|$)")


_LIST_ITEM = re.compile(r"^\s*(?:\d{1,3}[.)]|[a-z][.)]|[-•*●▪◦·–■►✓][\u2060]*)\s")


def is_list_item(line: str) -> bool:
    return bool(_LIST_ITEM.match(line))


def is_numbered_title(line: str) -> bool:
    """``1. Cara Pertama (Online)``: a numbered line whose words are all capitalised."""
    m = _NUMBERED.match(line.strip())
    if not m:
        return False
    words = [w for w in _WORDS.findall(line.strip()[m.end() :]) if w.lower() not in _MINOR]
    return 2 <= len(words) <= 8 and all(w[0].isupper() or w[0].isdigit() for w in words)
