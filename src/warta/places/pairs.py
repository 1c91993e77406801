"""Two places joined by a hyphen, and the dateline's place taken for a person.

``arah Jatiwaringin-Pondok Gede``, ``ruas Cibadak-Cisaat``: a route or a stretch between two places
is written as one hyphenated word, which the tagger reads as one place no list knows. When both
halves are places of the gazetteer by those very names and the whole is none, the mention is
split into its two places (offsets their own). A street or site word opening the name keeps it
whole (``Jalan Pantura Semarang-Demak``), as does a name opened by a given name (``Ahok-Djarot``).

``Bandarlampung (ANTARA News) –``: the dateline names the place the story was written in, so the
mentions of that very name are a place's, even where the entities layer folded them into a person
or a body whose longer name ends with it (``… Obat dan Makanan Bandarlampung``). Those mentions
move to a LOC entity of their own when the gazetteer knows the name for sure."""

from __future__ import annotations

import re

from warta.document import Article, Entity, Mention
from warta.entities.patterns import lexicon
from warta.places.cued import SURE_FEATURES, sure_place
from warta.places.gazetteer import Gazetteer
from warta.places.names import name_key
from warta.places.place_words import words
from warta.resources import word_set

# `Jatiwaringin-Pondok Gede`: capitalised words, a hyphen with no space, capitalised words
_PAIR = re.compile(r"^([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})-([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})$")
_PAIR_FEATURES = frozenset((*SURE_FEATURES, "village"))


def _known(gaz: Gazetteer, name: str) -> bool:
    """A place the gazetteer knows by this very name (a name list's village or kecamatan too)."""
    return any(c >= 1.0 and p.feature in _PAIR_FEATURES for p, c in gaz.lookup(name))


# the same pair in running text (`kereta cepat Jakarta-Bandung`, `konflik Rusia-Ukraina`)
_PAIR_IN_TEXT = re.compile(r"(?<![\w-])[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}-[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?![\w-])")


def _hyphen_between_names(norm: str) -> bool:
    """Whether a lower-case ASCII letter, a hyphen and a capital follow one another somewhere, as
    they must in every pair: a walk over the text's few hyphens, far cheaper than the pattern's
    pass over every capital."""
    i = norm.find("-", 1)
    while i != -1 and i + 1 < len(norm):
        if "a" <= norm[i - 1] <= "z" and "A" <= norm[i + 1] <= "Z":
            return True
        i = norm.find("-", i + 1)
    return False


def has_place_pair(norm: str) -> bool:
    """Whether the text writes a hyphenated pair of capitalised names at all (a cheap test)."""
    return _hyphen_between_names(norm) and _PAIR_IN_TEXT.search(norm) is not None


def add_uncovered_pairs(article: Article, gaz: Gazetteer) -> None:
    """A hyphenated pair of sure places no entity covers (the tagger reads `Rusia-Ukraina` as one
    unknown word, or a person's double name) becomes a LOC mention of the pair, which
    :func:`split_place_pairs` then splits."""
    if not _hyphen_between_names(article.norm):
        return
    hits = list(_PAIR_IN_TEXT.finditer(article.norm))
    if not hits:
        return
    held = [(e, m) for e in article.entities for m in e.mentions]
    for x in hits:
        found = _sure_pair(gaz, x.group())
        if found is None:
            continue
        a, b = x.start() + found[0], x.start() + found[1]
        over = [(e, m) for e, m in held if m.start < b and a < m.end]
        if not over:
            article.entities.append(Entity(article.text[a:b], "LOC", [Mention(a, b, article.text[a:b])]))
            continue
        # `Rusia-Ukraina` taken for a person's double name: a pair of places every time it is written
        e, m = over[0]
        same = all(k.text == m.text for k in e.mentions)
        if len(over) == 1 and (m.start, m.end) == (a, b) and e.label != "LOC" and same:
            e.label, e.role = "LOC", None


def _sure_pair(gaz: Gazetteer, run: str) -> tuple[int, int] | None:
    """Within a hyphenated run of capitalised words (`Konflik Rusia-Korea Utara`), the offsets of
    the pair of sure places it ends in: the fewest words before the hyphen, the most after it."""
    left, right = run.split("-", 1)
    lw, rw = left.split(" "), right.split(" ")
    if lw[-1].lower() in word_set("warta.places", "hyphen_prefixes.txt", lower=True):
        return None  # `Se-Indonesia`, `Pro-Rusia`: a prefix, not a place
    for k in range(len(lw) - 1, -1, -1):
        first = " ".join(lw[k:])
        if not sure_place(gaz, first):
            continue
        for n in range(len(rw), 0, -1):
            second = " ".join(rw[:n])
            if sure_place(gaz, second) and not gaz.lookup(f"{first}-{second}"):
                start = len(left) - len(first)
                return start, len(left) + 1 + len(second)
        return None
    return None


def split_place_pairs(article: Article, gaz: Gazetteer) -> None:
    """Split each LOC mention ``A-B`` whose halves are both known places (and the whole none) into
    a mention of ``A`` and one of ``B``, each in the LOC entity of its name."""
    add_uncovered_pairs(article, gaz)
    if not any(e.label == "LOC" and "-" in m.text for e in article.entities for m in e.mentions):
        return  # no hyphenated place to split: skip the name keys of every entity
    given = lexicon().given
    site = words().site_words | set(words().admin_prefixes)
    by_key = {name_key(e.canonical): e for e in article.entities}
    emptied: set[int] = set()  # the entities a split took mentions from (dropped if left with none)
    for e in list(article.entities):
        if e.label != "LOC":
            continue
        for m in list(e.mentions):
            x = _PAIR.match(m.text)
            if x is None or gaz.lookup(m.text):
                continue
            left, right = x.group(1), x.group(2)
            if left.split()[0].lower() in site or left.split()[0] in given or right.split()[0] in given:
                continue
            if left.split()[-1].lower() in word_set("warta.places", "hyphen_prefixes.txt", lower=True):
                continue
            if not (_known(gaz, left) and _known(gaz, right)):
                continue
            halves = [
                Mention(m.start, m.start + len(left), left),
                Mention(m.end - len(right), m.end, right),
            ]
            if any((t := by_key.get(name_key(h.text))) is not None and t.label != "LOC" for h in halves):
                continue  # a person or a body by that name in this story
            e.mentions.remove(m)
            emptied.add(id(e))
            for h in halves:
                target = by_key.get(name_key(h.text))
                if target is None:
                    target = Entity(h.text, "LOC", [])
                    article.entities.append(target)
                    by_key[name_key(h.text)] = target
                target.mentions.append(h)
                target.mentions.sort(key=lambda k: k.start)
    article.entities = [e for e in article.entities if e.mentions or id(e) not in emptied]


def _folds_to(text: str, key: str) -> bool:
    """``name_key(text) == key``, told at once for the plain ASCII names that open with another
    letter or digit (an ASCII letter or digit opening a name opens its key, lower-cased): most
    mentions of an article, each of which would otherwise be folded, uncached, for one test."""
    if text[:1].isalnum() and text.isascii() and text[0].lower() != key[:1]:
        return False
    return name_key(text) == key


def claim_dateline_place(article: Article, gaz: Gazetteer) -> None:
    """Move the mentions of the dateline's place held by a person or a body to a LOC entity."""
    dl = article.dateline
    if dl is None or not dl.place:
        return
    key = name_key(dl.place)
    if not sure_place(gaz, dl.place):
        return
    held = [(e, m) for e in article.entities if e.label != "LOC" for m in e.mentions if _folds_to(m.text, key)]
    if not held or any(name_key(e.canonical) == key for e, _m in held):
        return  # none, or a person or body named just so (its canonical name is the place's)
    target = next((e for e in article.entities if e.label == "LOC" and name_key(e.canonical) == key), None)
    if target is None:
        target = Entity(held[0][1].text, "LOC", [])
        article.entities.append(target)
    for e, m in held:
        e.mentions.remove(m)
        target.mentions.append(m)
    target.mentions.sort(key=lambda k: k.start)
    emptied = {id(e) for e, _m in held if not e.mentions}
    article.entities = [e for e in article.entities if id(e) not in emptied]
