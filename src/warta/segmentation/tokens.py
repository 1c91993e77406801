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


def _words(pkg: str, name: str) -> list[str]:
    raw = resources.files(pkg).joinpath("data", name).read_text("utf-8").splitlines()
    return [ln.strip() for ln in raw if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def _glue_lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str], re.Pattern[str]]:
    """(words a scrape glues before a name, camel-case names kept whole, first halves of such
    names, pattern of outlet names found inside a glued chunk).

    The glued words are the function words of data/glued_words.txt plus the one-word verbs of
    saying and via markers the quotes layer ships: link text lands right after them."""
    lead = set(_words("warta.segmentation", "glued_words.txt"))
    for ln in _words("warta.quotes", "cues.tsv"):
        form = ln.split("\t", 1)[0]
        if " " not in form and len(form) > 3:
            lead.add(form)
    for ln in _words("warta.quotes", "via.tsv"):
        lead.update(w for w in ln.split("\t", 1)[0].split() if len(w) > 3 and w.isalpha())
    camel = _words("warta.segmentation", "camel_names.txt")
    heads = frozenset(w[1:] for w in camel if w.startswith(">"))
    names = {w for w in camel if not w.startswith(">")}
    names |= {
        w for w in _words("warta.cleaning", "outlets.txt") if " " not in w and not w.istitle() and not w.isupper()
    }
    outlets = sorted(
        (w for w in names if w.startswith("detik") or (w[:1].islower() or w[1:] != w[1:].lower())),
        key=len,
        reverse=True,
    )
    return frozenset(lead), frozenset(names), heads, re.compile("|".join(map(re.escape, outlets)))


_CAP_WORD = re.compile(r"[A-Z][A-Za-z]+")
_INNER = re.compile(r"([A-Z][a-z]{3,})([A-Z][a-z]{3,})")
_NAME_END = re.compile(r"(?:[A-Z]{2,}|[A-Z][a-z]*(?:[bcdfghjklmnpqrtvwxz]|e)s)")


def _tail(c: str, lead: frozenset[str]) -> int:
    """Length of a function word glued after a name (`Sportsdi`, `KPKdi`), else 0.

    Only where the name part cannot be an Indonesian word: an acronym or an English plural;
    `Budi`, `Medan`, `Jadi` stay whole."""
    for n in (5, 4, 3, 2):
        w = c[-n:]
        if len(c) - n >= 3 and w in lead and w.islower() and _NAME_END.fullmatch(c[:-n]):
            return n
    return 0


@lru_cache(maxsize=32768)
def _glued_cuts_cached(c: str) -> tuple[int, ...]:
    """`_glued_cuts`, remembered: names recur across a batch, and the lexicon is fixed."""
    return tuple(_glued_cuts(c))


def _glued_cuts(c: str) -> list[int]:
    """Offsets inside an alphabetic chunk where a scrape dropped a space, or [].

    `dariAntara`, `dilaporkanSaudi`, `DilansirdetikNews`, `PantauandetikJatengdi`, `KPKdi`,
    `RikaRaffiudin`; camel-case names (data/camel_names.txt, outlets) stay whole."""
    lead, names, heads, outlets = _glue_lexicon()
    if c in names:
        return []
    m = outlets.search(c)
    if m and (m.start() or m.end() < len(c)):
        head, rest = c[: m.start()], c[m.end() :]
        detik = m.group().startswith("detik")
        ok_head = not head or (head.isalpha() and (head.lower() in lead or (detik and len(head) >= 3)))
        sub = _glued_cuts(rest) if rest[:1].islower() and not rest.islower() else []
        ok_rest = not rest or sub or (rest.islower() and (rest in lead or len(rest) >= 4))
        if ok_head and ok_rest:
            cuts = [m.start()] if head else []
            return cuts + ([m.end()] if rest else []) + [m.end() + x for x in sub]
    if c[0].isupper() and c[1:].islower():
        n = _tail(c, lead)
        return [len(c) - n] if n else []
    low = c[0].lower() + c[1:]
    for i in range(min(len(c) - 2, 16), 1, -1):
        if low[:i] in lead and (i > 3 or c[0].islower()) and _CAP_WORD.fullmatch(c, i):  # not `DiCaprio`
            rest = c[i:]
            if rest in names:
                return [i]
            n = _tail(rest, lead)
            return [i, len(c) - n] if n else [i]
    if c[:2].isupper():
        n = _tail(c, lead)
        return [len(c) - n] if n else []
    m = _INNER.fullmatch(c)
    if m and m.group(1) not in heads and _inner_ok(m.group(1), m.group(2)):
        return [m.end(1)]
    return []


_FOREIGN = re.compile(r"ch|th|sh|ph|ck|oo|ee|ea|ou|[xqvz]|y$|[ct]e$|ght|w[^aeiouy]|ion$|ll$")


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    return frozenset(_words("warta.quotes", "titles.txt")) | frozenset(_words("warta.quotes", "role_words.txt"))


def _inner_ok(first: str, second: str) -> bool:
    """`RikaRaffiudin`, `BadungKetua`: both halves read as Indonesian words or names, or the second
    is a title; English compounds (`TechCrunch`, `DailySocial`) are brand names, left whole."""
    lead = _glue_lexicon()[0]
    if second.lower() in _roles() or second.lower() in lead or first.lower() in lead:
        return True
    return not _FOREIGN.search(first.lower()) and not _FOREIGN.search(second.lower())


def _split(append, s: int, e: int, c: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    """Emit the glued pieces of ``c`` (at ``s``) but the last; return where the last starts and it."""
    cuts = _glued_cuts_cached(c) if len(c) > 3 and (not c.islower() or "detik" in c) else ()
    prev = 0
    for cut in cuts:
        append(Token(s + prev, s + cut, "word"))
        prev = cut
    return s + prev, c[prev:]


def tokenize(norm: str, start: int, end: int) -> list[Token]:
    """Tokens of ``norm[start:end]`` with offsets in the whole text.

    Most chunks between spaces are a plain word, or a word and one punctuation mark; those
    take a fast path, and only the rest go through the full pattern."""
    every, _ = abbreviations()
    clitics = _clitics()[0]
    out: list[Token] = []
    append = out.append
    # The chunks of _CHUNK (``\S+``), by ``str.split``: it splits on the same white space (the
    # characters ``str.isspace`` names, as ``\s`` does), and a chunk's offset is the first place
    # it occurs from the end of the one before, since only white space lies between them.
    find = norm.find
    e = start
    for c in norm[start:end].split():
        s = find(c, e)
        e = s + len(c)
        if c.isalpha():
            if len(c) > 3 and (not c.islower() or "detik" in c):
                s, c = _split(append, s, e, c)  # `dariAntara`: a scrape dropped a space
            # _clitic_end is None unless the word ends in a clitic: test that here, without a call
            append(Token(s, e, "word", _clitic_end(c, e) if len(c) > 4 and c[-3:] in clitics else None))
            continue
        if len(c) > 2 and c[-1] in _TRAIL and c[:-1].isalpha() and c not in every:
            if len(c) > 4 and (not c[:-1].islower() or "detik" in c):
                s, c = _split(append, s, e - 1, c[:-1])
                c += norm[e - 1]
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
                if m.group().isalpha():
                    ms, _ = _split(append, ms, me, m.group())
                clitic = _clitic_end(m.group(), me) if me - ms > 4 and norm[me - 1] != _J else None
            elif kind in ("abbr", "initial"):
                kind = "abbr"
            elif kind == "domain":
                kind = "word"
            elif kind == "ellipsis":
                kind = "punct"
            append(Token(ms, me, kind, clitic))
    return out
