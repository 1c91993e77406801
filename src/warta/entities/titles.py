"""`film ' Susah Sinyal '`, `berjudul ' Spielberg '`, `seperti ' Jaws ', ' Jurassic Park '`: a name in
quotes right after a word that announces a work (data/title_cues.txt), or one of a list of quoted
names, is the title of a film, a song, a book or a programme. GUIDELINES counts none of them, but
the tagger reads the capitalised words as a person, a body or a place; a name every mention of
which sits in such a title (or in quotes that repeat one) is dropped."""

from __future__ import annotations

import re
from functools import cache

from warta.document.model import Entity
from warta.resources import word_set

# a title in quotes on one line: a straight quote opens where no word stands before it and closes
# where none follows (`' Eiffel I'm in Love '` keeps its apostrophe); curly quotes pair as written.
# One pattern a style, so that a long quotation in one style does not hide a title in another
_QUOTES = (
    re.compile(r"(?<![\w'])'\s?([^'\n]*?(?:\w'\w[^'\n]*?)*)\s?'(?![\w'])"),
    re.compile(r"‘\s?([^‘’\n]+?)\s?’(?!\w)"),
    re.compile(r"(?<![\w\"])\"\s?([^\"\n]+?)\s?\"(?!\w)"),
    re.compile(r"“\s?([^“”\n]+?)\s?”"),
)
_MAX_TITLE = 60  # characters: a title, not a quoted sentence
# what runs one listed quoted name on to the next: `' Jaws ', ' Jurassic Park '`, `… ' dan ' Gila Lu Ndro '`
_LISTED = re.compile(r"^\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)$")


@cache
def _cues() -> frozenset[str]:
    return word_set("warta.entities", "title_cues.txt", lower=True)


def _cued(text: str, start: int) -> bool:
    """A title cue stands right before ``start``, or with one word between (`single terbarunya`,
    `berjudul,`)."""
    before = text[max(0, start - 40) : start].split("\n")[-1]
    words = re.findall(r"[\w-]+", before)[-2:]
    return bool(words) and (words[-1].lower() in _cues() or (len(words) == 2 and words[0].lower() in _cues()))


def _title_spans(text: str) -> list[tuple[int, int]]:
    """The inner spans of the quoted titles of ``text``: cued, listed with other quoted names, or
    repeating one's words."""
    quoted = sorted(
        (q.start(), q.end(), q.start(1), q.end(1))
        for pattern in _QUOTES
        for q in pattern.finditer(text)
        if 0 < len(q.group(1)) <= _MAX_TITLE
    )
    titles: list[tuple[int, int]] = []
    runs: list[list[tuple[int, int, int, int]]] = []  # quoted names listed one after another
    for q in quoted:
        if runs and _LISTED.match(text[runs[-1][-1][1] : q[0]]):
            runs[-1].append(q)
        else:
            runs.append([q])
    for run in runs:
        if len(run) > 1 or _cued(text, run[0][0]):
            titles += [(s, e) for _, _, s, e in run]
    named = {text[s:e] for s, e in titles}
    titles += [(s, e) for _, _, s, e in quoted if text[s:e] in named and (s, e) not in titles]
    return titles


def quoted_titles(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities less those named only inside the quoted titles of works."""
    if not any(c in text for c in "'‘\"“"):
        return entities
    spans = _title_spans(text)
    if not spans:
        return entities
    return [e for e in entities if not all(any(s <= m.start and m.end <= t for s, t in spans) for m in e.mentions)]
