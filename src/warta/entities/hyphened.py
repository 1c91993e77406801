"""A hyphenated given name written with spaces round the hyphen, as IndoSum's tokenised text does
(`Pierre - Emerick Aubameyang`, `Karl - Heinz Rummenigge`, `Sven - Goran Eriksson`): the tagger reads
the person after the hyphen and the first half as a person of its own, which takes the post written
before the whole name (`striker Borussia Dortmund Pierre`). A first half listed in
data/hyphened_given_names.txt joins the person after it, with that half's role; a ticket of two
people (`Sudrajat - Achmad Syaikhu`) opens with no such word."""

from __future__ import annotations

import re

from warta.document.model import Entity, Mention
from warta.resources import word_set

_HALF = re.compile(r"(?<![\w-])([A-Z][a-z]+) - $")


def _given() -> frozenset[str]:
    return word_set("warta.entities", "hyphened_given_names.txt", lower=True)


def joined_given_names(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities, with each person's mention after a listed first half and ` - ` opening on that half."""
    starts = {(m.start, m.end): e for e in entities for m in e.mentions}
    dropped: set[int] = set()
    for e in entities:
        if e.label != "PER":
            continue
        for k, m in enumerate(e.mentions):
            half = _HALF.search(text, max(0, m.start - 20), m.start)
            if half is None or half.group(1).lower() not in _given():
                continue
            s, t = half.span(1)
            other = starts.get((s, t))
            if any(x.start < t and x.end > s for f in entities if f is not e for x in f.mentions) and other is None:
                continue  # the half inside another entity's longer mention (`Dortmund Hans`): left alone
            e.mentions[k] = Mention(s, m.end, text[s : m.end])
            if e.canonical.startswith(text[m.start : m.end]):
                e.canonical = f"{half.group(1)}-{e.canonical}"
            if other is not None and other is not e:
                other.mentions = [x for x in other.mentions if (x.start, x.end) != (s, t)]
                if other.label == "PER" and other.role and text[:s].rstrip(" ,").endswith(other.role):
                    e.role = other.role  # the post written right before the whole name
                if not other.mentions:
                    dropped.add(id(other))
    return [e for e in entities if id(e) not in dropped]
