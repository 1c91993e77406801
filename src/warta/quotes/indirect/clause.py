"""Is what follows a cue a statement: a clause with a subject and a predicate, not a topic, a bare
noun phrase or a thing (`menjelaskan soal modus` is no quote)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from itertools import islice
from typing import Any

from warta.quotes.attribution import ADVERBS, NOT_SUBJECT_START, NP_STOP, SUBORDINATORS, cue_of
from warta.quotes.indirect.words import (
    ATTRIBUTIVE,
    CLAUSE_MARKERS,
    DIRECTIVE_MARKS,
    MIN_WORDS,
    NOT_AFTER_SUBJECT,
    NOT_TOPICS,
    PLACE_PREPOSITIONS,
    PREDICATE_OPENERS,
)
from warta.quotes.lexicon import lexicon, wordset
from warta.quotes.text import DEMONSTRATIVES, FRAGMENT_STARTS, PREDICATES, Word, is_cap, is_verbish


def _opens_clause(ws: list[Word]) -> bool:
    """`mengungkap ada 24 pertanyaan …`, `mengungkap belum ada …`: content that opens with its
    predicate (an existential, an auxiliary or a negation), or with a name and its predicate
    (`mengungkap Heri juga memberikan …`), is a clause whatever follows."""
    first = ws[0].low
    if first in ("ada", "adanya") or first in CLAUSE_MARKERS or first in PREDICATE_OPENERS:
        return True
    k = 1
    while k < len(ws) and is_cap(ws[k].text) and is_cap(ws[0].text):
        k += 1  # the rest of the name
    while k < len(ws) and ws[k].low in ADVERBS:
        k += 1
    named = is_cap(ws[0].text) and k < len(ws)
    if named and (ws[k].low in CLAUSE_MARKERS or _predicative(ws[k].low) or is_verbish(ws[k].text)):
        return True
    return _short_subject_then_predicate(ws)


# how many words a bare subject may have before its auxiliary or copula (`isu disparitas data menjadi …`)
SHORT_SUBJECT = 4


EQUATING_WORDS = wordset("equating_words")


FINDING_HEADS = wordset("finding_heads")


MAX_EQUATED_SUBJECT = 12  # words of a noun phrase set equal to what follows (`salah satu hal … yakni …`)


def _equated(norm: str, ws: list[Word]) -> bool:
    """`mengungkap salah satu penyebab utama inflasi di Riau beberapa bulan terakhir yakni dampak
    …`, `mengungkapkan keuntungan lainnya adalah ekspor …`: a noun phrase with no comma in it, then
    a word setting it equal to what follows, is the subject of the reported clause however long
    it is (not `kepada warga yang merupakan …`: a relative's copula; not one word, a verb as
    often as a noun: `memastikan ikut yakni …`; not a finding)."""
    if len(ws) < MIN_WORDS or ws[0].low in FINDING_HEADS:
        return False
    for k in range(1, min(len(ws) - 2, MAX_EQUATED_SUBJECT + 1)):
        if any(c in norm[ws[k - 1].end : ws[k].start] for c in ',;:()"'):
            return False
        if ws[k].low in EQUATING_WORDS:
            return k > 1 and ws[k - 1].low != "yang"  # (`memastikan ikut yakni …`: no phrase)
        if cue_of(ws[k]) is not None:
            return False
    return False


def _short_subject_then_predicate(ws: list[Word]) -> bool:
    """`mengungkap isu disparitas data menjadi fokus utama`, `… pemilihan TCash tak lepas dari …`,
    `mengungkap operasi atau penyelenggaraan pasar murah digelar di …`: a short noun phrase, no
    adjunct in it, then an auxiliary, a negation or a copula; or up to five words (`atau` may join
    two nouns) and a passive verb."""
    for k in range(1, min(len(ws), SHORT_SUBJECT + 2)):
        if ws[k].low == "yang" or ws[k].low in SUBORDINATORS:
            break  # `kasus-kasus yang dilaporkan …`: the passive describes the thing
        if _passive_predicate(ws, k):
            return True
    for k in range(1, min(len(ws), SHORT_SUBJECT + 1)):
        w = ws[k]
        if w.low in CLAUSE_MARKERS or w.low in COPULAS or w.low in ("menjadi", "yakni", "yaitu"):
            return True
        if w.low in NOT_AFTER_SUBJECT or w.low in SUBORDINATORS or w.low in NOT_SUBJECT_START:
            return False
    return False


# words after a passive verb that show it is one (`digelar di …`, `ditangkap oleh …`)
_AFTER_PASSIVE = frozenset({"di", "ke", "pada", "oleh", "sejak", "mulai", "secara", "sebagai"})


# endings of borrowed nouns that open with di- (`diskusi`, `dinamika`, `digital`, `diplomasi`)
_NOUN_ENDINGS = ("si", "ika", "al", "isme", "itas", "or")


def _passive_predicate(ws: list[Word], k: int) -> bool:
    """`… pasar murah digelar di seluruh kelurahan`: a di- verb read as a passive only with a
    passive ending or a word after it that a passive takes, since borrowed nouns open with di- too."""
    low = ws[k].low
    if not (low.startswith("di") and len(low) > 4 and is_verbish(ws[k].text)) or low.endswith(_NOUN_ENDINGS):
        return False
    return low.endswith(("kan", "i")) or (k + 1 < len(ws) and ws[k + 1].low in _AFTER_PASSIVE)


def _predicative(low: str) -> bool:
    """A predicate word, or its reduplication (`baik-baik saja`, `aman-aman saja`)."""
    if low in PREDICATES:
        return True
    a, dash, b = low.partition("-")
    return bool(dash) and a == b and a in PREDICATES


def _predicate_next(ws: list[Word]) -> bool:
    """`tindakannya diperlukan …`: a possessed noun with a predicate right after it is the
    subject of a clause, not the topic of the verb (`menyampaikan harapannya agar …`)."""
    if len(ws) < 2 or ws[1].low in ("agar", "supaya", "untuk", "yang"):
        return False
    if ws[1].low in ("kini", "sekarang") or (len(ws) > 3 and ws[1].low == "saat" and ws[2].low == "ini"):
        return True  # `kementeriannya saat ini fokus …`: a time adverb sits between subject and predicate
    if ws[1].low in ("dengan", "antara"):
        # `hubungannya dengan Ketua DEN baik-baik saja`: the relation, then what is said of it
        for w in ws[2:16]:
            if w.low in ("yang", "agar", "supaya", "untuk", "kepada"):
                return False
            if _predicative(w.low):
                return True
        return False
    if ws[1].low in ("ke", "di", "dari", "pada"):
        # `kunjungannya ke Nauru juga dilakukan …`: a place or time after the noun, then its predicate
        for w in ws[2:8]:
            if w.low in _PHRASE_CLOSERS or w.low in ("yang", "dan", "serta", "atas", "terhadap"):
                return False
            if (
                w.low in PREDICATES
                or w.low in CLAUSE_MARKERS
                or (is_verbish(w.text) and w.low.startswith(("di", "ter")))
            ):
                return True
        return False
    return ws[1].low in PREDICATES or (is_verbish(ws[1].text) and ws[1].low.startswith(("di", "ter")))


def _clause_follows(ws: list[Word]) -> bool:
    """`kebijakan perdagangan era Trump justru membawa dampak …`: a noun phrase then its own
    predicate (an auxiliary, or a verb after an adverb) before any `yang`: the content is a
    clause, not a feeling or a topic (`kekecewaan atas keputusan yang …`)."""
    for k in range(2, min(len(ws) - 1, 12)):
        w = ws[k]
        if w.low in ("yang", "karena", "atas", "terhadap"):
            return False
        if w.low in ("dan", "serta", "tetapi", "namun", "sedangkan") and w.start - ws[k - 1].end > 1:
            return False  # `kekhawatiran tentang X, dan para pemegang saham …`: the next clause is another's
        if w.low in CLAUSE_MARKERS or (w.low in ADVERBS and is_verbish(ws[k + 1].text)):
            return True
        if _after_closed_subject(ws, k) and not is_verbish(w.text):
            return True  # `kenaikan gaji ini semata-mata demi …` (not `keprihatinan itu mewakili …`)
    return False


# words that close a noun phrase with a purpose or a topic (`program X untuk mengatasi …`)
_PHRASE_CLOSERS = frozenset(("untuk", "agar", "supaya", "kepada", "bagi", "soal", "tentang", "mengenai", "terkait"))


_CLAUSE_CLOSERS = frozenset(("agar", "supaya"))  # closers that open a clause, never a noun modifier


_NEAR_WORDS = 7  # how far a predicate may follow a topic noun with no modifier between


def _predicate_within(ws: list[Word]) -> bool:
    """A predicate among the next words, before a purpose closes the noun phrase (`permintaan
    emas batangan di butik Antam melonjak` is a clause; `program X untuk mengatasi …` is not).
    A closer with a noun after it (`program X untuk anak miskin`, `komitmen Prabowo untuk
    pemberantasan korupsi`) is a modifier inside the phrase: a predicate right after the phrase's
    last noun (`… menciptakan segregasi`, `… diwujudkan KPK`) still makes it a subject."""
    modified = False  # the phrase ran on through a closer and its noun
    for k, w in enumerate(ws):
        if w.low in _PHRASE_CLOSERS:
            nxt = ws[k + 1] if k + 1 < len(ws) else None
            if (
                w.low in _CLAUSE_CLOSERS
                or nxt is None
                or nxt.low in PREDICATES
                or is_verbish(nxt.text)
                or nxt.low in NP_STOP
            ):
                return False  # `untuk mengatasi …`, `agar biaya …`: a purpose, the phrase a topic
            modified = True
            continue
        if not modified and k >= _NEAR_WORDS:
            return False
        if k and ws[k - 1].low in PLACE_PREPOSITIONS and w.low not in PREDICATES:
            continue  # `pidato … dari benteng tersebut`: after `dari`, a noun that looks like a verb
        if w.low in PREDICATES or is_verbish(w.text):
            # after a modifier, only right after a noun of the phrase (not `saat meninjau`, `yang berisi`)
            return not modified or (ws[k - 1].low not in NP_STOP and w.start - ws[k - 1].end == 1)
    return False


def _aside_then_clause(ws: list[Word]) -> bool:
    """`menilai masalah rutan, terutama soal kapasitas yang tak memadai, harus menjadi …`: an
    aside opened by `terutama`/`khususnya` sits inside the noun phrase; an auxiliary after it
    (`harus`, `akan`, `sudah`) shows the phrase was the subject of a reported clause."""
    k = next((k for k, w in enumerate(ws[:8]) if w.low in FRAGMENT_STARTS), None)
    if k is None:
        return False
    rest = ws[k + 2 :]
    return any(w.low in CLAUSE_MARKERS and (j == 0 or rest[j - 1].low != "yang") for j, w in enumerate(rest))


def _related_predicate(ws: list[Word], k: int) -> bool:
    """`OTT Gubernur Bengkulu terkait dengan dugaan korupsi …`, `penangkapan itu terkait dugaan …`:
    `terkait` is the predicate after a closed subject (a demonstrative before it, or `dengan`
    after it), not the modifier of `kasus terkait korupsi` or `yang terkait dengan …`."""
    if ws[k].low != "terkait" or k < 2 or ws[k - 1].low == "yang":
        return False
    return ws[k - 1].low in DEMONSTRATIVES or (k + 1 < len(ws) and ws[k + 1].low == "dengan")


def _after_closed_subject(ws: list[Word], k: int) -> bool:
    """`target 14,5 juta ini berdasarkan pada …`, `kenaikan gaji ini semata-mata demi …`: a
    demonstrative closes the subject noun phrase, so a plain word right after it opens the
    predicate, even one no word list names; a preposition, a conjunction or a time or manner
    adjunct there (`menjelaskan program ini kepada warga`, `… tersebut secara rinci`) leaves
    the phrase a topic."""
    if k < 2 or ws[k - 1].low not in DEMONSTRATIVES or ws[k].start - ws[k - 1].end > 1:
        return False  # (more than a space between them: a comma or a stop ends the phrase)
    w = ws[k].low
    return w.replace("-", "").isalpha() and ws[k].text[:1].islower() and w not in NOT_AFTER_SUBJECT


def _listed(ws: list[Word], words: frozenset[str]) -> bool:
    """The first word is in ``words``, bare or with the possessive -nya (`apresiasinya`,
    `komitmennya`: the speaker's own appreciation or commitment is as much a topic as the bare
    noun), unless a copula or `karena` right after it makes it a subject (`alasannya adalah …`)."""
    word = ws[0].low
    if word in words:
        return True
    return word.endswith("nya") and word[:-3] in words and not (len(ws) > 1 and ws[1].low in _COPULA_OR_CAUSE)


def _is_clause(
    ws: list[Word], vp: bool, directive: bool, topic_check: bool = True, seg: _Segment | None = None
) -> bool:
    """``seg``: the segment ``ws`` ends, when ``ws`` is one of its tails (its predicates found once)."""
    if len(ws) < MIN_WORDS:
        return False
    lex = lexicon()
    first = ws[0].low
    # `menyebut kronologi lengkapnya nanti akan disampaikan …`: an auxiliary right after the
    # topic noun makes it the subject of a reported clause
    aux = next((k for k in range(1, min(len(ws), 4)) if ws[k].low in CLAUSE_MARKERS), None)
    aux_next = aux is not None and first not in _PHRASE_CLOSERS and all(w.low not in ("yang", "dan") for w in ws[1:aux])
    if (
        topic_check
        and not aux_next
        and (
            _listed(ws, lex.topics)
            or (
                first.endswith("annya")
                and not first.startswith(("di", "ter", "ber", "me"))
                and first not in NOT_TOPICS
                and not vp
                and not _predicate_next(ws)
            )
        )
    ):
        return False  # `menyampaikan harapannya`, `menjelaskan soal …`
    if topic_check and len(ws) >= 2 and f"{first} {ws[1].low}" in lex.topics and (len(ws) == 2 or ws[2].low in NP_STOP):
        return False  # `menyampaikan hal itu seusai …` (but `mengatakan hal itu dilakukan …` reports)
    # `menyampaikan pesan kepada …` is a topic; `program ini telah menghemat …` a clause
    if (
        topic_check
        and _listed(ws, lex.weak_topics)
        and not (_predicate_within(ws[1:20]) or _aside_then_clause(ws[1:24]))
    ):
        return False
    if first in ("adanya", "ada"):
        return True  # `mengungkap adanya …`: reports that something exists
    if not directive and (first in CLAUSE_MARKERS or first in PREDICATE_OPENERS):
        # `mengatakan masih banyak warga yang …`, `mengatakan tidak banyak informasi yang …`:
        # the content opens with its predicate (an auxiliary, a negation, `baru`/`hanya` before
        # an amount); what follows is its subject, so a `yang` in it is no noun-phrase sign
        return True
    if directive:
        return len(ws) >= 4 or any(w.low in DIRECTIVE_MARKS or is_verbish(w.text) for w in ws)
    preds = seg.first_predicates(ws, vp) if seg is not None else _predicates(ws, vp)[:2]
    if not preds:
        return False
    if vp or len(preds) > 1 or preds[0] == 0:
        return True
    # `menyinggung demonstrasi besar yang terjadi di …`: a noun phrase, not a clause (the one
    # predicate right after the first `yang`)
    rel = next((k for k, w in enumerate(ws[: preds[0]]) if w.low == "yang"), None)
    return rel != preds[0] - 1


def reported_clause(ws: list[Word], vp: bool) -> bool:
    """Whether words right after a verb of saying are reported content (a clause, not a topic
    or a feeling): the check of :func:`_active`, for the direct quotes' added statements."""
    return _is_clause(ws, vp=vp, directive=False) and not _modified_noun(ws)


def _predicates(ws: list[Word], vp: bool) -> list[int]:
    """The positions of the words that may be a predicate (the first only in a verb phrase)."""
    start = 0 if vp else 1
    return [k for k in range(start, len(ws)) if _may_predicate(ws, k) and not (k == 1 and ws[1].low in ATTRIBUTIVE)]


def _may_predicate(ws: list[Word], k: int) -> bool:
    w = ws[k]
    return _predicative(w.low) or is_verbish(w.text) or _related_predicate(ws, k) or _after_closed_subject(ws, k)


class _Tail:
    """``ws[i:]`` without copying it: the words after each cue of a long segment, read only
    near their start (a copy per cue cost the segment's length each time)."""

    __slots__ = ("ws", "i")

    def __init__(self, ws: list[Word], i: int) -> None:
        self.ws, self.i = ws, i

    def __len__(self) -> int:
        return len(self.ws) - self.i

    def __getitem__(self, k: int | slice) -> Any:
        if isinstance(k, slice):
            a, b, step = k.indices(len(self))
            return self.ws[self.i + a : self.i + b : step] if step == 1 else self.ws[self.i :][k]
        if k < 0:
            k += len(self)
        if not 0 <= k < len(self):
            raise IndexError(k)
        return self.ws[self.i + k]

    def __iter__(self) -> Iterator[Word]:
        return islice(self.ws, self.i, None)


class _Segment:
    """The words of one segment, for the checks made on what follows each cue in it, with its
    predicates found once (on the first check). A tail ``ws[i:]`` has a word's predicate status
    in the whole segment from its third word on (the checks look one word back and one ahead,
    and none before the third word); its first two words are checked again. Without it, `kata
    Budi kata Budi …` with no stop cost a pass over the rest of the segment for each of its
    cues: quadratic."""

    __slots__ = ("ws", "starts", "after")

    def __init__(self, ws: list[Word]) -> None:
        self.ws = ws
        self.starts = [w.start for w in ws]
        self.after: list[int] | None = None  # after[j]: the first predicate at j or later (len(ws): none)

    def tail(self, start: int) -> list[Word]:
        """The segment's words that start at ``start`` or later (a view: no copy)."""
        return _Tail(self.ws, bisect_left(self.starts, start))  # type: ignore[return-value]

    def between(self, start: int, end: int) -> list[Word]:
        """The segment's words that start in ``[start, end)``."""
        return self.ws[bisect_left(self.starts, start) : bisect_left(self.starts, end)]

    def first_predicates(self, ws: list[Word], vp: bool) -> list[int]:
        """``_predicates(ws, vp)[:2]`` for a tail ``ws`` of the segment."""
        n, m = len(self.ws), len(ws)
        i = n - m
        if m == 0 or i < 0 or self.ws[i] is not ws[0] or self.ws[-1] is not ws[m - 1]:  # not a tail
            return _predicates(ws, vp)[:2]
        if self.after is None:
            after = [n] * (n + 1)
            for j in range(n - 1, -1, -1):
                after[j] = j if _may_predicate(self.ws, j) else after[j + 1]
            self.after = after
        out = [
            k
            for k in range(0 if vp else 1, min(m, 2))
            if _may_predicate(ws, k) and not (k == 1 and ws[1].low in ATTRIBUTIVE)
        ]
        j = self.after[i + 2] if m > 2 else n
        while len(out) < 2 and j < n:
            out.append(j - i)
            j = self.after[j + 1]
        return out


# words after a head noun that open a modifier running to the end of the phrase: a condition or
# a time (`mekanisme pengaduan jika warga menemukan …`), a source (`ciri-ciri … berdasarkan …`)
_MODIFIER_OPENERS = wordset("modifier_openers")


_PURPOSE_OPENERS = wordset("purpose_openers")


COPULAS = wordset("copulas")


_COPULA_OR_CAUSE = COPULAS | {"karena"}


def _modified_noun(ws: list[Word]) -> bool:
    """`memaparkan kemungkinan rencana pemangkasan anggaran untuk menjaga …`, `menyinggung APBD
    yang sudah disahkan …`: a noun phrase whose only verbs sit in its relative clause or in a
    purpose or conditional modifier is the topic of the verb, not a statement. A predicate after
    the modifier's own verb group (`kebijakan yang diambil pemerintah bertujuan …`, `anggaran
    untuk membangun jalan mencapai …`) makes the phrase the subject of a reported clause."""
    first = ws[0].low
    if (
        first in ("ada", "adanya")
        or first in CLAUSE_MARKERS
        or first in PREDICATE_OPENERS
        or first in _MODIFIER_OPENERS
    ):
        return False  # `menjelaskan ada 104 orang …`, `jika dia telah …`: a clause
    if first in ADVERBS or is_verbish(ws[0].text) and first.startswith(("ter", "di", "ber")):
        return False  # `terlebih dulu jika …`, `dibahas …`: a verb phrase, not a noun phrase
    if any(w.low in COPULAS for w in ws):
        return False  # `salah satu sektor yang … untuk … adalah …`: the phrase is a subject
    preds = set(_predicates(ws, vp=False))
    for k in range(1, len(ws)):
        if not _opens_modifier(ws, k):
            if k in preds:
                return False  # a predicate in the head phrase
            continue
        if ws[k - 1].low in DEMONSTRATIVES and ws[k].low != "yang":
            return False  # `tujuan inspeksi itu untuk …`, `target ini berdasarkan …`: the predicate
        verbs = [j for j in range(k + 1, len(ws)) if j in preds]
        if not verbs:
            return ws[k].low != "yang"
        j = verbs[0]
        while j + 1 in preds:
            j += 1  # `yang sudah disahkan`, `untuk menjaga`: the modifier's own verb group
        relative = ws[k].low == "yang"
        for m in range(j + 1, len(ws)):
            if _opens_modifier(ws, m) or ws[m].low in ("bahwa", "bahwasanya"):
                return True  # (`ketika mendengar bahwa …`: what follows is the modifier verb's clause)
            # (a condition or a purpose is a clause of its own: only a verb or an auxiliary
            # after it, not an adjective of its object, is the phrase's predicate)
            main = m in preds if relative else is_verbish(ws[m].text) or ws[m].low in CLAUSE_MARKERS
            if main and ws[m - 1].low not in PLACE_PREPOSITIONS:  # (`di terminal`: a place)
                return False  # `anggaran untuk membangun jalan mencapai …`: the main predicate
        return True
    return False


def _opens_modifier(ws: list[Word], k: int) -> bool:
    """A relative clause (`yang`), a condition, time or source (`jika`, `berdasarkan`), or a
    purpose before its verb (`untuk menjaga`) opens at word ``k``."""
    low = ws[k].low
    if low in _MODIFIER_OPENERS:
        return not (k + 1 < len(ws) and ws[k + 1].low in DEMONSTRATIVES)  # (`saat ini`: an adverb)
    if low == "yang":
        return True
    return low in _PURPOSE_OPENERS and k + 1 < len(ws) and is_verbish(ws[k + 1].text)
