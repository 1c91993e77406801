"""`bahasa Inggris`, `berbahasa Arab`: after the word for language a country's name names the
language, not the place; such a mention is no place of the story (and an entity left with no
other mention goes)."""

from __future__ import annotations

import re

from warta.document.model import Entity

_LANGUAGE = re.compile(r"\b(?:ber)?bahasa\s+$", re.IGNORECASE)


def drop_languages(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities less the LOC mentions written right after `bahasa` / `berbahasa`."""
    out = []
    for e in entities:
        if e.label == "LOC":
            kept = [m for m in e.mentions if not _LANGUAGE.search(text, max(0, m.start - 12), m.start)]
            if not kept:
                continue
            if len(kept) != len(e.mentions):
                e.mentions = kept
        out.append(e)
    return out
