"""`Dilansir akun Twitter @TMCPoldaMetro`, `Instagram @kemensosri`: a social-media handle is an
account's address, written without spaces, not a person's or a body's name as the article gives
it. An entity every mention of which is such a handle (the word glued right after `@`) is dropped;
the account's owner, when the article names it, is an entity of its own."""

from __future__ import annotations

from warta.document.model import Entity


def drop_handles(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities less those named only by social-media handles."""
    if "@" not in text:
        return entities  # no handle anywhere: skip the pass over every mention
    return [
        e for e in entities if not e.mentions or not all(m.start > 0 and text[m.start - 1] == "@" for m in e.mentions)
    ]
