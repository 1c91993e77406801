"""Reading a test sentence for the entities layer: with the tagger's spans given, so that a rule is
tested on its own and not on what the statistical tagger happens to find (each name at the first
place it is written), or as ``warta.read`` reads it, by name with label and role."""

from __future__ import annotations

from collections.abc import Iterable

import warta
from warta.document.input import to_article
from warta.document.model import Entity
from warta.entities import extract


def read_tagged(text: str, tagged: Iterable[tuple[str, str]]) -> list[Entity]:
    """The entities of ``text`` when the tagger found exactly ``tagged`` (name, label) pairs."""
    a = to_article(text)
    spans = [(a.norm.find(n), a.norm.find(n) + len(n), label) for n, label in tagged]
    return extract(a, tagged=spans)


def labelled_roles(text: str) -> dict[str, tuple[str, str | None]]:
    """(label, role) of each entity ``warta.read`` finds in ``text``, by canonical name."""
    art = warta.read({"text": text, "published": "2025-10-20"}, layers=["entities"])
    return {e.canonical: (e.label, e.role) for e in art.entities}


def person_roles(text: str) -> dict[str, str | None]:
    """The role of each person ``warta.read`` finds in ``text``, by canonical name."""
    return {name: role for name, (label, role) in labelled_roles(text).items() if label == "PER"}


def labelled_mentions(text: str) -> dict[str, tuple[str, list[str]]]:
    """(label, mention texts) of each entity ``warta.read`` finds in ``text``, by canonical name."""
    art = warta.read({"text": text, "published": "2025-10-20"}, layers=["entities"])
    return {e.canonical: (e.label, [m.text for m in e.mentions]) for e in art.entities}
