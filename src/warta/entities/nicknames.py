"""`Muhaimin Iskandar` … `kata Cak Imin`: Indonesian nicknames are often the end of a name word
(`Muhaimin` → `Imin`), called with a familiar honorific (`Cak`, `Gus`, `Kang`, `Mas`). A one-word
person named so, whose name closes a word of exactly one other person's name in the article, is
that person: the mentions join. A public figure's known nickname (`Jokowi`, `Setnov`, `Gus Ipul`;
data/person_nicknames.tsv) joins the one person the article names in full the same way."""

from __future__ import annotations

import re
from functools import lru_cache

from warta.document.model import Entity
from warta.entities.patterns import lexicon, sections

_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def _called(text: str, e: Entity) -> bool:
    """Some mention has an honorific right before it (`Cak Imin`)."""
    hons = {h[0] for h in lexicon().honorifics if len(h) == 1}
    for m in e.mentions:
        hit = _WORD_BEFORE.search(text, max(0, m.start - 12), m.start)
        if hit and hit.group(1).lower() in hons:
            return True
    return False


def clipped_nicknames(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities with each honorific-called one-word nickname joined to the one person whose name
    word it ends."""
    people = [e for e in entities if e.label == "PER"]
    gone: set[int] = set()
    for e in people:
        nick = e.canonical
        if " " in nick or len(nick) < 3 or not _called(text, e):
            continue
        low = nick.lower()
        owners = [
            p
            for p in people
            if p is not e
            and id(p) not in gone
            and any(len(w) > len(low) and w.lower().endswith(low) for w in p.canonical.split())
        ]
        if len(owners) != 1:
            continue
        _join(owners[0], e)
        gone.add(id(e))
    return [e for e in entities if id(e) not in gone]


@lru_cache(maxsize=1)
def _one_word_honorifics() -> frozenset[str]:
    return frozenset(h[0] for h in lexicon().honorifics if len(h) == 1)


def _bare(name: str) -> str:
    """A nickname folded, without a leading one-word honorific (`Gus Ipul` → `ipul`)."""
    words = name.casefold().split()
    return " ".join(words[1:] if len(words) > 1 and words[0] in _one_word_honorifics() else words)


@lru_cache(maxsize=1)
def _known() -> dict[str, str]:
    """Folded nickname (also without its honorific) → the full name (data/person_nicknames.tsv)."""
    rows = [ln.split("\t") for ln in sections("person_nicknames.tsv")[""]]
    out = {r[0].casefold(): r[1] for r in rows if len(r) == 2}
    out.update({_bare(r[0]): r[1] for r in rows if len(r) == 2})
    return out


def _join(owner: Entity, e: Entity) -> None:
    owner.mentions = sorted([*owner.mentions, *e.mentions], key=lambda m: m.start)
    owner.role = owner.role or e.role


def known_nicknames(entities: list[Entity]) -> list[Entity]:
    """Entities with each person named only by a known nickname joined to the one person the
    article names in full (whose name holds all the full name's words)."""
    people = [e for e in entities if e.label == "PER"]
    gone: set[int] = set()
    for e in people:
        full = _known().get(e.canonical.casefold()) or _known().get(_bare(e.canonical))
        if full is None:
            continue
        words = set(full.casefold().split())
        owners = [
            p for p in people if p is not e and id(p) not in gone and words <= set(p.canonical.casefold().split())
        ]
        if len(owners) == 1:
            _join(owners[0], e)
            gone.add(id(e))
    return [e for e in entities if id(e) not in gone]


# `Munafri 'Appi' Arifuddin`, `Andrew ' Andy ' Cole`: a one-word nickname in quotes inside the name,
# then the family name in capitals (a title in quotes after a name, `Joko Anwar "Pengabdi Setan"`,
# has no family name after it)
_QUOTED = re.compile(r" ['‘\"“] ?(?P<nick>[A-Z][a-z]+) ?['’\"”] (?P<last>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


def quoted_nicknames(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities with a person whose name holds a nickname in quotes (`Munafri 'Appi' Arifuddin`) read
    as one: the name's mention runs over the quotes and the family name, the canonical name is the
    name without the nickname (`Munafri Arifuddin`), and the people read in the nickname alone or the
    family name alone (`Appi`, `Cole`) are that person's mentions."""
    dropped: set[int] = set()
    for e in entities:
        if e.label != "PER" or id(e) in dropped:
            continue
        for k, m in enumerate(list(e.mentions)):
            q = _QUOTED.match(text, m.end)
            if q is None or q.group("nick") == m.text:
                continue
            nick, last = q.group("nick"), q.group("last")
            if last.lower() in lexicon().common or last.lower() in lexicon().stopwords:
                continue  # `Budi 'Kancil' Dalam …`: a word of the sentence, no family name
            e.mentions[k] = type(m)(m.start, q.end(), text[m.start : q.end()])
            if e.canonical == m.text:
                e.canonical = f"{m.text} {last}"
            end, names = q.end(), {nick, last}
            for other in entities:
                if other is e or other.label != "PER" or id(other) in dropped:
                    continue
                inside = [x for x in other.mentions if m.end <= x.start and x.end <= end]
                rest = [x for x in other.mentions if x not in inside]
                if all(x.text in names for x in rest):
                    # `Appi menilai …`, `Cole menjalani …`: the same person by the nickname or family name
                    e.mentions.extend(rest)
                    e.role = e.role or other.role
                    dropped.add(id(other))
                elif inside:
                    other.mentions = rest
        e.mentions.sort(key=lambda x: x.start)
    return [e for e in entities if id(e) not in dropped]
