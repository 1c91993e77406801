"""Names a hyphen joins into a pair are the names of two entities, not one (GUIDELINES: one entry
per person, organisation or place):

- two places or bodies written as one word, `hubungan Beijing-Washington`, `mesin partai
  PKS-Gerindra`, `tol Brexit-Pemalang-Weleri`: the word tokenizer keeps the hyphenated word whole,
  so it came out as one place or body;
- two people's full names joined as a ticket, `pasangan Ridwan Kamil-Uu Ruzhanul Ulum`,
  `kepemimpinan Prabowo Subianto-Gibran Rakabuming Raka`: read as one person.

A side counts as a name of its own only when something else shows it is one (a place or body the
lists know, a name another entity of the article has, the word written alone elsewhere, or two
words or more for a person), so `Bangsa-Bangsa`, `Eco-Park`, `Jean-Pierre Lacroix` or
`Fernandez-Taranco` stay whole. A pair inside a longer name (`Jalan Pantura Semarang-Demak`) is
left alone: only a mention that is the pair itself is split. One-word person pairs
(`Prabowo-Gibran`) are ``tickets``' concern. Two known countries or cities in a hyphened word no
entity covers at all (`hubungan Beijing-Washington`, which the rules and the tagger both skip)
are added as two places."""

from __future__ import annotations

import re

from warta.document.model import Entity, Mention
from warta.entities.gazetteer import country_of, organisations, place

# a side of a pair: a capitalised word of two letters or more (`PKS`, `Beijing`)
_SIDE = re.compile(r"[A-Z][\w']+")
# particles a person's name runs into a hyphen with (`Al-Ghufais`, `bin-`): no pair there
_PARTICLES = frozenset({"Al", "El", "Ad", "As", "Ar", "At", "Abu", "Bin", "Ibn", "Ben", "Ould"})


def _alone(text: str, name: str) -> bool:
    """The article writes ``name`` as a word of its own somewhere (not half of a hyphened word)."""
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None


def _known(side: str, names: dict[str, Entity]) -> bool:
    """A side that names a place or a body by itself (a person's name makes the word a ticket)."""
    if side in names:
        return names[side].label != "PER"
    return place(side) is not None or side in organisations()


def _word_sides(e: Entity, m: Mention, names: dict[str, Entity]) -> list[tuple[int, int]] | None:
    """The sides of a place's or body's one-word mention `A-B(-C)`, as offsets, when each is a name."""
    if e.label not in ("LOC", "ORG") or " " in m.text or "-" not in m.text or place(m.text) is not None:
        return None
    parts = m.text.split("-")
    if len({p.casefold() for p in parts}) < len(parts):
        return None  # `Bangsa-Bangsa`: a doubled word, no pair
    if not all(_SIDE.fullmatch(p) and _known(p, names) for p in parts):
        return None
    if any(a != b and b.startswith(a) for a in parts for b in parts):
        return None  # `DPR-DPRD`, `DPR-DPD`: the tiers of one kind of body, named as a kind
    out, at = [], m.start
    for p in parts:
        out.append((at, at + len(p)))
        at += len(p) + 1
    return out


def _person_sides(text: str, e: Entity, m: Mention, names: dict[str, Entity]) -> list[tuple[int, int]] | None:
    """The two names of a person's mention `A B-C D` joined at one hyphen, when each is a name."""
    if e.label != "PER" or " " not in m.text or m.text.count("-") != 1:
        return None
    left, right = m.text.split("-")
    if not (_SIDE.match(right) and left.split()[-1][:1].isupper()) or left.split()[-1] in _PARTICLES:
        return None

    def person(side: str) -> bool:
        return len(side.split()) >= 2 or side in names or _alone(text, side)

    if not (person(left) and person(right)):
        return None
    hy = m.start + len(left)
    return [(m.start, hy), (hy + 1, m.end)]


def _home(text: str, s: int, t: int, label: str, names: dict[str, Entity], entities: list[Entity]) -> Entity:
    """The entity a side names: one the article already has under that name, else a new one."""
    side = text[s:t]
    found = names.get(side)
    if found is not None:
        return found
    if label != "PER":
        p = place(side)
        label = "LOC" if p is not None and side not in organisations() else "ORG" if side in organisations() else label
    e = Entity(canonical=side, label=label, country=country_of(side) if label == "LOC" else None)
    entities.append(e)
    names[side] = e
    return e


def split_pairs(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities with every hyphened pair of names given to the entities of its sides."""
    names: dict[str, Entity] = {}
    for e in entities:
        for n in [e.canonical, *(m.text for m in e.mentions)]:
            names.setdefault(n, e)
    out = list(entities)
    for e in list(entities):
        for m in list(e.mentions):
            if "-" not in m.text:
                continue
            rest = {k: v for k, v in names.items() if v is not e}
            sides = _word_sides(e, m, rest) or _person_sides(text, e, m, rest)
            if not sides:
                continue
            e.mentions.remove(m)
            for s, t in sides:
                side = text[s:t]
                home = _home(text, s, t, e.label, rest, out)
                names.setdefault(side, home)
                # `Ruzhanul Ulum`, clustered with the pair, is a short form of the side's person
                moved = [x for x in e.mentions if home is not e and f" {x.text} " in f" {side} "]
                e.mentions[:] = [x for x in e.mentions if x not in moved]
                home.mentions = sorted([*home.mentions, *moved, Mention(s, t, side)], key=lambda x: x.start)
                if len(side) > len(home.canonical) and home.label == "PER" and f" {home.canonical} " in f" {side} ":
                    home.canonical = side
            if e.canonical == m.text and e.mentions:
                e.canonical = max((x.text for x in e.mentions), key=len)
    return [e for e in out if e.mentions]


# two capitalised words a hyphen joins, standing alone (`hubungan Beijing-Washington`)
_PLACE_PAIR = re.compile(r"(?<![\w-])([A-Z][a-z]+)-([A-Z][a-z]+)(?![\w-])")
# places sure enough to be read in a pair with no other cue: not a district, which shares its
# name with people and streets
_PAIR_KINDS = frozenset(("country", "province", "city"))


def _pair_place(name: str) -> bool:
    p = place(name)
    return p is not None and p.kind in _PAIR_KINDS


def uncovered_place_pairs(text: str, entities: list[Entity]) -> list[Entity]:
    """`saat hubungan Beijing-Washington berada di titik rendah`: two known countries or cities
    in one hyphened word no entity covers are two places (each a mention of its own)."""
    if "-" not in text:
        return entities
    hits = [
        x
        for x in _PLACE_PAIR.finditer(text)
        if _pair_place(x.group(1)) and _pair_place(x.group(2)) and place(x.group()) is None
    ]
    if not hits:
        return entities
    spans = [(m.start, m.end) for e in entities for m in e.mentions]
    names = {e.canonical: e for e in entities if e.label == "LOC"}
    names.update({m.text: e for e in entities if e.label == "LOC" for m in e.mentions})
    out = list(entities)
    for x in hits:
        if any(s < x.end() and x.start() < t for s, t in spans):
            continue
        for k in (1, 2):
            side = x.group(k)
            home = names.get(side)
            if home is None:
                home = names[side] = Entity(side, "LOC", country=country_of(side))
                out.append(home)
            home.mentions = sorted([*home.mentions, Mention(x.start(k), x.end(k), side)], key=lambda m: m.start)
    return sorted(out, key=lambda e: e.mentions[0].start)
