"""Word lists and the small tokenizer the entity rules run on.

The lists live in ``data/`` (one entry a line, ``#`` comments, ``[section]`` headers); this
module loads them once into sets of lower-cased word tuples so rules can match phrases.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from warta.resources import data, open_text

if TYPE_CHECKING:
    from warta.document.model import Token

DATA = data("warta.entities", "data")

# A word: letters/digits, with inner apostrophes, hyphens and dots (`Ma'mun`, `PDI-P`, `Kompas.com`).
# `\u2060` joiners left by mojibake folding (`RenÃ©` → `René` + joiner) stay inside their word,
# also when letters follow them (`AntÃ³nio` → `Antó` + joiner + `nio`, one word)
WORD_RE = re.compile(
    r"[A-Z]{1,3}\$|[^\W_](?:[^\W_]|\u2060+(?=[^\W_]))*\u2060*(?:[-'.’][^\W_](?:[^\W_]|\u2060+(?=[^\W_]))*\u2060*)*"
    r"|[^\w\s\u2060]",
    re.UNICODE,
)
# Words joining a capitalised run without being capitalised themselves.
INNER_CONNECTORS = frozenset(
    {
        "of",
        "on",
        "the",
        "for",
        "and",
        "de",
        "des",
        "del",
        "della",
        "dello",
        "da",
        "das",
        "dos",
        "du",
        "van",
        "von",
        "der",
        "den",
        "bin",
        "binti",
        "al",
        "el",
        "la",
        "le",
        "y",
        "&",
    }
)
# Joiners allowed only inside organisation, place or role names (`Kementerian Pemuda dan Olahraga`).
HEADED_CONNECTORS = frozenset({"dan", "di", "untuk", "&"})
SENTENCE_END = frozenset(".!?:;")
LOCATIVE = frozenset(
    {
        "di",
        "ke",
        "dari",
        "kawasan",
        "wilayah",
        "daerah",
        "sekitar",
        "menuju",
        # where a route or an origin names a place (`melintasi Pekayon`, `warga asal Barabai`)
        "melintasi",
        "melewati",
        "memasuki",
        "asal",
        "sepanjang",
        "arah",
        "dekat",
        "perbatasan",
        "kota",
        "kabupaten",
        "kecamatan",
        "kelurahan",
        "desa",
    }
)
# Lower-case prefixes of the big news portals' brands (`detikFinance`, `kumparanBISNIS`).
MEDIA_PREFIXES = ("detik", "kumparan", "tribun", "okezone", "liputan6", "kompas")
CITED_MEDIUM = frozenset({"dilansir", "melansir", "dikutip", "mengutip", "lansir"})


class Tok:
    """A token with the facts rules ask about computed once (per distinct text: see ``_facts``)."""

    __slots__ = ("start", "end", "text", "lower", "is_word", "is_cap", "is_acronym")

    def __init__(self, start: int, end: int, text: str):
        self.start = start
        self.end = end
        self.text = text
        f = _FACTS.get(text)
        if f is None:
            f = _facts(text)
        self.lower, self.is_word, self.is_cap, self.is_acronym = f

    def __repr__(self) -> str:
        return f"Tok({self.start}, {self.end}, {self.text!r})"


# The same few thousand word forms come back in every article: their facts are computed once.
_FACTS: dict[str, tuple[str, bool, bool, bool]] = {}
_FACTS_MAX = 200_000


# an Arabic article glued to a capitalised name word (`al-Qassam`, `el-Sisi`): part of the name
ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|at|az|an|asy|ash|ud|ul)-[A-Z]")


def _facts(text: str) -> tuple[str, bool, bool, bool]:
    c = text[0]
    is_word = c.isalnum()
    # capitalised, all-caps, or a camel brand (`detikFinance`), or `al-Qassam`
    is_cap = (
        c.isupper()
        or (c in "aeu" and bool(ARABIC_ARTICLE.match(text)))
        or (
            c.islower()
            and text.isalnum()
            and not text.islower()
            and (text[1:2].isupper() or text.startswith(MEDIA_PREFIXES))
        )
    )
    if c.isupper() and len(text) > 1:
        t = text.replace("-", "")
        is_acronym = 2 <= len(t) <= 8 and t.isalnum() and sum(ch.isupper() for ch in t) >= 2
    else:
        is_acronym = False
    f = (text.lower(), is_word, is_cap, is_acronym)
    if len(_FACTS) < _FACTS_MAX:
        _FACTS[text] = f
    return f


_DOMAIN_END = re.compile(r"\.(com|co|id|net|org|go)$", re.I)
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_DOT_PARTS = re.compile(r"[^.]+|\.")


def is_initials(text: str) -> bool:
    """`M`, `S.W`: a capital initial (or dotted initials) that a dot may follow inside a name."""
    return (len(text) == 1 and text.isupper()) or (text[:1].isupper() and _INITIALS.fullmatch(text) is not None)


def tokenize(norm: str, start: int, end: int) -> list[Tok]:
    """Tokens of ``norm[start:end]`` with absolute offsets (dots after words stay separate)."""
    out = []
    for m in WORD_RE.finditer(norm, start, end):
        s, e = m.start(), m.end()
        text = m.group()
        if "." not in text:
            out.append(Tok(s, e, text))
            continue
        # `Jl.Sudirman` style: keep dotted names only when the part after a dot is short (`.com`)
        if not _DOMAIN_END.search(text) and not _INITIALS.fullmatch(text):
            for part in _DOT_PARTS.finditer(text):
                out.append(Tok(s + part.start(), s + part.end(), part.group()))
            continue
        out.append(Tok(s, e, text))
    return out


_JOINER = "\u2060"

# `… Banda Aceh2. SMAS Unggul Del, …`: a numbered list run together glues each item's number to
# the last word of the item before
_GLUED_NUMBER = re.compile(r"[^\W\d_]*[a-z](\d{1,2})")


def _list_number_glued(norm: str, s: int, e: int) -> int:
    """Where the list number glued to the word ``norm[s:e]`` starts (0 if none): digits after a
    lower-case letter, then a dot, continuing the list whose previous number comes shortly before."""
    if norm[e : e + 1] != "." or not norm[e - 1 : e].isdigit():
        return 0
    m = _GLUED_NUMBER.fullmatch(norm, s, e)
    if m is None:
        return 0
    n = int(m.group(1))
    if n < 2 or f"{n - 1}." not in norm[max(0, s - 400) : s]:
        return 0
    return m.start(1)


def from_tokens(norm: str, tokens: Sequence[Token], first: int, start: int, end: int) -> tuple[list[Tok], int]:
    """Tokens of ``norm[start:end]`` read from the segmentation layer's tokens (``tokens[first:]``
    sorted by offset), so this layer does not re-tokenise the text. Returns the Toks and the index
    of the first segmentation token after ``end``.

    The entity rules want dots, `$` and brackets as tokens of their own: plain words, digit runs and
    one-character marks are taken as they are; everything else (abbreviations with their dot,
    numbers with `.`/`,`/`/`, URLs, ellipses) and any text the segmentation skipped (the dateline) goes
    through ``tokenize`` over the same characters."""
    out: list[Tok] = []
    n = len(tokens)
    k = first
    while k < n and tokens[k].start < start:
        k += 1
    pos = start
    while k < n and tokens[k].start < end:
        t = tokens[k]
        k += 1
        s, e = t.start, min(t.end, end)
        if s > pos + 1 and not norm[pos:s].isspace():
            out.extend(tokenize(norm, pos, s))
        pos = e
        text = norm[s:e]
        kind = t.kind
        if (kind == "word" and "." not in text and _JOINER not in text) or (kind == "number" and text.isdigit()):
            # the dot test first: almost no word is followed by one, so the call is mostly skipped
            cut = _list_number_glued(norm, s, e) if norm[e : e + 1] == "." else 0
            if cut:
                out.extend((Tok(s, cut, norm[s:cut]), Tok(cut, e, norm[cut:e])))
                continue
            if len(text) <= 3 and text.isupper() and norm[e : e + 1] == "$":
                out.append(Tok(s, e + 1, text + "$"))  # `US$`
                pos = e + 1
                if k < n and tokens[k].start == e:
                    k += 1
                continue
            out.append(Tok(s, e, text))
        elif kind == "punct" and e - s == 1:
            out.append(Tok(s, e, text))
        else:
            out.extend(tokenize(norm, s, e))
    if pos < end and not norm[pos:end].isspace():
        out.extend(tokenize(norm, pos, end))
    return out, k


def opening_alternation(words: Sequence[str], before: str = r"[\w-]", ignore_case: bool = False) -> str:
    """``(?<!before)(?:w1|w2|…)`` (``before`` a one-character class; with ``ignore_case`` the words as
    ``(?i:…)``), written so that re skips to the words' first letters: each word opens with its first
    character and what stands before it is tested after that one (`k(?<![\\w-]k)(?:lub|omunitas)`;
    the words grouped by first character, in their order within a group: two words with different
    first characters never match at one position). A pattern that opens with a lookbehind is tried
    at every position of the text; this one gives the same matches (a lookbehind of two characters
    fails to match at the text's start, as one of one does). With ``ignore_case`` a group opens with
    each character re takes for its first letter (`k`, `K` and the Kelvin sign); a word opening with
    a character outside ASCII leaves the plain form."""
    if not all(w[:1].isascii() for w in words):
        inner = "|".join(map(re.escape, words))
        return f"(?<!{before})" + (f"(?i:{inner})" if ignore_case else f"(?:{inner})")
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0].lower() if ignore_case else w[0], []).append(re.escape(w[1:]))
    alts = []
    for c, rest in groups.items():
        tail = "|".join(rest)
        tail = f"(?i:{tail})" if ignore_case else f"(?:{tail})"
        for v in _case_forms(c) if ignore_case else (c,):
            alts.append(f"{re.escape(v)}(?<!{before}{re.escape(v)}){tail}")
    return "(?:" + "|".join(alts) + ")"


def _case_forms(c: str) -> list[str]:
    """The characters re's IGNORECASE takes for the ASCII character ``c``: its two cases, and for
    `i`, `k` and `s` the four letters outside ASCII that fold to them (İ, ı, ſ, the Kelvin sign)."""
    same = re.compile(f"(?i:{re.escape(c)})")
    return [
        v for v in dict.fromkeys((c, c.lower(), c.upper(), "\u0130", "\u0131", "\u017f", "\u212a")) if same.fullmatch(v)
    ]


def sections(name: str) -> dict[str, list[str]]:
    """The lines of an entities data file by section (`[football]`…; "" before the first), blank
    lines and `#` notes left out: one reader for every sectioned list."""
    out: dict[str, list[str]] = {"": []}
    cur = ""
    with open_text(DATA / name) as f:
        for ln in f:
            ln = ln.strip()
            if not ln or ln.startswith("#"):
                continue
            if ln.startswith("[") and ln.endswith("]"):
                cur = ln[1:-1]
                out.setdefault(cur, [])
                continue
            out[cur].append(ln)
    return out


def phrase(s: str) -> tuple[str, ...]:
    """Lower-cased word tuple of a list entry; a trailing dot is dropped (`dr.` → `dr`)."""
    return tuple(t.text.lower() for t in tokenize(s, 0, len(s)) if t.text != ".")


@dataclass(frozen=True, slots=True)
class Lexicon:
    roles: frozenset[tuple[str, ...]]
    honorifics: frozenset[tuple[str, ...]]
    org_start: frozenset[tuple[str, ...]]
    org_end: frozenset[str]
    loc_start: frozenset[tuple[str, ...]]
    loc_end: frozenset[str]
    media_start: frozenset[tuple[str, ...]]
    cue_after: frozenset[tuple[str, ...]]
    cue_before: frozenset[str]
    nonentities: frozenset[str]
    stopwords: frozenset[str]
    common: frozenset[str]
    complement: frozenset[str]
    given: frozenset[str]
    max_title: int


@cache
def lexicon() -> Lexicon:
    titles = sections("titles.txt")
    heads = sections("heads.txt")
    cues = sections("speech_cues.txt")
    non = {" ".join(phrase(x)) for x in sections("nonentities.txt")[""]}
    common = set(sections("common_words.txt")[""]) if (DATA / "common_words.txt").is_file() else set()
    stop = set(sections("stopwords.txt")[""]) if (DATA / "stopwords.txt").is_file() else set()
    complement = set(sections("complement_words.txt")[""])
    roles = frozenset(phrase(x) for x in titles["role"])
    hons = frozenset(phrase(x) for x in titles["honorific"])
    return Lexicon(
        roles=roles,
        honorifics=hons,
        org_start=frozenset(phrase(x) for x in heads["org_start"]),
        org_end=frozenset(x.lower().rstrip(".") for x in heads["org_end"]),
        loc_start=frozenset(phrase(x) for x in heads["loc_start"]),
        loc_end=frozenset(x.lower() for x in heads["loc_end"]),
        media_start=frozenset(phrase(x) for x in heads["media_start"]),
        cue_after=frozenset(phrase(x) for x in cues["after"]),
        cue_before=frozenset(x.lower() for x in cues["before"]),
        nonentities=frozenset(non),
        stopwords=frozenset(stop),
        common=frozenset(common),
        complement=frozenset(complement),
        given=frozenset(sections("given_names.txt")[""]) if (DATA / "given_names.txt").is_file() else frozenset(),
        max_title=max(len(p) for p in roles | hons),
    )


def match_phrase(toks: list[Tok], i: int, table: frozenset[tuple[str, ...]], longest: int = 4) -> int:
    """Length (in tokens) of the longest entry of ``table`` starting at ``toks[i]``; 0 if none.
    A dot right after a matched word (`dr.`, `Prof.`) is swallowed into the match."""
    firsts = _FIRSTS.get(id(table))
    if firsts is None:
        firsts = first_words(table)
    if toks[i].lower not in firsts:
        return 0
    best = 0
    words: list[str] = []
    j = i
    while j < len(toks) and len(words) < longest:
        t = toks[j]
        if t.text == "." and words:
            j += 1
            continue
        if not t.is_word and t.text not in "-/":
            break
        words.append(t.lower)
        j += 1
        if tuple(words) in table:
            best = j - i
            if best < len(toks) - i and toks[i + best].text == "." and not _dot_ends_sentence(toks, i + best):
                best += 1
    return best


_FIRSTS: dict[int, frozenset[str]] = {}


def first_words(table: frozenset[tuple[str, ...]]) -> frozenset[str]:
    f = _FIRSTS.get(id(table))
    if f is None:
        f = _FIRSTS[id(table)] = frozenset(p[0] for p in table if p)
    return f


def _dot_ends_sentence(toks: list[Tok], k: int) -> bool:
    """A dot followed by nothing or by a lower-case word ends no title (`dr. Sethi` vs `Bu. Dia`)."""
    return k + 1 >= len(toks)
