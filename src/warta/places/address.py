"""Places named next in an address: ``di Desa Beberan, Ciruas.`` names the kecamatan ``Ciruas``
after the village. The entity lists know the towns but not most of Indonesia's kecamatan and
villages, and a name closing a sentence after a comma gives the tagger little to go on; an
address that opens with a village's or a street's word is read on here, one comma at a time,
and each name the gazetteer knows as an Indonesian place is added as a LOC entity (its own
offsets, nothing else changed). The chain stops at the first name that is no known place.
A street named by an ordinal (``7th Avenue``, ``42nd Street``) opens with a digit, so no rule
for capitalised names sees it; it is added here too, and the resolver places it by the story."""

from __future__ import annotations

import re

from warta.document import Article, Entity, Mention
from warta.entities.patterns import lexicon
from warta.places.gazetteer import Gazetteer
from warta.places.names import name_key
from warta.places.place_words import words
from warta.places.scores import HOME

# a comma, then one to three capitalised words closing the clause (or the list)
_NEXT = re.compile(r",\s+([A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*){0,2})(?=\s*(?:[.,;)]|$)|\s+(?:dan|serta)\s)")
# the units below a regency, whose names an address goes on from (`Desa X, Kecamatan, Kabupaten`)
_LOCAL_UNITS = frozenset(("village", "district"))
# what the next name may be: a kecamatan, a village, a town or a regency of Indonesia
_ADDRESS_FEATURES = frozenset(("district", "village", "city", "admin2"))
# street words that open an address too
_STREET_WORDS = frozenset(("jalan", "jl", "jl.", "gang", "gg", "gg."))


# an English street named by its ordinal (`7th Avenue`, `42nd Street`, `3rd Ave.`)
_STREET_KINDS = ("Avenue", "Ave.", "Street", "St.", "Road", "Boulevard", "Blvd.")
_ORDINAL_STREET = re.compile(
    r"(?<![\w-])\d{1,3}(?:st|nd|rd|th) (?:" + "|".join(map(re.escape, _STREET_KINDS)) + r")(?![\w-])"
)


def add_ordinal_streets(article: Article) -> None:
    """Append a LOC entity for each street named by its ordinal that no entity covers (one entity
    per name, every mention of it). The pattern is tried at every position of the text, so it runs
    only where one of its street words is written (a substring test: exact, the pattern is
    case-sensitive)."""
    if not any(kind in article.norm for kind in _STREET_KINDS):
        return
    found = list(_ORDINAL_STREET.finditer(article.norm))
    if not found:
        return
    spans = [(m.start, m.end) for e in article.entities for m in e.mentions]
    by_key = {name_key(e.canonical): e for e in article.entities if e.label == "LOC"}
    for x in found:
        a, b = x.span()
        if any(s < b and a < e for s, e in spans):
            continue
        mention = Mention(a, b, article.text[a:b])
        key = name_key(mention.text)
        if key not in by_key:
            by_key[key] = Entity(mention.text, "LOC", [])
            article.entities.append(by_key[key])
        by_key[key].mentions.append(mention)


def _opens_address(text: str) -> bool:
    """A mention opened by a village's, a kecamatan's or a street's word (`Desa Beberan`)."""
    first = text.split(" ", 1)[0].lower()
    unit = words().admin_prefixes.get(first.rstrip("."))
    return first in _STREET_WORDS or (unit is not None and unit[0] in _LOCAL_UNITS)


def _home_place(gaz: Gazetteer, name: str) -> bool:
    """A place of Indonesia the gazetteer knows by this very name (a name list's too)."""
    return any(p.country == HOME and p.feature in _ADDRESS_FEATURES and c >= 1.0 for p, c in gaz.lookup(name))


def _sandwiched(article: Article, gaz: Gazetteer, end: int, loc_starts: set[int], given) -> bool:
    """`Jalan Permata Berlian, Permata Hijau, Kebayoran Lama`: an unknown name (no given name
    opening it) between a street or village and a known place of the address is an area of it."""
    name = article.norm[article.norm.rfind(", ", 0, end) + 2 : end]
    if name.split(" ", 1)[0] in given:
        return False
    nxt = _NEXT.match(article.norm, end)
    return nxt is not None and (nxt.start(1) in loc_starts or _home_place(gaz, nxt.group(1)))


def add_address_places(article: Article, gaz: Gazetteer) -> None:
    """Append (or extend) a LOC entity for each known Indonesian place named after a village or
    a street in an address, unless an entity already covers those words."""
    anchors = [m for e in article.entities if e.label == "LOC" for m in e.mentions if _opens_address(m.text)]
    if not anchors:
        return
    norm = article.norm
    spans = sorted((m.start, m.end) for e in article.entities for m in e.mentions)
    by_key = {name_key(e.canonical): e for e in article.entities}
    loc_starts = {m.start for e in article.entities if e.label == "LOC" for m in e.mentions}
    given = lexicon().given
    todo = list(anchors)
    while todo:
        m = todo.pop()
        nxt = _NEXT.match(norm, m.end)
        if nxt is None:
            continue
        a, b = nxt.span(1)
        if any(s < b and a < e for s, e in spans):
            continue  # named already (by the entities layer): the chain stops
        if not _home_place(gaz, nxt.group(1)) and not _sandwiched(article, gaz, b, loc_starts, given):
            continue  # no known place, nor an area between the street and a known place: it stops
        mention = Mention(a, b, article.text[a:b])
        key = name_key(mention.text)
        ent = by_key.get(key)
        if ent is None:
            ent = Entity(mention.text, "LOC", [])
            article.entities.append(ent)
            by_key[key] = ent
        elif ent.label != "LOC":
            continue  # the name is a person's or a body's in this story
        ent.mentions.append(mention)
        ent.mentions.sort(key=lambda x: x.start)
        spans.append((a, b))
        todo.append(mention)
