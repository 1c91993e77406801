"""A plot told in a story about a film, a series or a novel: what its characters do (`Marlina
membunuh Markus`, `diceritakan Turner dikutuk menjadi budak`, `pemilik pasar malam meminta
Mukri …`) is fiction, no one's act (round 34: a review's synopsis read as assaults and demands)."""

from __future__ import annotations

import re
from functools import lru_cache

from warta.document import Article, Event
from warta.events.lexicon import lexicon
from warta.quotes.text import Word

_NAME = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
# `menjadi sosok Marlina`, `memainkan tokoh Chief Inspector Lee`, `berperan sebagai Sopia`
_INTRODUCED = re.compile(
    r"\b(?:sosok|tokoh|karakter|memerankan|berperan sebagai|perannya sebagai|bernama) (" + _NAME + ")"
)
# `sosok Mukri yang diperankan Donny Damara`
_PLAYED = re.compile(r"(" + _NAME + r") yang diperankan\b")
_FIRST = re.compile(r",| dan | serta ")  # a party written with others: `Mukri, dan rekan badutnya`
# `Mildred Hayes (Frances McDormand)`, `Parmin (Ence Bagus)`: the character, then the actor
_CAST = re.compile(r"(" + _NAME + r") \([A-Z][\w'’.-]* [A-Z][\w'’. -]*\)")


@lru_cache(maxsize=4)
def _characters(norm: str) -> frozenset[str] | None:
    """The lowercased names of the characters the article introduces, or None when it is no story
    about a work of fiction: its words for one (`film`, `sinetron`, `novel`) at least twice and a
    word of its making (`diperankan`, `dibintangi`, `sutradara`) — a crime story's `film porno` is none,
    and `Novel Baswedan` names no novel (the words are matched as written)."""
    W = lexicon().words
    if not any(w in norm for w in W["fiction_makers"]):  # (plain substrings first: most articles stop here)
        return None
    if sum(len(re.findall(r"\b" + w + r"\b", norm)) for w in W["fiction_works"]) < 2:
        return None
    names = set()
    for rx in (_INTRODUCED, _PLAYED, _CAST):
        for m in rx.finditer(norm):
            name = m.group(1).lower().split()
            names.update((" ".join(name), name[0], name[-1]))  # `Will Turner` is `Turner` later
    return frozenset(names)


def in_plot(ev: Event, article: Article, ws: list[Word], first: int) -> bool:
    """Is the act told as a work's plot: after a word that tells one in its sentence (`mengisahkan`,
    `diperankan`, `memainkan tokoh`), or done by or to a character the article introduced?"""
    chars = _characters(article.norm)
    if chars is None:
        return False
    if any(w.low in lexicon().words["plot_marks"] for w in ws[:first]):
        return True
    for party in (ev.actor, ev.recipient):
        if party is not None and party.start is not None and party.end is not None:
            written = _FIRST.split(article.norm[party.start : party.end])[0]  # `Mukri, dan rekan badutnya`
            if written.strip(" .'\"‘’“”").lower() in chars:
                return True
    return False
