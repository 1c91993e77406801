"""Places the entities layer read as people. A country's name is seldom anyone's (`berbicara dengan
Puerto Rico`, `tawaran dari Puerto Rico`): a person whose fullest name is a country the gazetteer
knows for sure, with no role and never given an age (`kata Vatikan (27), pengendara asal Demak`),
is that country. A big town's name is a club's or a person's as
often as a place's (`Napoli`, `Batman`), so it is taken back only where every mention follows a
word that says where or whence (`kelahiran Stuttgart`, `di Brno`: data/origin_words.txt). A
country's name in full is no body's either, though the entities layer reads a name defined by an
acronym as one (`Republik Rakyat Tiongkok (RRT)`, `Persatuan Emirat Arab (PEA)`)."""

from __future__ import annotations

import re
from functools import lru_cache

from warta.document import Article, Entity
from warta.entities.gazetteer import is_country
from warta.places.gazetteer import Gazetteer
from warta.places.names import name_key
from warta.resources import word_set

BIG_TOWN = 100_000
_AGE_AFTER = re.compile(r"\s*\(\d{1,3}(?:\s*tahun)?\)")  # `Vatikan (27)`: a person's age


@lru_cache(maxsize=1)
def _before() -> re.Pattern[str]:
    words = sorted(word_set("warta.places", "origin_words.txt", lower=True), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?i:" + "|".join(map(re.escape, words)) + r")\s+$")


def _sure(gaz: Gazetteer, key: str, town: bool) -> bool:
    """A country (or, with ``town``, a town of BIG_TOWN people) known by this very name."""
    return any(
        c >= 1.0 and (p.feature == "country" or (town and p.feature == "city" and p.population >= BIG_TOWN))
        for p, c in gaz.lookup_key(key)
    )


def _country_named(article: Article, gaz: Gazetteer, e: Entity, key: str) -> bool:
    """A country's name, never given an age."""
    return _sure(gaz, key, town=False) and not any(_AGE_AFTER.match(article.norm, m.end) for m in e.mentions)


def _town_after_place_words(article: Article, gaz: Gazetteer, e: Entity, key: str) -> bool:
    """A big town's name, every mention after a word of place or origin."""
    return _sure(gaz, key, town=True) and all(
        _before().search(article.norm, max(0, m.start - 20), m.start) for m in e.mentions
    )


def claim_people_places(article: Article, gaz: Gazetteer) -> None:
    """Label LOC each person named as a country, or as a big town only after words of place."""
    for e in article.entities:
        if e.label != "PER" or e.role:
            continue
        key = name_key(e.canonical)
        if _country_named(article, gaz, e, key) or _town_after_place_words(article, gaz, e, key):
            e.label = "LOC"


def claim_country_bodies(article: Article) -> None:
    """Label LOC each organisation whose fullest name is a country's written in full: a name of
    two words or more (a one-word country named as a body is a team, `Monaco`, `Puerto Rico`)."""
    for e in article.entities:
        if e.label == "ORG" and " " in e.canonical and is_country(e.canonical):
            e.label = "LOC"
