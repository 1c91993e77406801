"""`Muhaimin Iskandar` … `kata Cak Imin`: Indonesian nicknames are often the end of a name word
(`Muhaimin` → `Imin`), called with a familiar honorific (`Cak`, `Gus`, `Kang`, `Mas`). A one-word
person named so, whose name closes a word of exactly one other person's name in the article, is
that person: the mentions join."""

from __future__ import annotations

import re

from warta.document.model import Entity
from warta.entities.patterns import lexicon

_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def _called(text: str, e: Entity) -> bool:
    """Some mention has an honorific right before it (`Cak Imin`)."""
    hons = {h[0] for h in lexicon().honorifics if len(h) == 1}
    for m in e.mentions:
        hit = _WORD_BEFORE.search(text, max(0, m.start - 12), m.start)
        if hit and hit.group(1).lower() in hons:
            return True
    return False


def clipped_nicknames(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities with each honorific-called one-word nickname joined to the one person whose name
    word it ends."""
    people = [e for e in entities if e.label == "PER"]
    gone: set[int] = set()
    for e in people:
        nick = e.canonical
        if " " in nick or len(nick) < 3 or not _called(text, e):
            continue
        low = nick.lower()
        owners = [
            p
            for p in people
            if p is not e
            and id(p) not in gone
            and any(len(w) > len(low) and w.lower().endswith(low) for w in p.canonical.split())
        ]
        if len(owners) != 1:
            continue
        owner = owners[0]
        owner.mentions = sorted([*owner.mentions, *e.mentions], key=lambda m: m.start)
        owner.role = owner.role or e.role
        gone.add(id(e))
    return [e for e in entities if id(e) not in gone]
