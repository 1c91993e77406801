"""Noble and customary prefixes of Indonesian names (`Anak Agung Gede Wiratama`, `Teuku Riefky
Harsya`, `Andi Amran Sulaiman`, `Ratu Dewa`) are the name's: the rules read such a word as a title
(`Ratu`), as the end of the body before the name (`DPRD Bali Anak`) or dropped it, so the person
lost it in one mention or all. The words written right before a person's mention that open such a
name (data/name_prefixes.txt, with their inner words in data/name_prefix_words.txt) go back to
every mention they stand before; a body or a role that took them gives them up. `Raja`/`Ratu` are
a monarch's title before a bare name (`Raja Salman`, `Ratu Elizabeth II`) and a name's only right
after an office (`Wali Kota Palembang Ratu Dewa`, `Sekjen PSSI, Ratu Tisha`): after an office a
second title is impossible."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from warta.document.model import Entity, Mention
from warta.entities.patterns import lexicon
from warta.entities.words import balinese_words
from warta.resources import word_set

Spans = Sequence[tuple[int, int]]

# capitalised words, a space apart, that end right where a mention starts
_WORDS_BEFORE = re.compile(r"(?:[A-Z][A-Za-z.]*[ \u00a0]+){1,4}$")
_WORD = re.compile(r"[A-Z][A-Za-z.]*")
# the office before a `Raja`/`Ratu`: capitalised words (a comma may close them) on the line
_OFFICE = re.compile(r"((?:[A-Z][\w.&-]*[ \u00a0]+){0,6}[A-Z][\w.&-]*),?[ \u00a0]+$")


@cache
def _openers() -> tuple[tuple[str, ...], ...]:
    """The prefix phrases that open a name, longest first."""
    phrases = word_set("warta.entities", "name_prefixes.txt", lower=True)
    return tuple(sorted((tuple(p.split()) for p in phrases), key=len, reverse=True))


@cache
def _inner() -> frozenset[str]:
    """Words that may follow an opener inside the prefix."""
    return word_set("warta.entities", "name_prefix_words.txt", lower=True) | balinese_words()


def _office_before(text: str, at: int, names: Spans = ()) -> str | None:
    """The office written right before ``at`` on its line (`Wali Kota Palembang`, `Sekjen PSSI,`):
    a run of capitalised words holding a listed title, no monarchy's and no person's name (``names``:
    `Presiden Prabowo Subianto, Raja Salman` lists two people); else None."""
    line_start = text.rfind("\n", 0, at) + 1
    m = _OFFICE.search(text, line_start, at)
    if m is None or any(s < m.end(1) and m.start(1) < t for s, t in names):
        return None
    words = m.group(1).split()
    if any(w.lower() in word_set("warta.entities", "monarchy_words.txt", lower=True) for w in words):
        return None
    roles, low = lexicon().roles, [w.lower() for w in words]
    for i in range(len(words)):
        if any(tuple(low[i : i + n]) in roles for n in range(1, len(words) - i + 1)):
            return " ".join(words[i:])
    return None


def _opens(seq: list[str], text: str, at: int, names: Spans) -> bool:
    """The lower-cased words ``seq`` (the prefix, then the mention's first word) open with a name
    prefix; ``at`` is where the prefix starts in ``text``."""
    phrase = next((p for p in _openers() if tuple(seq[: len(p)]) == p), None)
    if phrase is None:
        return False
    if phrase in (("i",), ("ni",)):
        return seq[1] in balinese_words()
    if phrase[0] in word_set("warta.entities", "name_titles.txt", lower=True):
        return _office_before(text, at, names) is not None
    return True


def prefix_before(text: str, start: int, names: Spans = ()) -> int | None:
    """Where the name prefix written right before a person's mention at ``start`` begins, or None
    (``names``: where people are named in the text)."""
    m = _WORDS_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return None
    words = list(_WORD.finditer(text, m.start(), start))
    first = _WORD.match(text, start)
    if first is None:
        return None
    inner = _inner()
    for i, w in enumerate(words):
        seq = [x.group(0).lower() for x in words[i:]] + [first.group(0).lower()]
        if all(x in inner for x in seq[1:-1]) and _opens(seq, text, w.start(), names):
            return w.start()
    return None


def _prefix_end(text: str, x: Mention, names: Spans) -> int | None:
    """Where the name prefix a person's mention opens with ends (`I Made` of `I Made Agus
    Hartawiguna`), or None when it opens with none."""
    words = list(_WORD.finditer(x.text))
    low, inner = [w.group(0).lower() for w in words], _inner()
    for k in range(len(words) - 1, 0, -1):
        if all(w in inner for w in low[1:k]) and _opens(low[: k + 1], text, x.start, names):
            return x.start + words[k].start()
    return None


def keep_name_prefixes(text: str, entities: list[Entity]) -> list[Entity]:
    """Each person's mentions take the name prefix written right before them; the mentions of
    others lose what they held of it, and a role ending with it (or being it) gives it up."""
    people = [e for e in entities if e.label == "PER"]
    names = [(x.start, x.end) for e in people for x in e.mentions]
    taken = [(x.start, t) for e in people for x in e.mentions if (t := _prefix_end(text, x, names)) is not None]
    for e in people:
        grown = {id(x): prefix_before(text, x.start, names) for x in e.mentions}
        fronts = {text[p : x.start].split()[0] for x in e.mentions if (p := grown[id(x)]) is not None}
        if not fronts:
            continue
        # a prefix once the name's (after an office) is the name's where it stands before a mention
        for x in e.mentions:
            if grown[id(x)] is None:
                grown[id(x)] = _same_front(text, x.start, fronts)
        mentions = [x if grown[id(x)] is None else _from(text, grown[id(x)], x.end) for x in e.mentions]
        taken += [(x.start, y.start) for x, y in zip(mentions, e.mentions, strict=True) if x.start < y.start]
        _take_role(text, e, mentions)
        e.mentions = sorted(mentions, key=lambda x: x.start)
        longest = max((x.text for x in e.mentions), key=lambda t: len(t.split()))
        if len(longest.split()) > len(e.canonical.split()):
            e.canonical = longest
    return _given_up(text, entities, taken) if taken else entities


def _same_front(text: str, start: int, fronts: set[str]) -> int | None:
    """Where one of the prefixes ``fronts`` this person's name takes elsewhere stands right before
    ``start``, whole with its inner words."""
    m = _WORDS_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return None
    inner = _inner()
    for w in _WORD.finditer(text, m.start(), start):
        rest = text[w.end() : start].split()
        if w.group(0) in fronts and all(x.lower() in inner for x in rest):
            return w.start()
    return None


def _from(text: str, start: int, end: int) -> Mention:
    return Mention(start, end, text[start:end])


def _grown(x: Mention, s: int, t: int) -> bool:
    """``x`` is the mention that took the prefix ``text[s:t]``."""
    return x.start == s and x.end > t


def _take_role(text: str, e: Entity, mentions: list[Mention]) -> None:
    """The role gives up the prefix words it ended with; a role that was the prefix alone (`Ratu`)
    is the office written before it, if any."""
    if not e.role:
        return
    for x, old in zip(mentions, e.mentions, strict=True):
        if x.start == old.start:
            continue
        front = [w.lower() for w in text[x.start : old.start].split()]
        words = e.role.split()
        k = next((k for k in range(len(front), 0, -1) if [w.lower() for w in words[-k:]] == front[-k:]), 0)
        if k:
            e.role = " ".join(words[:-k]) or _office_before(text, x.start)
            return


def _given_up(text: str, entities: list[Entity], taken: list[tuple[int, int]]) -> list[Entity]:
    """Other entities' mentions that end inside a name's prefix lose it (`DPRD Bali Anak` -> `DPRD
    Bali`, `Kabupaten Tabanan I Made` -> `Kabupaten Tabanan`), joining the entity named so if there
    is one; an entity left with no mention is gone."""
    cut_ones = []
    for e in entities:
        kept = []
        for x in e.mentions:
            cut = next((s for s, t in taken if x.start < t and s < x.end <= t and not _grown(x, s, t)), None)
            if cut is None:
                kept.append(x)
            elif text[x.start : max(x.start, cut)].strip():
                kept.append(_from(text, x.start, x.start + len(text[x.start : cut].rstrip())))
        if kept != e.mentions:
            if kept and e.canonical in {x.text for x in e.mentions}:
                e.canonical = max((x.text for x in kept), key=len)
            e.mentions = kept
            cut_ones.append(e)
    gone = {id(e) for e in cut_ones if not e.mentions}
    for e in cut_ones:
        same = next((o for o in entities if o is not e and id(o) not in gone and _named_alike(o, e)), None)
        if e.mentions and same is not None:
            same.mentions = sorted(same.mentions + e.mentions, key=lambda x: x.start)
            gone.add(id(e))
    return [e for e in entities if id(e) not in gone]


def _named_alike(a: Entity, b: Entity) -> bool:
    return a.label == b.label and a.canonical == b.canonical
