"""Tiered offices written bare (`Kejaksaan Negeri`, `Pengadilan Negeri`, `Polres`): an office that
stands in every region is one body only with its place. Bare, the name shortens the one such
office the story names in full (`Kejaksaan Negeri Bandung`) and becomes a mention of it; with
none or several, it names no one body and is dropped (GUIDELINES: no generic nouns)."""

from __future__ import annotations

from warta.document.model import Entity
from warta.resources import word_set


def tiered_offices() -> frozenset[str]:
    return word_set("warta.entities", "tiered_offices.txt", lower=True)


def _fold(s: str) -> str:
    return " ".join(s.split()).casefold()


def bare_offices(entities: list[Entity]) -> list[Entity]:
    """Entities less the ORGs named only by a bare tiered office; their mentions join the one
    office of the story whose name opens with that bare name."""
    offices = tiered_offices()
    drop: set[int] = set()
    for e in entities:
        if e.label != "ORG" or e.role:
            continue
        names = {_fold(e.canonical), *(_fold(m.text) for m in e.mentions)}
        if not names <= offices:
            continue
        homes = [
            o
            for o in entities
            if o is not e
            and o.label == "ORG"
            and id(o) not in drop
            and any(
                _fold(n).startswith(tuple(x + " " for x in names)) for n in (o.canonical, *(m.text for m in o.mentions))
            )
        ]
        if len(homes) == 1:
            home = homes[0]
            seen = {(m.start, m.end) for m in home.mentions}
            home.mentions = sorted(
                [*home.mentions, *(m for m in e.mentions if (m.start, m.end) not in seen)], key=lambda m: m.start
            )
        drop.add(id(e))
    return [e for e in entities if id(e) not in drop] if drop else entities
