"""Names glued to the next word by a scraper that dropped a space (`Jorge Martinbelum
membalap`, `Sirkuit Assenakhir pekan`): the mention ends inside its last token, where the
article writes the name on its own elsewhere and what follows is a common function word.
The mention is cut there and joins the entity of the shorter name when there is one. The other
way round (`dilansirAntara`), a name glued after a function word is read on its own
(``glued_after``). A capitalised word glued to a name (`DPC PDIP BadungKetua:`, `ShenhuaMao
Yijun`) is cut off too (``unglue_capitals``)."""

from __future__ import annotations

import re
from functools import cache

from warta.document.model import Entity, Mention
from warta.entities.gazetteer import country_of
from warta.entities.patterns import opening_alternation
from warta.entities.words import org_of, place_of
from warta.resources import data, word_set

DATA = data("warta.entities", "data")


@cache
def glue_words() -> tuple[str, ...]:
    """Function words a scraper glues to a name, longest first (data/glue_words.txt)."""
    return tuple(sorted(word_set("warta.entities", "glue_words.txt"), key=len, reverse=True))


def _fold(s: str) -> str:
    return " ".join(s.split()).casefold()


def _cut(text: str, mention: Mention, written: set[str]) -> int | None:
    """Characters to drop from the end of ``mention``, or None."""
    last = mention.text.rsplit(" ", 1)[-1]
    if not last[:1].isupper() or not last.isalpha():
        return None
    for w in glue_words():
        if len(last) - len(w) >= 3 and last.endswith(w) and last[: -len(w)] in written:
            return len(w)
    return None


def unglue(text: str, entities: list[Entity]) -> list[Entity]:
    """Cut glued function words off the end of mentions; an entity whose names all change
    joins the entity (same label) that already has the shorter name."""
    written: set[str] | None = None
    changed: list[Entity] = []
    for e in entities:
        cut_names: dict[str, str] = {}
        for k, m in enumerate(e.mentions):
            if not (m.text[-1:].islower() and m.text.endswith(glue_words())):
                continue
            if written is None:
                written = set(re.findall(r"(?<![\w-])[A-Z][a-z]{2,}(?![\w-])", text))
            n = _cut(text, m, written)
            if n:
                e.mentions[k] = Mention(m.start, m.end - n, text[m.start : m.end - n])
                cut_names[m.text] = m.text[:-n]
        if cut_names:
            e.canonical = cut_names.get(e.canonical, e.canonical)
            changed.append(e)
    return join_renamed(entities, changed)


def join_renamed(entities: list[Entity], changed: list[Entity]) -> list[Entity]:
    """An entity of ``changed`` (its mentions cut) one of whose names another entity of the same
    label has joins that entity (``shapes.cut_decimal_tails`` cuts mentions too)."""
    if not changed:
        return entities
    ids = {id(e) for e in changed}
    by_name = {
        (e.label, _fold(n)): e
        for e in entities
        if id(e) not in ids
        for n in (e.canonical, *(m.text for m in e.mentions))
    }
    out: list[Entity] = []
    for e in entities:
        target = None
        if id(e) in ids:
            names = (e.canonical, *(m.text for m in e.mentions))
            target = next((by_name[(e.label, _fold(n))] for n in names if (e.label, _fold(n)) in by_name), None)
        if target is None:
            out.append(e)
            continue
        seen = {x.start for x in target.mentions}
        target.mentions.extend(x for x in e.mentions if x.start not in seen)
        target.mentions.sort(key=lambda x: x.start)
        target.role = target.role or e.role
    return out


# a capitalised word glued to the end of the word before it (`BadungKetua`, `ShenhuaMao`)
_CAMEL = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]{2,}(?![A-Za-z]))")
_FRONT_CAMEL = re.compile(r"^[A-Z][a-z]{2,}(?=[A-Z][a-z]{2,} [A-Z])")


def _label_glued(text: str, m: Mention) -> int | None:
    """`DPC PDIP BadungKetua:`: a line's label glued to the name before it, a colon after the
    label; the characters of the label to cut off the end, or None."""
    last = m.text.rsplit(" ", 1)[-1]
    hit = _CAMEL.search(last)
    if hit is None or " " not in m.text or not text.startswith(":", m.end):
        return None
    return len(last) - hit.start()


def _front_glued(m: Mention, written: set[str]) -> int | None:
    """`ShenhuaMao Yijun`, `Spartak MoskwaDenis Glushakov`: a person's name glued after the last
    word of a body named before it, a word the article writes on its own elsewhere; the characters
    to cut off the front, or None."""
    words = m.text.split(" ")
    for k in range(len(words) - 1):
        head = _FRONT_CAMEL.match(" ".join(words[k:]))
        if head is not None and head.group(0) in written:
            return sum(len(t) + 1 for t in words[:k]) + head.end()
    return None


def unglue_capitals(text: str, entities: list[Entity]) -> list[Entity]:
    """Cut a capitalised word the scraper glued to a name: a line's label after a body's name
    (`DPC PDIP BadungKetua: …`), or a body's last word before a person's name (`ShenhuaMao
    Yijun`). A cut entity joins the entity (same label) that already has the shorter name."""
    if _CAMEL.search(text) is None:
        return entities
    written: set[str] | None = None
    changed: list[Entity] = []
    for e in entities:
        renamed: dict[str, str] = {}
        for k, m in enumerate(e.mentions):
            if _CAMEL.search(m.text) is None:
                continue
            if written is None:
                written = set(re.findall(r"(?<![\w-])[A-Z][a-z]{2,}(?![\w-])", text))
            start, end = m.start, m.end
            cut = _label_glued(text, m) if e.label in ("ORG", "LOC") else None
            if cut:
                end -= cut
            elif e.label == "PER":
                front = _front_glued(m, written)
                if front:
                    start += front
            if (start, end) != (m.start, m.end):
                e.mentions[k] = Mention(start, end, text[start:end])
                renamed[m.text] = text[start:end]
        if renamed:
            e.canonical = renamed.get(e.canonical, e.canonical)
            changed.append(e)
    return join_renamed(entities, changed)


@cache
def _glued_after_pattern() -> re.Pattern[str]:
    """A glue word (`dari`, `kata`) run into the capitalised word after it (`dariAntara`): the words
    written so that re skips to their first letters (``opening_alternation``; same matches)."""
    words = sorted(word_set("warta.entities", "glue_before_words.txt", lower=True), key=len, reverse=True)
    return re.compile(rf"{opening_alternation(words)}([A-Z][a-z]{{2,}})(?![\w-])")


def glued_after(text: str, entities: list[Entity]) -> list[Entity]:
    """Names glued after a function word (`dilansirAntara`): a mention of the entity that has the
    name, or a new entity when the name is a known organisation or place."""
    by_name = {_fold(n): e for e in entities for n in (e.canonical, *(m.text for m in e.mentions))}
    taken = [(m.start, m.end) for e in entities for m in e.mentions]
    out = list(entities)
    for g in _glued_after_pattern().finditer(text):
        name, start, end = g.group(1), g.start(1), g.end(1)
        if any(s < end and start < e for s, e in taken):
            continue
        mention = Mention(start, end, name)
        known = by_name.get(_fold(name))
        if known is None:
            label = "ORG" if org_of(name) else "LOC" if place_of(name) else None
            if label is None:
                continue
            known = Entity(name, label, [], country=country_of(name) if label == "LOC" else None)
            by_name[_fold(name)] = known
            out.append(known)
        known.mentions.append(mention)
        known.mentions.sort(key=lambda x: x.start)
        taken.append((start, end))
    out.sort(key=lambda e: e.mentions[0].start)
    return out
