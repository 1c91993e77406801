"""Indonesian tokenizer: words (with internal hyphens and clitics), numbers in Indonesian
notation, dates, times, URLs, e-mail addresses, abbreviations and initials, punctuation.

Tokens are spans; clitics (``-nya``, ``-lah``, ``-kah``, ``-pun``) are marked, not split off.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from warta.document import Token

_DATA = resources.files("warta.segmentation").joinpath("data")


@lru_cache(maxsize=1)
def abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """(all abbreviations, those that may also close a sentence)."""
    every, closing = set(), set()
    for raw in _DATA.joinpath("abbreviations.txt").read_text("utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        word, _, flag = line.partition(" ")
        every.add(word)
        if flag.strip() == "*":
            closing.add(word)
    return frozenset(every), frozenset(closing)


@lru_cache(maxsize=1)
def _clitics() -> tuple[tuple[str, ...], dict[str, int], frozenset[str]]:
    d = json.loads(_DATA.joinpath("clitics.json").read_text("utf-8"))
    return tuple(d["clitics"]), d["min_stem"], frozenset(d["not_clitic"])


def _abbrev_pattern() -> str:
    every, _ = abbreviations()
    return "|".join(re.escape(a) for a in sorted(every, key=len, reverse=True))


_J = "\u2060"  # padding joiner left by mojibake folding: part of the word it sits in
_TOKEN = re.compile(
    rf"""
    (?P<url>(?:https?://|www\.)[^\s"'<>()\[\]]+[^\s"'<>()\[\].,;:!?])
  | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<abbr>(?<![\w.])(?:{_abbrev_pattern()})(?![\w]))
  | (?P<domain>[^\W\d_][\w-]*(?:\.(?:com|co|id|net|org|go|ac|or|tv|news))+(?![\w]))
  | (?P<initial>(?<![\w.])[A-Z]\.(?=\s?[A-Z]))
  | (?P<number>\d+(?:[.,:/]\d+)*(?:-an)?)
  | (?P<word>[^\W\d_][\w{_J}]*(?:[-'’][\w{_J}]+)*)
  | (?P<ellipsis>\.{{2,}}|…)
  | (?P<punct>[^\w\s{_J}])
    """,
    re.VERBOSE | re.UNICODE,
)


_CHUNK = re.compile(r"\S+")
_TRAIL = frozenset(",.;:!?)")


def _clitic_end(w: str, e: int) -> int | None:
    clitics, min_stem, not_clitic = _clitics()
    c = w[-3:]
    if c in clitics and len(w) - 3 >= min_stem.get(c, 3):
        lw = w.lower()
        if lw not in not_clitic and "-" not in lw[-4:]:
            return e - 3
    return None


@lru_cache(maxsize=1)
def _glued_re() -> re.Pattern[str]:
    """Function words a scrape glues to the name after them (`dariAntara`, `lamanWashington`)."""
    raw = _DATA.joinpath("glued_words.txt").read_text("utf-8").splitlines()
    ws = sorted({w.strip() for w in raw if w.strip() and not w.startswith("#")}, key=len, reverse=True)
    return re.compile(rf"^({'|'.join(map(re.escape, ws))})(?=[A-Z][A-Za-z]+$)")


def _glued(c: str) -> int:
    """Length of a lower-case function word glued to a capitalised word, else 0."""
    if not c[:1].islower() or c.islower():
        return 0
    m = _glued_re().match(c)
    return m.end() if m else 0


def tokenize(norm: str, start: int, end: int) -> list[Token]:
    """Tokens of ``norm[start:end]`` with offsets in the whole text.

    Most chunks between spaces are a plain word, or a word and one punctuation mark; those
    take a fast path, and only the rest go through the full pattern."""
    every, _ = abbreviations()
    out: list[Token] = []
    append = out.append
    for chunk in _CHUNK.finditer(norm, start, end):
        c = chunk.group()
        s, e = chunk.span()
        if c.isalpha():
            cut = _glued(c)
            if cut:  # `dariAntara`: a scrape dropped the space after a function word
                append(Token(s, s + cut, "word"))
                s += cut
                c = c[cut:]
            append(Token(s, e, "word", _clitic_end(c, e) if len(c) > 4 else None))
            continue
        if len(c) > 2 and c[-1] in _TRAIL and c[:-1].isalpha() and c not in every:
            cut = _glued(c[:-1])
            if cut:
                append(Token(s, s + cut, "word"))
                s += cut
                c = c[cut:]
            append(Token(s, e - 1, "word", _clitic_end(c[:-1], e - 1) if len(c) > 5 else None))
            append(Token(e - 1, e, "punct"))
            continue
        for m in _TOKEN.finditer(norm, s, end):
            ms, me = m.span()
            if ms >= e:
                break
            kind = m.lastgroup or "punct"
            while me < e and norm[me] == _J:  # joiners left by mojibake folding end the character
                me += 1
            clitic = None
            if kind == "word":
                clitic = _clitic_end(m.group(), me) if me - ms > 4 and norm[me - 1] != _J else None
            elif kind in ("abbr", "initial"):
                kind = "abbr"
            elif kind == "domain":
                kind = "word"
            elif kind == "ellipsis":
                kind = "punct"
            append(Token(ms, me, kind, clitic))
    return out
