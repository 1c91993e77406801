"""Geocoding one name: gazetteer candidates, scored by kind, population and context, and chosen."""

from __future__ import annotations

import math
from collections import Counter

from warta.places.article_state import ArticleState
from warta.places.gazetteer import Place
from warta.places.name_shapes import strip_prefix
from warta.places.reading import Reading
from warta.places.scores import (
    CONTEXT_COUNTRY,
    CONTEXT_PROVINCE,
    HINT_MATCH,
    HOME,
    HOME_PRIOR,
    MIN_MARGIN,
    WEAK_CONFIDENCE,
    is_small_town,
    kind_score,
    overshadowed,
)


class Choosing(ArticleState):
    """Geocoding a name: its gazetteer candidates, each scored by kind, population and the
    article's context, and the best one chosen when it leads the other countries' by a margin."""

    def candidates(self, keys: list[str]) -> tuple[list[tuple[Place, float]], str | None, bool]:
        """Gazetteer candidates of the first name that has any (canonical first, so that an
        acronym mention such as 'CAD' for 'Kanada' cannot pull in another place): as written,
        else without its administrative prefix."""
        hint, indonesian = None, False
        for key in keys:
            _, h, ind = strip_prefix(key)
            hint, indonesian = hint or h, indonesian or ind
        for key in keys:
            found = self.gaz.lookup_key(key)
            if key in self.acronyms:  # 'BEI' for 'Bursa Efek Indonesia' is no village
                found = [(p, c) for p, c in found if p.feature != "city"]
            elif key in self.caps_names:
                found = [(p, c) for p, c in found if p.feature != "city" or p.country == HOME]
            if not found:
                stripped, _h, _ind = strip_prefix(key)
                if stripped != key:
                    found = self.gaz.lookup_key(stripped)
            if indonesian:
                found = [(p, c) for p, c in found if p.country == HOME]
            if found:
                return found, hint, indonesian
        return [], hint, indonesian

    def score(
        self, p: Place, conf: float, hint: str | None, indonesian: bool, exclude: Counter | None, context_ok: bool
    ) -> float:
        """Kind + population + context; ``exclude`` holds the entity's own share of the context
        (keys ``country`` codes and ``province`` codes) so that a name does not vote for itself."""
        s = kind_score(p)
        if p.feature == "city":  # 1,000 people → +0, 10 million → +2
            s += min(max(math.log10(p.population + 1) - 3.0, 0.0), 4.0) / 2.0
        s *= conf
        if not context_ok:
            # villages share names with countries ('Jepang', 'Sudan'), towns with world cities
            # ('Paris', Texas): context may choose among peers, not the lesser over the greater
            return s + (HOME_PRIOR if p.country == HOME else 0.0)
        countries = self.context_countries - (exclude or Counter())
        if p.country and (countries[p.country] > 0 or p.country == self.dateline_country):
            s += CONTEXT_COUNTRY
        provinces = self.context_provinces - (exclude or Counter())
        if p.province and provinces[p.province] > 0:
            s += CONTEXT_PROVINCE
        if p.country == HOME:
            s += HOME_PRIOR + (1.5 if indonesian else 0.0)
        if hint and (p.feature == hint or (hint == "city" and p.feature == "admin2")):
            s += HINT_MATCH
        return s

    def choose(
        self, found: list[tuple[Place, float]], hint: str | None, indonesian: bool, exclude: Counter | None = None
    ) -> Reading | None:
        if indonesian:  # 'Kabupaten X', 'Desa Y' name Indonesian units only
            found = [(p, c) for p, c in found if p.country == HOME]
        if not found:
            return None
        scored = sorted(
            ((p, self.score(p, c, hint, indonesian, exclude, not overshadowed(p, found)), c) for p, c in found),
            key=lambda t: t[1],
            reverse=True,
        )
        best, s, conf = scored[0]
        other = max((t[1] for t in scored[1:] if t[0].country != best.country), default=None)
        margin = s - other if other is not None else 3.0
        if margin < MIN_MARGIN:
            return Reading(confidence=0.0, how="ambiguous", candidates=scored)
        confidence = conf * min(1.0, 0.55 + margin / 3.0)
        if is_small_town(best):
            confidence *= 0.7  # a village that shares its name with a word or a dozen villages
        rival = max(
            (t[1] for t in scored[1:] if t[0].country == best.country and t[0].province != best.province),
            default=None,
        )
        weak = self.gaz.is_weak(best)
        if weak:
            confidence *= WEAK_CONFIDENCE
        if rival is not None and s - rival < MIN_MARGIN:
            # the country is clear, the place is not ('Grogol' with no other place around)
            return Reading(
                country=best.country or None,
                feature=best.feature,
                confidence=confidence * 0.8,
                how="country-only",
                weak=weak,
            )
        return Reading(
            place=best,
            country=best.country or None,
            province=best.province or None,
            lat=best.lat,
            lon=best.lon,
            feature=best.feature,
            confidence=confidence,
            how="name-list" if weak else "gazetteer",
            candidates=scored,
            weak=weak,
        )

    def resolve_name(self, keys: list[str], exclude: Counter | None = None) -> Reading | None:
        found, hint, indonesian = self.candidates(keys)
        return self.choose(found, hint, indonesian, exclude)
