"""`Sharapova tampil di Prancis Terbuka`, `juara Malaysia Open 2017`: a country or a city named
right before a tournament's word (data/tournament_words.txt) names the tournament, an event, not
a place of the story (GUIDELINES: events are not entities). Those mentions are taken out of their
LOC entity, and an entity left with none is dropped; the place named elsewhere keeps its other
mentions."""

from __future__ import annotations

import re
from functools import lru_cache

from warta.document import Article
from warta.resources import word_set


@lru_cache(maxsize=1)
def _after() -> re.Pattern[str]:
    words = sorted(word_set("warta.places", "tournament_words.txt"), key=len, reverse=True)
    return re.compile(r" (?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")


def drop_tournament_places(article: Article) -> None:
    """Take out the LOC mentions that open a tournament's name."""
    after = _after()
    emptied: set[int] = set()
    for e in article.entities:
        if e.label != "LOC":
            continue
        kept = [m for m in e.mentions if not after.match(article.norm, m.end)]
        if len(kept) < len(e.mentions):
            e.mentions = kept
            if not kept:
                emptied.add(id(e))
    if emptied:
        article.entities = [e for e in article.entities if id(e) not in emptied]
