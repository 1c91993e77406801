"""People named where a place is named. Indonesian writes `di` (at, in) before a place or a body
(`bekerja di Williams`, `analis di Phillip Nova`, `diskusi di Reddit`, `laga di Volkswagen
Arena`), never right before a person: a person is somewhere through a noun (`di tangan Budi`,
`di era Jokowi`). So a "person" the tagger or the rules guessed, with no role, that the article
writes right after `di` is no person: a place when its name is one the lists know or closes
with a site's word, else a body."""

from __future__ import annotations

import re

from warta.document.model import Entity
from warta.entities import gazetteer as gz
from warta.entities.patterns import lexicon

# `di` right before the name, the word itself (not `ke`/`dari`: `dari Messi` is from a person)
_AT = re.compile(r"(?<![\w-])[Dd]i\s+$")


def _placed(text: str, e: Entity) -> bool:
    """A mention of the entity stands right after `di`."""
    return any(_AT.search(text, max(0, m.start - 4), m.start) for m in e.mentions)


def _site_or_place(name: str) -> bool:
    """A name the lists know as a place, or one closing with a site's word (`Volkswagen Arena`);
    not a town abroad the lists do not know, whose name is as often a club's (`bermain di Nice`)."""
    return gz.place(name) is not None or name.split()[-1].lower() in lexicon().loc_end


def placed_people(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities, with each roleless person written right after `di` read as a place or a body."""
    for e in entities:
        if e.label != "PER" or e.role or not e.mentions or not _placed(text, e):
            continue
        e.label = "LOC" if _site_or_place(e.canonical) else "ORG"
    return entities
