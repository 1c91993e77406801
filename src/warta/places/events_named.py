"""Events the entities layer read as places. A name no list knows that opens with an event's head
(`Piala Sudirman`, `Pekan Raya Jakarta`, `Hari Sumpah Pemuda`) or closes with an event's tail
(`Golden Globe Awards`, `WTA Finals`, `British Week`) names a tournament, a fair or a day, which
GUIDELINES counts as no entity; the LOC is dropped. A name the gazetteer knows, written apart or
not (`Pekan Baru`), stays a place."""

from __future__ import annotations

from functools import lru_cache

from warta.document import Article
from warta.entities.words import event_heads
from warta.places.gazetteer import Gazetteer
from warta.resources import word_set


@lru_cache(maxsize=1)
def _ends() -> tuple[frozenset[str], frozenset[str]]:
    """Event heads (the entities layer's and data/event_name_heads.txt) and tails, lower-cased."""
    heads = event_heads() | word_set("warta.places", "event_name_heads.txt", lower=True)
    return heads, word_set("warta.places", "event_name_tails.txt", lower=True)


def drop_event_names(article: Article, gaz: Gazetteer) -> None:
    """Drop each LOC entity whose every form names an event and that no list knows as a place."""
    heads, tails = _ends()

    def event(name: str) -> bool:
        words = name.lower().split()
        named = len(words) > 1 and (words[0] in heads or words[-1] in tails)
        return named and not gaz.lookup(name) and not gaz.lookup(name.replace(" ", ""))

    article.entities = [
        e
        for e in article.entities
        if e.label != "LOC" or not all(event(n) for n in {e.canonical, *(m.text for m in e.mentions)})
    ]
