"""A person found without the first name written right before it.

The tagger often opens a person at the second name word when the first is one it rarely saw
(`ketua panitia pelaksana, Danang Agus Yuniarto` → `Agus Yuniarto`; `adalah Fandi Eko Utomo`,
`Rudolof Yanto Basna`, `Melania Trump` → `Trump`, which then joins Donald Trump). Its span wins
over the rules' own guess of the whole run, which is weaker. A capitalised word right before a
chosen person, covered by no other candidate, that writers keep capitalised (a known given name,
or a word the case table finds capitalised mid-sentence and no common word) and that opens its
run (after a lower-case word, a punctuation mark or a place) is the person's first name. A word
after another capitalised word is left out: `CEO Snap Evan Spiegel`, `Royal Navy Henry` put a
body there; so is a sentence's first word that is no known given name (`Seandainya Jeff …`).
"""

from __future__ import annotations

from functools import cache

from warta.entities.patterns import Tok, lexicon
from warta.entities.roles.words import role_lists
from warta.entities.spans import Cand, Region
from warta.entities.words import (
    balinese_birth_order,
    balinese_words,
    is_sentence_start,
    name_like,
    org_of,
    place_of,
    truecase,
)
from warta.resources import word_set

_MAX_ADDED = 2  # `Ni Ketut Mahadewi …`: at most two words are given back
_MARKERS = frozenset({"i", "ni"})  # a Balinese name's marker
_JOINS = frozenset({"dan", "serta", "&"})


def _name_word(tok: Tok, first: Tok | None = None) -> bool:
    """A word that may open a person's name: capitalised, not in capitals, a name by the
    lexicon's rules, no place or body, and a known given name or a word kept capitalised; before
    a Balinese birth-order name (``first``), a Balinese marker or title (`Bagus Putu …`)."""
    lex = lexicon()
    text = tok.text
    if (
        first is not None
        and first.lower in balinese_words()
        and first.lower not in _MARKERS
        and (tok.lower in _MARKERS or tok.lower in balinese_words() and tok.lower not in balinese_birth_order())
    ):
        return text[:1].isupper() and not place_of(text) and not org_of(text)
    if not tok.is_word or not text[:1].isupper() or text.isupper() or not text.isalpha():
        return False
    if text[1:2].isupper() or sum(ch.isupper() for ch in text) > 2:
        return False  # `CEOApriliaRacing Massimo Rivola`: words run together, not a first name
    low = tok.lower
    if low in word_set("warta.entities", "front_title_words.txt", lower=True):
        return False
    if low in word_set("warta.entities", "nickname_honorifics.txt", lower=True):
        return False  # `akrab disapa Abah Eko`: a form of address before a name
    if not name_like(lex, [tok]) or place_of(text) or org_of(text):
        return False
    return text in lex.given or (low not in lex.common and truecase().get(low) in (None, "3", "3A"))


@cache
def _trade_words() -> frozenset[str]:
    """Trades, positions and role nouns: a capitalised word right after one names the body the
    person works for (`pebalap Ferrata Lorenzo Bassi`, `pemain Persib …`), not a first name."""
    lists = role_lists()
    return lists["trades"] | lists["positions"] | lists["staff_positions"] | lists["role_nouns"]


def _inside_office(toks: list[Tok], i: int, reach: int = 3) -> bool:
    """Whether a one-word title stands in the few words before ``toks[i]`` with no mark between:
    an office written partly in lower case goes on with its place or body (`Menteri Dalam negeri
    Bavaria Joachim Herrmann`: Bavaria is the ministry's, not the minister's first name)."""
    titles = lexicon().roles
    for k in range(i - 1, max(i - 1 - reach, -1), -1):
        tok = toks[k]
        if not tok.is_word:
            return False
        if (tok.lower,) in titles:
            return True
    return False


def _opens_run(toks: list[Tok], i: int, place_ends: set[int], person_ends: set[int]) -> bool:
    """Whether ``toks[i]`` opens its run: first of its sentence, or after a lower-case word,
    a punctuation mark or a place candidate; not after a trade (`pebalap Ferrata …`) nor after a
    `dan` that joins a capitalised run other than a person (`Direktur … Sistem Informasi dan
    Digitalisasi Wahyu Firdaus`)."""
    if i == 0:
        return True
    prev = toks[i - 1]
    if prev.end in place_ends:
        return True
    if prev.lower in _trade_words():
        return False
    if not prev.text[:1].isupper() and toks[i].text not in lexicon().given and _inside_office(toks, i):
        return False
    if prev.lower in _JOINS and i > 1:
        before = toks[i - 2]
        if before.is_word and before.text[:1].isupper() and before.end not in person_ends:
            return False
    return not prev.is_word or not prev.text[:1].isupper()


def restore_name_fronts(norm: str, regions: list[Region], chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with each person given back the first name word(s) right before it."""
    lex = lexicon()
    spans = sorted((c.start, c.end) for c in chosen)
    place_ends = {c.end for c in chosen if c.label == "LOC"}
    person_ends = {c.end for c in chosen if c.label == "PER"}

    def covered(start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in spans)

    for c in chosen:
        if c.label != "PER":
            continue
        reg = next((r for r in regions if r.toks and r.toks[0].start <= c.start <= r.toks[-1].start), None)
        if reg is None or reg.titlecase:
            continue
        i = reg.index_at(c.start)
        if i is None:
            continue
        start, k = c.start, i
        while k > 0 and i - k < _MAX_ADDED:
            tok = reg.toks[k - 1]
            if norm[tok.end : start] != " " or covered(tok.start, tok.end) or not _name_word(tok, reg.toks[k]):
                break
            if is_sentence_start(reg.toks, k - 1) and tok.text not in lex.given:
                break
            opens = _opens_run(reg.toks, k - 1, place_ends, person_ends)
            if not opens and not (k - 1 > 0 and _name_word(reg.toks[k - 2], tok)):
                break
            start, k = tok.start, k - 1
        if start == c.start or not _opens_run(reg.toks, k, place_ends, person_ends):
            continue
        c.start, c.text = start, norm[start : c.end]
    return chosen
