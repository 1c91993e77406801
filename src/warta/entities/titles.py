"""`film ' Susah Sinyal '`, `berjudul ' Spielberg '`, `seperti ' Jaws ', ' Jurassic Park '`: a name in
quotes right after a word that announces a work (data/title_cues.txt), or one of a list of quoted
names, is the title of a film, a song, a book or a programme; so is the capitalised run after a
titling word without quotes (`album berjudul You Want It Darker`, data/titling_words.txt). GUIDELINES counts none of them, but
the tagger reads the capitalised words as a person, a body or a place; a name every mention of
which sits in such a title (or in quotes that repeat one) is dropped."""

from __future__ import annotations

import re
from functools import cache

from warta.document.model import Entity, Mention
from warta.entities.patterns import opening_alternation
from warta.resources import word_set

# a title in quotes on one line: a straight quote opens where no word stands before it and closes
# where none follows (`' Eiffel I'm in Love '` keeps its apostrophe); curly quotes pair as written.
# One pattern a style, so that a long quotation in one style does not hide a title in another.
# (What stands before a straight quote is tested after it, `'(?<![\w']')`: a pattern that opens
# with its mark lets re jump from mark to mark, one that opens with a lookbehind is tried at every
# position of the text; same matches.)
_QUOTES = (
    re.compile(r"'(?<![\w']')\s?([^'\n]*?(?:\w'\w[^'\n]*?)*)\s?'(?![\w'])"),
    re.compile(r"‘\s?([^‘’\n]+?)\s?’(?!\w)"),
    re.compile(r"\"(?<![\w\"]\")\s?([^\"\n]+?)\s?\"(?!\w)"),
    re.compile(r"“\s?([^“”\n]+?)\s?”"),
)
_MAX_TITLE = 60  # characters: a title, not a quoted sentence
# a title written without quotes after a titling word: capitalised words, with English or Indonesian
# small words inside (`You Want It Darker`, `BUMN Hadir untuk Negeri`), closing on a capitalised one
_SMALL = r"(?:of|the|and|for|to|with|in|on|a|an|at|dan|untuk)"  # not `di`, `ke`: they close it
_WORD = r"[\w'’-]*(?:\.\w+)*"  # inner full stops only (`BI.ON.INC`): a closing one ends the sentence
_BARE_TITLE = rf",?[ \t]+(?P<t>[A-Z0-9]{_WORD}(?:[ \t]+(?:{{small}}[ \t]+)*[A-Z0-9]{_WORD}){{{{0,7}}}})"
# what runs one listed quoted name on to the next: `' Jaws ', ' Jurassic Park '`, `… ' dan ' Gila Lu Ndro '`
_LISTED = re.compile(r"^\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)$")


@cache
def _cues() -> frozenset[str]:
    return word_set("warta.entities", "title_cues.txt", lower=True)


@cache
def _bare_titles() -> re.Pattern[str]:
    """A titling word (data/titling_words.txt) in any case and the unquoted title after it (plain
    words written so that re skips to their first letters: ``opening_alternation``)."""
    words = sorted(word_set("warta.entities", "titling_words.txt", lower=True))
    if all(re.fullmatch(r"\w[\w ]*", w) for w in words):
        return re.compile(opening_alternation(words, ignore_case=True) + _BARE_TITLE.format(small=_SMALL))
    return re.compile(rf"(?<![\w-])(?i:{'|'.join(words)})" + _BARE_TITLE.format(small=_SMALL))


def _cued(text: str, start: int) -> bool:
    """A title cue stands right before ``start``, or with one word between (`single terbarunya`,
    `berjudul,`)."""
    before = text[max(0, start - 40) : start].split("\n")[-1]
    words = re.findall(r"[\w-]+", before)[-2:]
    return bool(words) and (words[-1].lower() in _cues() or (len(words) == 2 and words[0].lower() in _cues()))


def _title_spans(text: str) -> tuple[list[tuple[int, int]], frozenset[str]]:
    """The inner spans of the titles of ``text`` (quoted: cued, listed with other quoted names, or
    repeating one's words; unquoted after a titling word), and the unquoted titles of two words or
    more, which the article may repeat without quotes (`Pirates of the Caribbean: Salazar's Revenge`)."""
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
    bare = [(b.start("t"), b.end("t")) for b in _bare_titles().finditer(text)]
    return titles + bare, frozenset(text[s:e] for s, e in bare if " " in text[s:e])


def quoted_titles(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities less those named only inside the quoted titles of works."""
    if not entities:
        return entities
    # titles past the last mention name nothing found (past the analysed prefix of a long text)
    reach = max(m.end for e in entities for m in e.mentions) + _MAX_TITLE
    spans, repeated = _title_spans(text[:reach])
    if not spans:
        return entities

    def in_title(m: Mention) -> bool:
        return m.text in repeated or any(s <= m.start and m.end <= t for s, t in spans)

    return [e for e in entities if not all(in_title(m) for m in e.mentions)]
