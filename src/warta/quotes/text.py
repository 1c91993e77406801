"""Small text helpers shared by the quote finders: words with offsets, the candidate record,
and the article's paragraphs and sentences as the quotes layer sees them."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from warta.document import Article
from warta.quotes.lexicon import wordset

# stdlib `re` here: this runs on every sentence and is much faster than `regex` for it
WORD = re.compile(r"[^\W_][\w\u2060]*(?:['\-][^\W_][\w\u2060]*)*\.?")
# abbreviations whose dot belongs to the word (titles before names, `No.`)
ABBREVIATIONS = wordset("abbreviations")
# a prefix shape that marks an Indonesian verb (me-, ber-, di-, ter- …), used to find predicates
VERB_SHAPE = re.compile(r"^(?:mem|men|meng|meny|me|ber|be|di|ter|memper|diper)[a-z]{3,}$")
NOT_VERBS = wordset("not_verbs")
PREDICATES = wordset("predicates")
# the demonstratives that close a described noun phrase (`bos Space X itu`, `negara tersebut`);
# one set for the quote and event readers, which test words against it in over thirty places
DEMONSTRATIVES = frozenset(("itu", "ini", "tersebut"))


@dataclass(slots=True)
class Word:
    start: int
    end: int
    text: str
    low: str = ""

    def __post_init__(self) -> None:
        self.low = self.text.lower()


def words(norm: str, start: int, end: int) -> list[Word]:
    """The words of ``norm[start:end]`` with offsets (a trailing dot is kept only on short
    abbreviations such as ``dr.``, ``Plt.``). For the article being read (see :func:`layout`)
    they come from its word index, split once, instead of splitting the stretch again."""
    idx = _current
    if idx is not None and idx.norm is norm:
        return idx.words(start, end)
    return _split(norm, start, end)


def _split(norm: str, start: int, end: int, raw_ends: list[int] | None = None) -> list[Word]:
    out = []
    for m in WORD.finditer(norm, start, end):
        s, e = m.span()
        if raw_ends is not None:
            raw_ends.append(e)
        t = m.group()
        if t.endswith(".") and not (t[:-1].lower() in ABBREVIATIONS or (len(t) == 2 and t[0].isupper())):
            e -= 1
            t = t[:-1]
        out.append(Word(s, e, t))
    return out


class WordIndex:
    """The words of a whole text, split once; :meth:`words` reads a stretch by bisection and
    gives what splitting the stretch itself gives (a word cut by the stretch's edge is split
    again there, as the regex would see it)."""

    __slots__ = ("norm", "all", "starts", "raw_ends", "answers")

    def __init__(self, norm: str, cuts: list[int] | None = None) -> None:
        self.norm = norm
        # what pure readers of these words found, by (reader, span): the quotes and events layers
        # ask again for the same clause (see :func:`indexed`)
        self.answers: dict[tuple, object] = {}
        self.raw_ends: list[int] = []  # match ends, trailing dot included
        self.all = _split(norm, 0, len(norm), self.raw_ends)
        if cuts:
            self.all, self.raw_ends = _cut(self.all, self.raw_ends, cuts)
        self.starts = [w.start for w in self.all]

    def words(self, start: int, end: int) -> list[Word]:
        if start >= end:
            return []
        k = bisect_right(self.raw_ends, start)  # the first word that ends after ``start``
        j = bisect_left(self.starts, end, k)  # words k … j-1 begin before ``end``
        out: list[Word] = []
        if k < j and self.starts[k] < start:  # a word cut by the left edge
            out.extend(_split(self.norm, start, min(self.raw_ends[k], end)))
            k += 1
        m = bisect_right(self.raw_ends, end, k, j)  # words k … m-1 lie inside
        out.extend(self.all[k:m])
        if m < j:  # a word cut by the right edge
            out.extend(_split(self.norm, self.starts[m], end))
        return out


def _cut(ws: list[Word], raw_ends: list[int], cuts: list[int]) -> tuple[list[Word], list[int]]:
    """Split words at ``cuts`` (sorted offsets inside them): a scrape's glued words
    (`kepadadetikSulsel`) that the segmentation layer has already told apart."""
    out: list[Word] = []
    ends: list[int] = []
    k = 0
    for w, raw in zip(ws, raw_ends, strict=True):
        while k < len(cuts) and cuts[k] <= w.start:
            k += 1
        s = w.start
        while k < len(cuts) and cuts[k] < w.end:
            c = cuts[k]
            out.append(Word(s, c, w.text[s - w.start : c - w.start]))
            ends.append(c)
            s = c
            k += 1
        out.append(w if s == w.start else Word(s, w.end, w.text[s - w.start :]))
        ends.append(raw)
    return out, ends


# `…, Kamis (18/9/2025).Powell menjelaskan …`: a full stop after a bracket that lost its space;
# the segmentation layer keeps both sides in one sentence
GLUED_STOP = re.compile(r"\)\.(?=[A-Z][a-z])")


def until_glued_stop(norm: str, s: int, e: int) -> tuple[int, int]:
    """``(s, e)`` cut right after the first glued full stop inside it, if any."""
    m = GLUED_STOP.search(norm, s, e)
    return (s, m.end()) if m else (s, e)


def glued_cuts(article: Article) -> list[int]:
    """Where the segmentation layer split a run of letters into two words (a scrape's glued
    link text): the quote finders read those words apart too."""
    n = article.norm
    size = len(n)
    return [s for t in article.tokens if 0 < (s := t.start) < size and n[s].isalpha() and n[s - 1].isalpha()]


# the word index of the article being read (one slot; a lookup checks it is the same text)
_current: WordIndex | None = None


def index_words(norm: str, cuts: list[int] | None = None) -> WordIndex:
    """Split ``norm`` once and let :func:`words` read it (kept until another text is indexed);
    ``cuts`` are offsets inside runs of letters where words glued by a scrape part."""
    global _current
    idx = _current
    if idx is None or idx.norm is not norm:
        idx = WordIndex(norm, cuts)
        _current = idx
    return idx


def indexed(norm: str) -> WordIndex | None:
    """The word index of ``norm`` when it is the text being read (its answers may be kept there:
    they hold while the same words are read), else None."""
    idx = _current
    return idx if idx is not None and idx.norm is norm else None


def is_verbish(w: str) -> bool:
    low = w.lower()
    return w[:1].islower() and low not in NOT_VERBS and bool(VERB_SHAPE.match(low))


def is_cap(w: str) -> bool:
    # detikJatim, iPhone (the inner capital tested per character as a C loop)
    return w[:1].isupper() or (w[:1].islower() and any(map(str.isupper, w[1:12])))


@dataclass(slots=True)
class Candidate:
    """A quote before its speaker is resolved."""

    kind: str
    pieces: list[tuple[int, int]]  # the quoted/reported text, one piece per paragraph
    para: int
    cue: str | None = None
    cue_lemma: str | None = None
    cue_span: tuple[int, int] | None = None
    speaker_span: tuple[int, int] | None = None  # the noun phrase naming the speaker
    pronoun: str | None = None  # 'person' | 'any' when the speaker is a pronoun or a -nya clitic
    continuation: bool = False  # a quote with no attribution of its own
    inherit: bool = False  # second half of a quote split by its attribution: same source
    via: str | None = None
    via_span: tuple[int, int] | None = None
    attribution: tuple[int, int] | None = None
    resolved: object | None = None  # Speaker, set by warta.quotes.speakers
    extra: dict = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


@dataclass(slots=True)
class Layout:
    """Paragraph and sentence spans of the story, as (start, end) pairs."""

    paragraphs: list[tuple[int, int]]
    sentences: list[tuple[int, int, int]]  # start, end, paragraph index
    # their starts, for lookups by position by bisection (built once; the spans are in order)
    paragraph_starts: list[int] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.paragraph_starts = [s for s, _e in self.paragraphs]
        self.sentence_starts = [s for s, _e, _p in self.sentences]


GLUE_STOPS = frozenset('.!?"”')  # a stop or a closing quote glued to the next sentence
# words that open a verbless fragment carrying the sentence before on (`Termasuk soal ijazah …`)
FRAGMENT_STARTS = frozenset(("termasuk", "terutama", "khususnya", "utamanya", "misalnya", "contohnya"))
# openers of a sentence that goes on from the one before (linking, dependent, enumerating, fragment)
LINKING_WORDS = (
    wordset("linking_openers") | wordset("dependent_openers") | wordset("enumeration_openers") | FRAGMENT_STARTS
)
_SENT_END = re.compile(r'(?<=[.!?])["\')]*\s+(?=["(]?[A-Z\d])')


def layout(article: Article) -> Layout:
    """The body paragraphs and sentences; read from the segmentation layer. A plain line and
    sentence split is used only when the article carries no segmentation (bare Articles).
    The article's words are split here, once, for every later :func:`words` lookup."""
    idx = _current
    if idx is None or idx.norm is not article.norm:  # events re-reads the index quotes built
        index_words(article.norm, glued_cuts(article))
    if article.paragraphs:
        paras = [(p.start, p.end) for p in article.paragraphs]
        dl = article.dateline
        if dl is not None:
            paras = [(max(s, dl.end) if s <= dl.start < e else s, e) for s, e in paras]
        if article.sentences:
            sents = [(s.start, s.end, s.paragraph) for s in article.sentences if s.paragraph >= 0]
        else:
            sents = _split_sentences(article.norm, paras)
        return Layout(*_unglue(article.norm, paras, sents))
    paras = []
    pos = 0
    for line in article.norm.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        while s < e and article.norm[s].isspace():
            s += 1
        while e > s and article.norm[e - 1].isspace():
            e -= 1
        if e - s > 0:
            paras.append((s, e))
    return Layout(paras, _split_sentences(article.norm, paras))


def _glued(norm: str, prev_end: int, start: int) -> bool:
    """`… kata Heru.Ditemui usai sidang, …`: a sentence glued to the stop of the one before,
    where a scrape dropped the break between two paragraphs (a writer puts a space there). A
    glued sentence that links back (`… terjaga.Pertama, …`, `… ilegal.Sebab, …`) lost only its
    space: it goes on in the same paragraph."""
    if any(ch.isspace() for ch in norm[prev_end:start]) or norm[prev_end - 1 : prev_end] not in GLUE_STOPS:
        return False
    m = WORD.match(norm, start)
    return m is not None and m.group()[:1].isupper() and m.group().lower() not in LINKING_WORDS


def _unglue(
    norm: str, paras: list[tuple[int, int]], sents: list[tuple[int, int, int]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int, int]]]:
    """The paragraphs with each glued sentence (:func:`_glued`) opening a paragraph of its own,
    and the sentences renumbered to match."""
    cut_at: dict[int, list[tuple[int, int]]] = {}  # paragraph → (end before, start) of each glue
    for k in range(1, len(sents)):
        (_ps, pe, pp), (s, _e, p) = sents[k - 1], sents[k]
        if p == pp and _glued(norm, pe, s):
            cut_at.setdefault(p, []).append((pe, s))
    if not cut_at:
        return paras, sents
    out: list[tuple[int, int]] = []
    for p, (s, e) in enumerate(paras):
        for before, c in cut_at.get(p, []):
            out.append((s, before))
            s = c
        out.append((s, e))
    starts = [s for s, _e in out]
    return out, [(s, e, bisect_right(starts, s) - 1) for s, e, _p in sents]


def _split_sentences(norm: str, paras: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    out = []
    for i, (s, e) in enumerate(paras):
        cur = s
        for m in _SENT_END.finditer(norm, s, e):
            out.append((cur, m.start(), i))
            cur = m.end()
        out.append((cur, e, i))
    return out
