"""A line-up's coach written as a label with a colon (`Pelatih: Nilmaizar`, `Manajer: Antonio
Conte (bac)`, glued to the last player: `… Zlatan IbrahimovicPelatih: Jose Mourinho`) is a person
holding that post. Match reports close each side's line-up with such a line; a one-word name or
a name with an initial there has nothing else to show it is a person's, so the entity rules miss
it, and the roles read a label only for a person already found."""

from __future__ import annotations

import re
from functools import cache

from warta.document.model import Entity, Mention
from warta.entities.patterns import lexicon
from warta.entities.words import name_particles

# the label (a post of one word), its colon, then the name closing the line (a particle inside it:
# `Gomes de Oliviera`), with maybe a reporter's code or the official's home town in brackets
# (`(bac)`, `(Indramayu)`)
_LINE = re.compile(
    r"(?:^|(?<=[\s)(a-z']))(?P<r>[A-Z][a-z]+)\s*:[ \t]*"
    r"(?P<n>[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|[A-Z]\.?|[a-z]{2,5}(?=[ \t]+[A-Z]))){0,3})"
    r"(?:[ \t]*\((?:[a-z]{2,5}|[A-Z][a-z]+)\))?[ \t]*(?=\n|$)",
    re.M,
)


@cache
def _posts() -> frozenset[str]:
    """One-word posts a label may hold (`pelatih`, `manajer`, `wasit`)."""
    return frozenset(h[0] for h in lexicon().roles if len(h) == 1)


def _names_line(line: str) -> bool:
    """Two separators or more and at most one word in five in lower case: a list of names."""
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    lower = sum(1 for w in words if w[:1].islower())
    return sum(line.count(c) for c in ",;:") >= 2 and bool(words) and lower * 5 <= len(words)


def _listing(text: str, at: int) -> bool:
    """The text the label closes on its line, or else the line before it, is a list of names (a
    side's players, a board's members), or the line before is another label's closing such a list
    (the referee after the coach). A byline (`Penulis: …`) after a sentence of the story is no
    line-up."""
    lines = text[:at].split("\n")
    if _names_line(lines[-1]):
        return True
    before = [x for x in lines[:-1] if x.strip()]
    if before and _names_line(before[-1]):
        return True
    # or the line before is itself such a label's line closing a line-up (`Pelatih: …`, then `Wasit: …`)
    return len(before) > 1 and bool(_LINE.fullmatch(before[-1].strip())) and _names_line(before[-2])


def named_as(entities: list[Entity], name: str, label: str) -> Entity | None:
    """The first entity of ``label`` the article names ``name`` (its canonical name or a mention's
    text): the one a name found again by a list's rule belongs to."""
    return next(
        (e for e in entities if e.label == label and name in (e.canonical, *(x.text for x in e.mentions))), None
    )


def labelled_people(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities with every person a line-up's label names: his post set if he has none, his
    mention added (to the person of that name if the article has one), or a new person."""
    if ":" not in text:
        return entities
    posts = _posts()
    for m in _LINE.finditer(text):
        role, name = m.group("r"), m.group("n")
        if role.lower() not in posts or name.split()[0].lower() in posts or not _listing(text, m.start()):
            continue
        if any(w.islower() and w not in name_particles() for w in name.split()):
            continue  # a lower-case word inside the name that is no particle: not a name
        at = Mention(m.start("n"), m.end("n"), name)
        over = [e for e in entities if any(x.start < at.end and at.start < x.end for x in e.mentions)]
        if any(e.label != "PER" or not any((x.start, x.end) == (at.start, at.end) for x in e.mentions) for e in over):
            continue  # a body, a place or another reading of the words there: not ours to undo
        owner = next(iter(over), None) or named_as(entities, name, "PER")
        if owner is None:
            entities.append(Entity(name, "PER", [at], role=role))
            continue
        if not over:
            owner.mentions = sorted([*owner.mentions, at], key=lambda x: x.start)
        owner.role = owner.role or role
    return entities
