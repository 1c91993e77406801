"""Hospitals named after a doctor, written with the title in lower case as their official names
are (`RSUD dr Slamet Garut`, `RSUD dr. Zainoel Abidin Banda Aceh`, `RS dr Oen Solo Baru`): the
capitalised run breaks at `dr`, the hospital's head is left alone and the rest is read as the
doctor, a person (or a place). The head, the title and the name are one organisation, as
`RSUD Dr Soetomo Surabaya` (capital `Dr`) already is."""

from __future__ import annotations

import re

from warta.document.model import Entity, Mention

# a hospital's head and a doctor's title in lower case, right before the name read on its own
_HEAD_AND_TITLE = re.compile(
    r"\b(?:RSUD|RSUP|RSU|RSAB|RSIA|RSJ|RSPAD|RS|Rumah Sakit(?: Umum(?: Daerah| Pusat)?)?)"
    r"\s+(?:(?:[Pp]rof\.?|Prof\.? [Dd]r\.?)\s+)?dr\.?\s+$"
)
_LOOK_BACK = 45


def named_hospitals(text: str, entities: list[Entity]) -> list[Entity]:
    """Each mention right after a hospital's head and a lower-case `dr` becomes a mention of the
    hospital (head to name's end); an entity left with no other mention goes."""
    found: list[tuple[Entity, Mention, int]] = []
    for e in entities:
        if e.label == "ORG":
            continue
        for m in e.mentions:
            head = _HEAD_AND_TITLE.search(text, max(0, m.start - _LOOK_BACK), m.start)
            if head is not None:
                found.append((e, m, head.start()))
    if not found:
        return entities
    by_name = {x.canonical: x for x in entities if x.label == "ORG"}
    added: list[Entity] = []
    for e, m, start in found:
        e.mentions.remove(m)
        name = text[start : m.end]
        home = by_name.get(name)
        if home is None:
            home = by_name[name] = Entity(name, "ORG", [])
            added.append(home)
        home.mentions = sorted([*home.mentions, Mention(start, m.end, name)], key=lambda x: x.start)
    return sorted([x for x in entities if x.mentions] + added, key=lambda x: x.mentions[0].start)
