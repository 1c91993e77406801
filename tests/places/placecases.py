"""Running the places layer alone on a test sentence with the entities given, so that a rule is
tested on its own and not on what the tagger happens to find: each name at every place it is
written."""

from __future__ import annotations

import re

import warta
from warta import places
from warta.document import Entity, Mention


def placed_entities(text: str, names: dict[str, list[str] | tuple[str, ...]]) -> list[Entity]:
    """The entities after the places layer, given ``names`` by label (`LOC`, `ORG`, `PER`)."""
    art = warta.read(text, layers=[])
    art.entities = [
        Entity(n, label, [Mention(m.start(), m.end(), n) for m in re.finditer(re.escape(n), art.norm)])
        for label, ns in names.items()
        for n in ns
    ]
    places.annotate(art)
    return art.entities


def placed_labels(text: str, names: dict[str, list[str] | tuple[str, ...]]) -> dict[str, str]:
    """Each entity's label after the places layer, by canonical name (the dropped ones absent)."""
    return {e.canonical: e.label for e in placed_entities(text, names)}
