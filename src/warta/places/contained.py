"""Fallbacks for a name the gazetteer does not know: a known place inside it, or after it in an address."""

from __future__ import annotations

import re

from warta.document import Entity
from warta.places.gazetteer import Place
from warta.places.name_shapes import LIST_JOIN, is_site_name, site_tail, strip_prefix
from warta.places.names import name_key
from warta.places.place_words import words
from warta.places.reading import Reading
from warta.places.scores import HOME, LEAD_CITY, WORLD_CITY, is_small_town
from warta.places.story_country import StoryCountry


class Contained(StoryCountry):
    """A place inside a longer name (``Timur Jauh Rusia``) or after it in an address chain
    (``Hotel X, Jakarta Selatan``): the name lies where that place is."""

    def strong(self, key: str, min_city: int = WORLD_CITY) -> Reading | None:
        """A place inside a longer name or an address: a country, a province, an Indonesian
        place, or a sizeable place in a country the article is about. Foreign towns are not
        taken on their own ('Hatta' in 'Bandara Soekarno-Hatta' is no Indian town)."""
        if key in words().not_places_inside:
            return None
        found = [(p, c) for p, c in self.gaz.lookup_key(key) if self.plausible_inside(p, c, min_city)]
        if found and all(is_small_town(p) for p, _c in found) and len(key) < 5:
            return None  # a short village name inside a longer name is more likely a word
        r = self.choose(found, None, False)
        if r is not None and r.weak and not self.agrees(r):
            return None  # a village of a name list, in a story about elsewhere
        return r

    def plausible_inside(self, p: Place, conf: float = 1.0, min_city: int = WORLD_CITY) -> bool:
        if p.feature in ("country", "continent"):
            return True
        if p.country == HOME or not p.country:
            return True
        if p.feature == "city" and p.population >= min_city and conf >= 1.0:
            return True  # 'Stadion Olimpiade London' (by its own name, not an alternate: 'Parigi')
        in_context = self.context_countries[p.country] > 0 or p.country == self.dateline_country
        return in_context and not is_small_town(p)

    def embedded(self, key: str) -> Reading | None:
        """The longest known place inside a longer name ('timur jauh rusia' → Rusia)."""
        toks = key.split()
        n = len(toks)
        for size in range(n - 1, 0, -1):
            for i in range(n - size + 1):
                sub = " ".join(toks[i : i + size])
                if sub in words().region_modifiers or sub in words().site_words:
                    continue
                if len(sub) < 3 and not any(p.feature == "country" for p, _c in self.gaz.lookup_key(sub)):
                    continue  # two letters: only a country abbreviation ('Gedung DPR RI')
                after = toks[i + size :]
                if not all(t in words().region_modifiers for t in after) and not site_tail(after):
                    continue  # 'Kuantan Singingi', 'Marbella Club': a name, not a place in one
                # `Las Vegas Strip`: a city opening a name that only site words close is where the
                # site is, so a smaller city of its own name is taken too
                lead = i == 0 and bool(after) and site_tail(after)
                r = self.strong(sub, LEAD_CITY if lead else WORLD_CITY)
                if r and r.country:
                    rest = toks[:i] + after
                    near = all(t in words().region_modifiers for t in rest)
                    is_site = any(t in words().site_words for t in rest)
                    out = Reading(
                        place=r.place,
                        country=r.country,
                        province=r.province,
                        feature="site" if is_site else "area",
                        confidence=r.confidence * (0.8 if near else 0.65),
                        how="contains",
                        within=r.place.name if r.place else None,
                    )
                    if r.feature not in ("country", "continent", "region", "island", "admin1"):
                        out.lat, out.lon = r.lat, r.lon  # a place inside a town is near the town
                    if r.place and is_small_town(r.place) and not self.context_provinces[r.province or ""]:
                        # 'Jembatan Ampera' is not in the village of Ampera: keep the country only
                        out.province = out.lat = out.lon = out.within = None
                    return out
        return None

    def region_inside(self, key: str) -> Reading | None:
        """A continent or a region that spans countries with only direction words around it
        ('afrika barat', 'pasifik selatan'): that region's part, which has no country either."""
        toks = key.split()
        for i, t in enumerate(toks):
            rest = toks[:i] + toks[i + 1 :]
            if not rest or not all(x in words().region_modifiers for x in rest):
                continue
            for p, _c in self.gaz.lookup_key(t):
                if p.feature in ("continent", "region") and not p.country:
                    return Reading(place=p, feature="region", lat=p.lat, lon=p.lon, confidence=0.7, how="contains")
        return None

    def chained(self, entity: Entity, readings: dict[int, Reading], index: dict[int, int]) -> Reading | None:
        """'X, Jakarta Selatan' / 'X di wilayah Y': X lies in the next place of the address."""
        norm = self.article.norm
        for m in entity.mentions:
            tail = norm[m.end : m.end + 80]
            c = words().connector_re.match(tail)
            if c:
                pos = m.end + c.end()
            elif tail.startswith(" ") and (m.end + 1) in index:
                pos = m.end + 1  # `Istana Kepresidenan Jakarta Pusat`: a place written right after the site
            else:
                continue
            j = index.get(pos)
            if j is not None:
                other = self.article.entities[j]
                if name_key(other.canonical).split()[:1] == name_key(entity.canonical).split()[:1]:
                    continue  # 'Pasar A, Pasar B': a list of siblings, not an address
                r = readings.get(j)
                own = name_key(entity.canonical)
                if (
                    r is not None
                    and r.feature == "country"
                    and not is_site_name(own)
                    and not strip_prefix(own)[1]
                    and self._in_country_list(m.start, pos, other, readings, index)
                ):
                    continue  # 'Zorblania, Venezuela, dan Kuba': a list of countries, not an address
                if r is not None and r.feature in ("site", "area") and not is_site_name(own):
                    continue  # 'Kaukasus, Laut Merah': a list; a town or region lies in no site
                if r is not None and r.country and r.how != "article-country":
                    return self._inside(r, r.place.name if r.place else r.within)
                continue  # the next place is an entity not (yet) resolved: a later round may
            # the next place may not be an entity: try up to four capitalised words
            words_after = re.match(r"((?:[A-Z][\w.'-]*\s?){1,4})", norm[pos : pos + 60])
            if words_after:
                toks = name_key(words_after.group(1)).split()
                if not toks or toks[0] in words().site_words:
                    continue  # another site, not the place this one lies in
                for k in range(len(toks), 0, -1):
                    stripped, _h, _ind = strip_prefix(" ".join(toks[:k]))
                    r = self.strong(stripped)
                    if r and r.country and r.feature != "continent":
                        return self._inside(r, r.place.name if r.place else None)
        return None

    def _in_country_list(
        self, start: int, pos: int, country: Entity, readings: dict[int, Reading], index: dict[int, int]
    ) -> bool:
        """True when the country at ``pos`` (after the name at ``start``) is one item of a list of
        countries: another country follows it (`, dan Kuba`) or precedes the name. `Misano, Italia.`
        and `Nagoya, Jepang, tewas` are addresses."""
        norm = self.article.norm
        end = next((m.end for m in country.mentions if m.start == pos), None)
        after = LIST_JOIN.match(norm, end) if end is not None else None
        if after and self._country_at(index.get(after.end()), readings):
            return True
        for e_idx, e in enumerate(self.article.entities):
            for m in e.mentions:
                if (
                    start - 8 <= m.end < start
                    and LIST_JOIN.fullmatch(norm, m.end, start)
                    and self._country_at(e_idx, readings)
                ):
                    return True
        return False

    @staticmethod
    def _country_at(j: int | None, readings: dict[int, Reading]) -> bool:
        r = readings.get(j) if j is not None else None
        return r is not None and r.feature == "country"

    @staticmethod
    def _inside(r: Reading, within: str | None) -> Reading:
        out = Reading(
            place=r.place,
            country=r.country,
            province=r.province,
            feature="site",
            confidence=r.confidence * 0.85,
            how="address",
            within=within,
        )
        if r.feature not in ("country", "continent", "region", "island", "admin1"):
            out.lat, out.lon = r.lat, r.lon
        return out
