"""A person the tagger read as a body: `Simona Halep (Rumania)`, `Johanna Konta (Inggris)`,
`pengusung utama Prabowo Subianto`, `astronom cerdas Carina Smyth (Kaya Scodelario)`. A name
followed by a bracket looks to the tagger like a body with its short form, and nothing else in the
rules outweighs it (a bracket or a list of people is where it errs so); but the article then calls the person by the first or the last word of the
name (`Halep`, `Carina`, `Prabowo`) and that word is a well-founded person. The body is then the
person's full name: it takes the person's mentions."""

from __future__ import annotations

import re
from functools import cache

from warta.entities.gazetteer import is_country
from warta.entities.patterns import first_words, lexicon
from warta.entities.spans import CONTEXT, TAGGER, Cluster
from warta.entities.words import org_of, place_of
from warta.resources import word_set

_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?")
_BRACKET = re.compile(r" ?\(([^()\n]{1,40})\)")
_LOWER_WORDS = re.compile(r"[a-z]+(?: [a-z]+){0,3}")
_LIST_GAPS = (", ", ", dan ", " dan ", ", serta ", " serta ")
_BODY_WORD_LISTS = ("company_words.txt", "club_words.txt", "team_words.txt", "body_appositives.txt")


@cache
def _body_words() -> frozenset[str]:
    """Lower-case words that make a capitalised run a body's name (`Technology`, `FC`, `Grup`)."""
    lex = lexicon()
    listed = set().union(*(word_set("warta.entities", f, lower=True) for f in _BODY_WORD_LISTS))
    return frozenset(listed | first_words(lex.org_start) | lex.org_end | lex.complement | lex.common)


def _name_like(cl: Cluster) -> list[str] | None:
    """The words of a guessed body's longest name, when every mention is a guess of the tagger's and
    the name is two to four plain name words no body list knows; else None."""
    if any(m.strength > TAGGER or m.acronym_of is not None for m in cl.mentions):
        return None
    words = max((m.text for m in cl.mentions), key=len).split()
    if not 2 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return None
    if any(w.lower() in _body_words() for w in words) or org_of(" ".join(words)):
        return None
    return words


def _well_founded(cl: Cluster) -> bool:
    """A person the rules typed (a title, a verb of saying, a list of names) or the article names
    more than once."""
    return bool(cl.role) or len(cl.mentions) > 1 or any(m.strength >= CONTEXT for m in cl.mentions)


def _set_as_person(norm: str, cl: Cluster, starts: set[int], ends: set[int]) -> bool:
    """Where the tagger's cue misleads it: a mention followed by a bracket that holds no short form
    of it (`Simona Halep (Rumania)`), or listed next to a person (`Anthony Sinisuka Ginting, dan
    Ihsan Maulana Mustofa`)."""
    for m in cl.mentions:
        b = _BRACKET.match(norm, m.end)
        if b and not b.group(1).isupper():
            return True
        if any(norm.startswith(g, m.start - len(g)) and m.start - len(g) in ends for g in _LIST_GAPS):
            return True
        if any(norm.startswith(g, m.end) and m.end + len(g) in starts for g in _LIST_GAPS):
            return True
    return False


def _origin_after(norm: str, cl: Cluster) -> bool:
    """A bracket after the name holding a country (`(Latvia)`) or only lower-case words (`(tunggal
    putra)`): a player's side or event, as a results line writes it; a body's bracket holds its
    short form, and no name word is a place (`Persib Bandung (Indonesia)` stays)."""
    if any(place_of(w) for m in cl.mentions for w in m.text.split()):
        return False
    for m in cl.mentions:
        b = _BRACKET.match(norm, m.end)
        if b and (is_country(b.group(1)) or _LOWER_WORDS.fullmatch(b.group(1))):
            return True
    return False


def people_read_as_bodies(norm: str, clusters: list[Cluster]) -> list[Cluster]:
    """Relabel a guessed body as the person whose one-word name is its first or last word, and give
    it that person's mentions; or as a person named once, when a side or an event follows in brackets."""
    people: dict[str, Cluster] = {}
    starts = {m.start for cl in clusters if cl.label == "PER" for m in cl.mentions}
    ends = {m.end for cl in clusters if cl.label == "PER" for m in cl.mentions}
    for cl in clusters:
        if cl.label == "PER" and _well_founded(cl):
            for m in cl.mentions:
                if " " not in m.text:
                    people.setdefault(m.text, cl)
    if not people:
        return clusters
    gone: set[int] = set()
    for cl in clusters:
        if cl.label != "ORG":
            continue
        words = _name_like(cl)
        if words is None or not _set_as_person(norm, cl, starts, ends):
            continue
        person = people.get(words[0]) or people.get(words[-1])
        if person is None or id(person) in gone:
            if _origin_after(norm, cl):
                cl.label = "PER"  # `menundukkan Jelena Ostapenko (Latvia)`, named once
            continue
        cl.label = "PER"
        cl.key = person.key
        cl.mentions = sorted([*cl.mentions, *person.mentions], key=lambda m: m.start)
        cl.role = cl.role or person.role
        cl.names = cl.names | person.names
        gone.add(id(person))
    return [cl for cl in clusters if id(cl) not in gone]
