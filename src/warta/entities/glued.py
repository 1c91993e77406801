"""Names glued to the next word by a scraper that dropped a space (`Jorge Martinbelum
membalap`, `Sirkuit Assenakhir pekan`): the mention ends inside its last token, where the
article writes the name on its own elsewhere and what follows is a common function word.
The mention is cut there and joins the entity of the shorter name when there is one."""

from __future__ import annotations

import re
from functools import cache

from warta.document.model import Entity, Mention
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
