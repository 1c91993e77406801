"""Places in a numbered list whose line breaks a scrape lost: ``1. SMAN 10, Banda Aceh2. SMAS
Unggul Del, Toba, Sumatera Utara3. …`` glues each item's number to the last word of the item
before it, so that word (``Aceh2``, ``Utara3``) reads as no name and the tagger cuts the place
(``Sumatera``) or drops it. Where at least two such glued numbers follow one another (``2.`` then
``3.``), the capitalised words closing each item are read here without the number: the longest
run of them the gazetteer knows for sure (a town, a regency, a province or a country) is a LOC
mention, replacing the shorter LOC mentions inside it; and a sure place of Indonesia named
between commas right before it (``Toba`` in ``…, Toba, Sumatera Utara3.``) is one too.
Offsets are the names' own; a person or a body covering the words wins."""

from __future__ import annotations

import re

from warta.document import Article, Entity, Mention
from warta.entities.patterns import lexicon
from warta.places.cued import sure_place
from warta.places.gazetteer import Gazetteer
from warta.places.names import name_key
from warta.places.place_words import words

# a list number glued to the word before it and closed by a period: `Aceh2.`, `Maluku10.`
_GLUED_NUMBER = re.compile(r"(?<=[A-Za-z])(\d{1,2})\.(?!\d)")
# the capitalised words (an acronym too) closing an item, right before its glued number
_NAME_RUN = re.compile(r"(?:[A-Z][\w'-]*\s+){0,3}[A-Z][A-Za-z'-]*$")
# `, Toba, ` before the item's closing place
_COMMA_NAME = re.compile(r",\s+([A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*){0,2}),\s+$")
_WINDOW = 80  # how far back an item's closing words are looked for


def _may_glue(norm: str) -> bool:
    """Whether one or two digits between an ASCII letter and a period occur at all, as every glued
    number needs: a walk over the text's periods, far cheaper than the pattern's pass."""
    i = norm.find(".", 2)
    while i != -1:
        j = i - 1
        while j >= 0 and i - j <= 3 and "0" <= norm[j] <= "9":
            j -= 1
        if 1 <= i - 1 - j <= 2 and j >= 0 and norm[j].isascii() and norm[j].isalpha():
            return True
        i = norm.find(".", i + 1)
    return False


def glued_item_ends(norm: str) -> list[int]:
    """Where each glued list number of a flattened numbered list starts (the end of the item
    before it): only numbers with a neighbour (n-1 or n+1) glued too, so a lone `Euro3.` or a
    model name is no list."""
    if not _may_glue(norm):
        return []
    hits = [(int(m.group(1)), m.start()) for m in _GLUED_NUMBER.finditer(norm)]
    numbers = {n for n, _ in hits}
    return [at for n, at in hits if n - 1 in numbers or n + 1 in numbers]


def _place_run(gaz: Gazetteer, norm: str, end: int) -> tuple[int, str] | None:
    """The run of capitalised words closing at ``end`` when it is a sure place, or the place after
    the unit's word opening it: (start, name)."""
    head = norm[max(0, end - _WINDOW) : end]
    run = _NAME_RUN.search(head)
    if run is None:
        return None
    parts = run.group().split()
    prefixes = words().admin_prefixes
    for k in range(len(parts)):
        if k and parts[k - 1].lower().rstrip(".") not in prefixes:
            break  # only a unit's word may open the run before the place (`Kecamatan Gambir`), not `DPRD OKU`
        name = " ".join(parts[k:])
        if sure_place(gaz, name):
            return end - len(name), name
    return None


def add_listed_places(article: Article, gaz: Gazetteer) -> None:
    """Add the places closing the items of a flattened numbered list (and the place named before
    each one, between commas) as LOC mentions; LOC mentions inside them give way."""
    ends = glued_item_ends(article.norm)
    if not ends:
        return
    norm = article.norm
    given = lexicon().given
    for end in ends:
        found = _place_run(gaz, norm, end)
        if found is None:
            continue
        a, name = found
        _add(article, a, end, given)
        before = _COMMA_NAME.search(norm, max(0, a - _WINDOW), a)
        if before is not None and sure_place(gaz, before.group(1), home_only=True):
            _add(article, before.start(1), before.end(1), given)


def _add(article: Article, a: int, b: int, given: frozenset[str] | set[str]) -> None:
    """One LOC mention over [a, b), unless a person or body covers those words; LOC mentions
    inside it are dropped (and an entity left with none)."""
    text = article.text[a:b]
    if text.split()[0] in given:
        return
    inside = [(e, m) for e in article.entities for m in e.mentions if m.start < b and a < m.end]
    if any((m.start, m.end) == (a, b) for _e, m in inside):
        return  # named right already
    if any(e.label != "LOC" or m.start < a or m.end > b for e, m in inside):
        return  # a person or body there, or a longer name running over it
    key = name_key(text)
    ent = next((e for e in article.entities if name_key(e.canonical) == key), None)
    if ent is not None and ent.label != "LOC":
        return
    for e, m in inside:
        e.mentions.remove(m)
    emptied = {id(e) for e, _m in inside if not e.mentions and e is not ent}
    article.entities = [e for e in article.entities if id(e) not in emptied]
    if ent is None:
        ent = Entity(text, "LOC", [])
        article.entities.append(ent)
    ent.mentions.append(Mention(a, b, text))
    ent.mentions.sort(key=lambda m: m.start)
