"""A body named by its fields may list them with commas and a final `dan`: `Kepala Dinas
Ketahanan Pangan, Kelautan, dan Pertanian (DKPKP)`. The rules stop a name at the comma, so the
body comes out as `Dinas Ketahanan Pangan`; here a mention whose body head takes fields
(data/field_heads.txt) is extended over such a list when every listed field is a plain
capitalised field word (not a name of its own, a head or a given name) and the list closes the
name (a bracketed acronym, a comma, a full stop or a lower-case word follows)."""

from __future__ import annotations

import re

from warta.document.model import Entity, Mention
from warta.entities.patterns import lexicon
from warta.entities.words import place_of
from warta.resources import word_set

_FIELD = r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"
# the fields after the cut, one or more with commas and the last after `dan`: `, Kelautan, dan Pertanian`
_LIST = re.compile(rf"((?:, {_FIELD})+),? dan ({_FIELD})(?= \([A-Z]|[,.]| [a-z]|$)")


def _heads() -> frozenset[str]:
    return word_set("warta.entities", "field_heads.txt", lower=True)


def _plain_fields(fields: list[str], heads: frozenset[str]) -> bool:
    """Every field is plain: no head of a body, no given name, no known place."""
    given = lexicon().given
    for f in fields:
        if place_of(f) is not None:
            return False
        if any(w.lower() in heads or w in given for w in f.split()):
            return False
    return True


def _extension(text: str, m: Mention, starts: dict[int, Entity], e: Entity) -> int | None:
    """Where the mention's name really ends when a field list follows it, else None."""
    got = _LIST.match(text, m.end)
    if got is None:
        return None
    for s, other in starts.items():
        if m.end < s < got.end() and other is not e and any(not m.end < x.start < got.end() for x in other.mentions):
            return None  # a field is a name found elsewhere too (`Dinas Pendidikan, Bappenas, dan …`)
    fields = [f.strip() for f in re.split(r",|\bdan\b", got.group(0)) if f.strip()]
    if not fields or not _plain_fields(fields, _heads()):
        return None
    return got.end()


def extend_field_lists(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities whose body names run on over their own field list, extended over it (an entity
    lying wholly inside the list is dropped)."""
    heads = _heads()
    starts = {mm.start: en for en in entities for mm in en.mentions}
    dropped: set[int] = set()
    for e in entities:
        if e.label != "ORG":
            continue
        for i, m in enumerate(e.mentions):
            first = m.text.split()[0].lower() if m.text.split() else ""
            if first not in heads or "," in m.text:
                continue
            end = _extension(text, m, starts, e)
            if end is None:
                continue
            old = m.text
            e.mentions[i] = Mention(m.start, end, text[m.start : end])
            if e.canonical == old:
                e.canonical = text[m.start : end]
            dropped |= {id(o) for o in entities if o is not e and all(m.start <= x.start < end for x in o.mentions)}
    return [e for e in entities if id(e) not in dropped]
