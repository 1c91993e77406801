"""`Bayern Muenchen … Bayern`, `Detroit Pistons … Pistons`, `Express Group … taksi Express`: a
body or a place named in full and then by its first or last word alone; the tagger reads the lone
word as a person. A "person" that opens or closes the name of exactly one body or
place of the article is that body's or place's short name, even with a post the title rules
gave it (`pemain Bayern`, `Gelandang Spanyol Athens`: the post is a player's of that club,
written before the club), and so are its first or last few words (`juru bicara Daewoo
Shipbuilding` … Daewoo Shipbuilding & Marine Engineering Co Ltd), when the longer name shows
it is one (a head word, `Group`, `Candi`; a known place or town, `Detroit`; `The`; a known body)
and no known given name stands in it: `Garbine Muguruza … Muguruza`, read as a body, is the
player, and so the lone word stays a person. A "place" no list knows that opens one body's name
(`Atletico Madrid … kembali ke Atletico`) is that body's short name too; a name closing with a
company's word (`Largan Technology`, data/company_words.txt) shows a body."""

from __future__ import annotations

from warta.document.model import Entity
from warta.entities import gazetteer as gz
from warta.entities.labels import company_words
from warta.entities.patterns import lexicon
from warta.entities.products import known_person


def _ends(e: Entity) -> set[str]:
    """The opening and closing words (one or more, never all) of the entity's names."""
    out: set[str] = set()
    for name in {e.canonical, *(m.text for m in e.mentions)}:
        words = name.split()
        for k in range(1, len(words)):
            out.update((" ".join(words[:k]), " ".join(words[-k:])))
    return out


def _personal(e: Entity, given: frozenset[str]) -> bool:
    """A known given name among the words of the entity's names."""
    return any(w in given for name in {e.canonical, *(m.text for m in e.mentions)} for w in name.split())


def _bodily(e: Entity) -> bool:
    """The entity's canonical name shows a body or a place: a head word opening or closing it, a
    known place or town abroad among its words, `The` first, or a known body."""
    lex = lexicon()
    words = e.canonical.split()
    low = [w.lower() for w in words]
    if low[0] == "the" or e.canonical in gz.organisations() or low[-1] in lex.org_end or low[-1] in lex.loc_end:
        return True
    if low[-1] in company_words():
        return True
    if any(tuple(low[:k]) in lex.org_start or tuple(low[:k]) in lex.loc_start for k in (1, 2)):
        return True
    return any(gz.place(w) is not None or gz.town_abroad(w) for w in words)


def _openings(e: Entity) -> set[str]:
    """The opening words (one or more, never all) of a body's names."""
    out: set[str] = set()
    for name in {e.canonical, *(m.text for m in e.mentions)}:
        words = name.split()
        out.update(" ".join(words[:k]) for k in range(1, len(words)))
    return out


def join_short_bodies(entities: list[Entity]) -> list[Entity]:
    """Entities with each lone word of a longer body or place name moved to that entity. A "place"
    no list knows that opens exactly one body's name is that body's short name too (`Atletico
    Madrid … di Atletico`, `Swinburne University … di Swinburne`): after `di` the tagger reads any
    name as a place."""
    given = lexicon().given
    wholes = [e for e in entities if e.label in ("ORG", "LOC")]
    gone: set[int] = set()
    for e in entities:
        word = e.canonical
        if e.label == "LOC" and not e.role and not gz.known_place(word) and not _personal(e, given):
            homes = [o for o in wholes if o.label == "ORG" and word in _openings(o)]
        elif e.label != "PER" or any(w in given for w in word.split()) or known_person(word):
            continue
        else:
            homes = [o for o in wholes if word in _ends(o)]
        if len(homes) != 1 or _personal(homes[0], given) or not _bodily(homes[0]):
            continue
        home = homes[0]
        home.mentions = sorted([*home.mentions, *e.mentions], key=lambda m: m.start)
        gone.add(id(e))
    return [e for e in entities if id(e) not in gone]
