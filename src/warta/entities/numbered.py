"""Roman numerals and numbers in bodies' names. The rules cut a name before a numeral, so
`Balai Pengelola Transportasi Darat Wilayah IV Tipe A Pekanbaru` comes out as a body ending in
`Wilayah` and a "person" `IV Tipe A Pekanbaru`: a body ending in a division word
(data/numbered_divisions.txt) runs on over the numeral and over a name that opens with it. And
a name without a role that ends in a roman numeral and opens with no known given name
(`Inhutani V`) is a numbered body, not a person; a ruler's numeral (`Raja Charles III`) comes
with a title, which makes a role."""

from __future__ import annotations

import re

from warta.document.model import Entity, Mention
from warta.entities.patterns import lexicon
from warta.resources import word_set

_NUMERAL = re.compile(r" ((?:[IVX]{1,4}|\d{1,2})\b)(?![.,]\d)")
_ROMAN_END = re.compile(r" [IVX]{1,4}$")


def _divisions() -> frozenset[str]:
    return word_set("warta.entities", "numbered_divisions.txt", lower=True)


def _run_on(text: str, entities: list[Entity]) -> list[Entity]:
    """Bodies ending in a division word, extended over the numeral and a name opening with it."""
    divisions = _divisions()
    by_start = {m.start: e for e in entities for m in e.mentions}
    dropped: set[int] = set()
    for e in entities:
        if e.label != "ORG":
            continue
        for i, m in enumerate(e.mentions):
            words = m.text.split()
            if len(words) < 2 or words[-1].lower() not in divisions:
                continue
            num = _NUMERAL.match(text, m.end)
            if num is None:
                continue
            end = num.end()
            tail = by_start.get(num.start(1))
            if tail is not None and tail is not e:
                ends = [x.end for x in tail.mentions if x.start == num.start(1)]
                end = max(end, *ends)
                if all(x.start == num.start(1) for x in tail.mentions):
                    dropped.add(id(tail))
            old = m.text
            e.mentions[i] = Mention(m.start, end, text[m.start : end])
            if e.canonical == old:
                e.canonical = text[m.start : end]
    return [e for e in entities if id(e) not in dropped]


def numbered_bodies(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities with numbered bodies whole and read as bodies."""
    entities = _run_on(text, entities)
    given = lexicon().given
    for e in entities:
        if e.label != "PER" or e.role or not e.mentions:
            continue
        names = [m.text for m in e.mentions]
        if all(_ROMAN_END.search(n) for n in names) and e.canonical.split()[0] not in given:
            e.label = "ORG"
    return entities
