"""The state the place resolver keeps for one article (shared by its parts)."""

from __future__ import annotations

from collections import Counter

from warta.document import Article
from warta.places.gazetteer import Gazetteer
from warta.places.names import name_key


class ArticleState:
    """What the resolver knows of one article while it reads its places: the context the clear
    readings set (countries, provinces, the dateline's country) and the names that are no town."""

    def __init__(self, article: Article, gaz: Gazetteer) -> None:
        self.article = article
        self.gaz = gaz
        self.context_countries: Counter[str] = Counter()
        self.context_provinces: Counter[str] = Counter()
        self.small_abroad: Counter[str] = Counter()  # the part of context_countries that small towns give
        self.dateline_country: str | None = None
        self._body_countries: set[str] | None = None  # the countries closing ORG names, when asked
        self._bodies_abroad: Counter[str] | None = None  # bodies per country abroad their names open or close with
        # an acronym mention ('BEI' for 'Bursa Efek Indonesia') names no town; an all-capitals
        # short name ('OSS') no town abroad
        self.acronyms: set[str] = {
            name_key(m.text)
            for e in article.entities
            for m in e.mentions
            if m.text.isupper() and len(m.text) <= 5 and name_key(m.text) != name_key(e.canonical)
        }
        # … but the dateline's place is written in capitals as a matter of style (`BRNO -`, `PUNE -`)
        dl = name_key(article.dateline.place) if article.dateline and article.dateline.place else None
        self.caps_names: set[str] = {
            name_key(e.canonical)
            for e in article.entities
            if e.canonical.isupper() and len(e.canonical) <= 5 and name_key(e.canonical) != dl
        }
