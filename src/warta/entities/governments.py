"""`Pemerintah Jawa Barat`, `Pemerintah Banten`: a regional government named by `Pemerintah` and an
Indonesian province or town without the head word (`Provinsi`, `Kota`) that the rules read as a
body's name. The government is an organisation of its own; the region stays a place, as the
annotators list both. A country's government (`Pemerintah Indonesia`, `Pemerintah Pakistan`) is
the state acting, which GUIDELINES' readers leave to the country, so it is not added.
"""

from __future__ import annotations

from warta.document.model import Entity, Mention
from warta.entities import gazetteer as gz

_HEAD = "Pemerintah "
_REGIONAL = frozenset(("province", "city", "regency", "region"))


def _regional(name: str) -> bool:
    p = gz.place(name)
    return p is not None and p.country == "ID" and p.kind in _REGIONAL


def regional_governments(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities plus one ORG per regional government written `Pemerintah <province or town>`."""
    covered = [(m.start, m.end) for e in entities if e.label == "ORG" for m in e.mentions]
    found: dict[str, Entity] = {}
    for e in entities:
        if e.label != "LOC":
            continue
        for m in e.mentions:
            start = m.start - len(_HEAD)
            if start < 0 or text[start : m.start] != _HEAD or not _regional(m.text):
                continue
            if any(s < m.end and start < t for s, t in covered):
                continue  # already inside a body's name (`Pemerintah Provinsi Riau`)
            name = text[start : m.end]
            gov = found.setdefault(name, Entity(name, "ORG", []))
            gov.mentions.append(Mention(start, m.end, name))
    if not found:
        return entities
    return sorted([*entities, *found.values()], key=lambda e: e.mentions[0].start)
