"""Places named after a word that says "where" (``warga Jenin``, ``jalur Nagreg``, ``melalui
Kualanamu``) that the entity layer left out: its lists know the towns a news story usually
names, not every town abroad or kecamatan at home, and those cue words are no preposition of
place. A name after such a word that no entity covers is added as a LOC entity when the
gazetteer knows it for sure (a town, a regency, a province or a country; not a name list's
village) and it is no given name. Offsets are the name's own; nothing else changes."""

from __future__ import annotations

import re
from functools import lru_cache

from warta.document import Article, Entity, Mention
from warta.entities.glued import glue_words
from warta.entities.patterns import lexicon, opening_alternation
from warta.places.gazetteer import Gazetteer
from warta.places.names import name_key
from warta.resources import word_set

_NAME = re.compile(r"[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*){0,2}")
_LIST_GAP = re.compile(r"(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)(?=[A-Z])")
SURE_FEATURES = frozenset(("city", "admin1", "admin2", "country", "district"))


@lru_cache(maxsize=1)
def _cue_pattern() -> re.Pattern[str]:
    cues = sorted(word_set("warta.places", "place_cues.txt", lower=True), key=len, reverse=True)
    # `Warga Gaza` opening a sentence too (in any case; written so that re skips to the cues' first
    # letters: ``opening_alternation``)
    return re.compile(opening_alternation(cues, ignore_case=True) + r"\s+(?=[A-Z])")


@lru_cache(maxsize=1)
def _head_pattern() -> re.Pattern[str]:
    """The site heads of data/site_cues.txt written in lower case (`jembatan layang Karang
    Sawah`): capitalised, the head is part of a name the entity layer reads itself."""
    cues = sorted(word_set("warta.places", "site_cues.txt", lower=True), key=len, reverse=True)
    # (`(?<![\w-])(?:cue|…)`, written so that re skips to the cues' first letters: same matches)
    return re.compile(opening_alternation(cues) + r"\s+(?=[A-Z][a-z])")


def sure_place(gaz: Gazetteer, name: str, home_only: bool = False) -> bool:
    """A town, regency, province or country the gazetteer knows by this very name, not only
    from a name list (with ``home_only``, one of Indonesia)."""
    return any(
        c >= 0.9 and not gaz.is_weak(p) and p.feature in SURE_FEATURES and (not home_only or p.country == "ID")
        for p, c in gaz.lookup(name)
    )


def add_cued_places(article: Article, gaz: Gazetteer) -> None:
    """Append (or extend) a LOC entity for each sure place named right after a cue word."""
    norm = article.norm
    cues = list(_cue_pattern().finditer(norm))
    if not cues:
        return
    spans = [(m.start, m.end) for e in article.entities for m in e.mentions]
    by_key = {name_key(e.canonical): e for e in article.entities}
    given = lexicon().given
    for cue in cues:
        at = cue.end()
        while at >= 0:  # the cued name, then the names listed after it (`warga Atambua dan Kefamenanu`)
            at = _add_at(article, gaz, at, spans, by_key, given)


def _add_at(
    article: Article, gaz: Gazetteer, at: int, spans: list[tuple[int, int]], by_key: dict[str, Entity], given
) -> int:
    """Add the sure place named at ``at`` (or one more mention of it); where the next name of a
    list after it starts, else -1."""
    norm = article.norm
    x = _NAME.match(norm, at)
    if x is None:
        return -1
    # the longest run of its words that is a sure place (`Tarogong Kidul`, then `Tarogong`)
    parts = x.group().split()
    for n in range(len(parts), 0, -1):
        name = " ".join(parts[:n])
        if sure_place(gaz, name):
            break
    else:
        return -1
    a, b = x.start(), x.start() + len(name)
    ent = by_key.get(name_key(name))
    covered = any(s < b and a < e for s, e in spans)
    if parts[0] in given or (ent is not None and ent.label != "LOC"):
        return -1  # a person's name, or a person or a body by that name in this story
    if n < len(parts) and parts[0].lower() in lexicon().common:
        return -1  # `melalui Mobil Topling`: a common word opening a longer name, not the town `Mobil`
    if not covered:
        _mention(article, by_key, name, a, b)
        spans.append((a, b))
    nxt = _LIST_GAP.match(norm, b)
    return nxt.end() if nxt else -1


@lru_cache(maxsize=1)
def _name_ends() -> tuple[frozenset[str], tuple[str, ...]]:
    """What ends a headed name: the words of data/site_name_stops.txt, and the glue words (four
    letters or more) a scrape joins to a name's last word (`desa Badawidengan`); built once."""
    stops = word_set("warta.places", "site_name_stops.txt", lower=True)
    return stops, tuple(w for w in glue_words() if len(w) >= 4)


def add_headed_places(article: Article, gaz: Gazetteer) -> None:
    """Append (or extend) a LOC entity for the name after a lower-case site head
    (data/site_cues.txt: `pedesaan Borgial`, `jembatan layang Karang Sawah`) that no entity
    covers: the head says it is a place, so no list need know the name. The name stops before a
    place the story names already (`kawasan Kumpe Ulu Muaro Jambi`) and before an address's
    number (`jalan Benesari No. 2`); a name opening with a given name or a common word, one
    glued to the next word (`desa Badawidengan`), and one a person or body holds are left out,
    and one the story names with its head (`Jalan Melati`) is that place already."""
    norm = article.norm
    heads = list(_head_pattern().finditer(norm))
    if not heads:
        return
    spans = sorted((m.start, m.end) for e in article.entities for m in e.mentions)
    by_key = {name_key(e.canonical): e for e in article.entities}
    lex = lexicon()
    stops, glue = _name_ends()
    for head in heads:
        x = _NAME.match(norm, head.end())
        if x is None:
            continue
        a, b = x.start(), x.start()
        for w in re.finditer(r"\S+", x.group()):
            s, e = a + w.start(), a + w.end()
            if w.group().lower().rstrip(".") in stops or any(p <= s < q for p, q in spans):
                break
            b = e
        name = norm[a:b]
        if not name or any(p < b and a < q for p, q in spans):
            continue
        low = name.split()[0].lower()
        if name.split()[0] in lex.given or low in lex.common or name.lower().endswith(glue):
            continue
        ent = by_key.get(name_key(name))
        if (ent is not None and ent.label != "LOC") or name_key(f"{head.group().strip()} {name}") in by_key:
            continue
        _mention(article, by_key, name, a, b)
        spans.append((a, b))


def _mention(article: Article, by_key: dict[str, Entity], name: str, a: int, b: int) -> None:
    """Add the place written at ``a:b`` to the LOC entity of that name, made if there is none."""
    key = name_key(name)
    ent = by_key.get(key)
    if ent is None:
        ent = by_key[key] = Entity(name, "LOC", [])
        article.entities.append(ent)
    ent.mentions.append(Mention(a, b, article.text[a:b]))
    ent.mentions.sort(key=lambda m: m.start)


# `di Jakarta Selatan-sebuah taman kota`: a dash written as a hyphen glues the next word to the
# place's last word, so the tagger sees no place there
_GLUED_WORD = re.compile(r"-[a-z]+")
_DASHED = re.compile(  # (`(?<![\w-])(?i:di|ke|dari|menuju)`, written so that re skips to their first letters)
    opening_alternation(("di", "ke", "dari", "menuju"), ignore_case=True)
    + r" ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)-(?=[a-z]{3,}\b)"
)


def add_dashed_places(article: Article, gaz: Gazetteer) -> None:
    """Append (or extend) a LOC entity for a sure place written after a locative and glued to
    the next word by a hyphen used as a dash; the name is the whole run before the hyphen. A LOC
    mention the tagger made of part of that run or of the glued word (`Jakarta`,
    `Bandung-kota`) gives way to it."""
    norm = article.norm
    given = lexicon().given
    for hit in _DASHED.finditer(norm):
        name = hit.group(1)
        a, b = hit.start(1), hit.end(1)
        glued = _GLUED_WORD.match(norm, b)
        z = glued.end() if glued else b
        if not sure_place(gaz, name) or name.split()[0] in given:
            continue
        inside = [(e, m) for e in article.entities for m in e.mentions if m.start < z and a < m.end]
        if any((m.start, m.end) == (a, b) for _e, m in inside):
            continue  # named right already
        if any(e.label != "LOC" or m.start < a or m.end > z for e, m in inside):
            continue  # a person or body there, or a longer name running over it
        for e, m in inside:
            e.mentions.remove(m)
        article.entities = [e for e in article.entities if e.mentions]
        key = name_key(name)
        ent = next((e for e in article.entities if name_key(e.canonical) == key), None)
        if ent is not None and ent.label != "LOC":
            continue
        if ent is None:
            ent = Entity(name, "LOC", [])
            article.entities.append(ent)
        ent.mentions.append(Mention(a, b, article.text[a:b]))
        ent.mentions.sort(key=lambda m: m.start)
