"""What the events tests read off an article: each act of a type as (trigger, actor, recipient)."""

from __future__ import annotations

import warta


def acts(text: str, type: str) -> list[tuple[str, str | None, str | None]]:
    """The events of ``type`` that ``warta.read`` finds in ``text``, by trigger and party names."""
    return [
        (e.trigger, e.actor.name if e.actor else None, e.recipient.name if e.recipient else None)
        for e in warta.read(text).events
        if e.type == type
    ]


def parties(text: str, type: str, trigger: str = "") -> tuple[str | None, str | None]:
    """The actor and recipient of the first act of ``type`` whose trigger opens with ``trigger``."""
    found = [x for x in acts(text, type) if x[0].lower().startswith(trigger)]
    assert found, acts(text, type)
    return found[0][1], found[0][2]
