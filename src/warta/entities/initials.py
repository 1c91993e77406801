"""`Bank Indonesia … BI`, `Manchester United … MU`, `Miryam S. Haryani … MSH`: an article often
writes a name in full once and later by its initials without ever setting them in brackets, so
the acronym rules never tie them and the initials come out as a second entity. An entity named
only by capital letters that are the initials of exactly one other entity's name of the same
label is a mention of it, unless the lists know the initials as another body's (`PKB`, the
party, is no `Pemerintah Kota Bandung`) or the article gives them as a person's initials
(`tersangka berinisial BP`: someone it does not name, not `Budi Prasetyo`)."""

from __future__ import annotations

import re

from warta.document.model import Entity
from warta.entities.gazetteer import organisations

_INITIALS = re.compile(r"[A-Z]{2,6}")
# `berinisial BP`, `inisial MRS`: initials that stand for a name the article keeps back
_GIVEN_AS_INITIALS = re.compile(r"\b(?:ber)?inisial\s+$", re.IGNORECASE)


def _initials(name: str) -> str:
    """The first letters of the name's capitalised words (`Miryam S. Haryani` → `MSH`)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _held_back(text: str, e: Entity) -> bool:
    """A mention of the initials follows `inisial` (`berinisial BP`)."""
    return any(_GIVEN_AS_INITIALS.search(text, max(0, m.start - 15), m.start) for m in e.mentions)


def join_initials(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities with each entity named only by another's initials merged into it."""
    known = organisations()
    gone: set[int] = set()
    for e in entities:
        if not _INITIALS.fullmatch(e.canonical) or any(m.text != e.canonical for m in e.mentions):
            continue
        if _held_back(text, e):
            continue
        homes = [
            o
            for o in entities
            if o is not e
            and id(o) not in gone
            and o.label == e.label
            and len(o.canonical.split()) >= 2
            and _initials(o.canonical) == e.canonical
        ]
        if len(homes) != 1:
            continue
        home = homes[0]
        if known.get(e.canonical) and known[e.canonical] != home.canonical:
            continue  # the lists give these initials to another body
        home.mentions = sorted([*home.mentions, *e.mentions], key=lambda m: m.start)
        home.role = home.role or e.role
        gone.add(id(e))
    return [e for e in entities if id(e) not in gone]
