"""Resolve the place entities of one article against the gazetteer.

How a LOC entity is read, in order:
1. its names (canonical and mentions), as written and without an administrative prefix
   (``Kabupaten``, ``Provinsi``, ``Kota``…), are looked up; every candidate is scored by kind
   (country > province > city by population), by the article's context (the dateline's country,
   the countries and provinces of the other places) and by a mild prior for Indonesia;
2. a name that is not in the gazetteer but sits in an address chain (``Hotel X, Jakarta Selatan``,
   ``Kosmodrom X di wilayah Y``) takes the country and province of the place it lies in;
3. a name that contains a known place (``Timur Jauh Rusia``, ``Bandung Barat``) takes its country;
4. a name with an Indonesian administrative word (``Kabupaten X``, ``Desa Y``) is in Indonesia;
5. a named site (``Kompleks Istana Kepresidenan``) takes the article's country when that is clear
   (the dateline's, or a clear majority of the places), or Indonesia when the story names no
   place abroad and the site's name is Indonesian (``Gunung X``).
Where several places of one country share a name and nothing tells them apart, only the country
is given. Anything else stays unresolved: ``country`` None rather than a guess.

:class:`ArticlePlaces` (this module: the passes over the article, the fallbacks' order and the
settling of ties, addresses and strays) builds on its parts, each a class the next extends:
``article_state.ArticleState`` (the context) → ``choosing.Choosing`` (geocoding one name) →
``story_country.StoryCountry`` (the country the story is about) → ``contained.Contained`` (a
place inside a name or after it in an address).
"""

from __future__ import annotations

from collections import Counter

from warta.document import Article, Entity
from warta.places.contained import Contained
from warta.places.gazetteer import Gazetteer
from warta.places.hand_sites import hand_site
from warta.places.looks import indonesian_odds
from warta.places.name_shapes import (
    LIST_JOIN,
    LIST_JOIN_BEFORE,
    SUFFIX_HYPHEN,
    home_only_site,
    indonesian_site,
    is_site_name,
    listed_country,
    look_key,
    name_as_written,
    name_forms,
    reads_foreign,
    reads_foreign_name,
    strip_prefix,
)
from warta.places.names import name_key
from warta.places.place_words import words
from warta.places.reading import VOUCHING, Reading, gazetteer_reading
from warta.places.scores import FOREIGN_LOOKING, HOME, INDONESIAN_LOOKING, PROMINENT_CITY, WORLD_CITY


class ArticlePlaces(Contained):
    """Resolves every LOC entity of one article; context is shared across them."""

    def run(self) -> dict[int, Reading]:
        ents = [(i, e) for i, e in enumerate(self.article.entities) if e.label == "LOC"]
        keys = {i: name_forms(e) for i, e in ents}
        self.set_dateline()
        weight = {i: max(1, len(e.mentions)) for i, e in ents}

        # pass 1: names without context; the clear ones (one country among the candidates) set it
        first: dict[int, Reading] = {}  # the clear readings, that set the context
        hand: dict[int, Reading] = {}  # sites of the hand list: settled before any lookup
        for i, _e in ents:
            site = hand_site(keys[i])
            if site is not None:
                _name, cc, lat, lon = site
                hand[i] = first[i] = Reading(
                    country=cc, lat=lat, lon=lon, feature="site", confidence=0.95, how="hand-site"
                )
                self.add_context(hand[i], weight[i])
                continue
            cc = listed_country(_e, keys[i], self.gaz)
            if cc is not None:
                hand[i] = first[i] = Reading(country=cc, feature="country", confidence=0.9, how="listed-country")
                self.add_context(hand[i], weight[i])
                continue
            r = self.resolve_name(keys[i])
            if (
                r
                and r.country
                and not r.weak
                and (len({p.country for p, _s, _c in r.candidates}) == 1 or r.confidence >= 0.9)
            ):
                first[i] = r
                self.add_context(r, weight[i])
                p = r.place
                if p is not None and r.country != HOME and p.feature == "city" and p.population < PROMINENT_CITY:
                    self.small_abroad[r.country] += weight[i]

        # pass 2: every name again, with the other places as context (an entity is not its own;
        # a name that set none, `Donetsk` between `Rusia` and `Ukraina`, takes all of it)
        readings: dict[int, Reading] = {}
        weak: dict[int, Reading] = {}
        for i, _e in ents:
            if i in hand:
                readings[i] = hand[i]
                continue
            own: Counter[str] = Counter()
            if i in first and first[i].country:
                own[first[i].country] = weight[i]
                if first[i].province:
                    own[first[i].province] = weight[i]
            r = self.resolve_name(keys[i], exclude=own)
            if r is not None and self.local_lookalike(r, keys[i], own):
                r = Reading(country=HOME, confidence=0.35, how="name-look")
            if r is not None and r.weak:
                weak[i] = r  # an address, a place inside the name or the article may say better
            elif r is not None:
                readings[i] = r

        # fallbacks for names the gazetteer does not know, nearest evidence first
        index = {m.start: i for i, e in ents for m in e.mentions}
        rounds = 3
        for n in range(rounds):  # an address chain may lead to a site resolved in an earlier round
            for i, e in ents:
                if i in readings and (readings[i].country or readings[i].how == "gazetteer"):
                    continue
                if readings.get(i) and readings[i].how == "ambiguous":
                    continue
                r = self.fallback(e, keys[i], readings, index, final=n == rounds - 1, weak=weak.get(i))
                if r is not None:
                    readings[i] = r
                    if r.how in VOUCHING:
                        self.add_context(r, weight[i])
        self.settle_strays(ents, readings, weight)
        self.settle_addresses(ents, readings, index)
        self.settle_ties(ents, readings)
        return readings

    @staticmethod
    def settle_ties(ents: list[tuple[int, Entity]], readings: dict[int, Reading]) -> None:
        """A name the gazetteer gives to places of several countries with nothing in the story to
        choose (`Maryland`: a US state and a Liberian county) takes the country the entities
        layer's own list gave it, when that is one of them: that list holds the places the news
        names, so it is the better prior than a tie."""
        for i, e in ents:
            r = readings.get(i)
            if r is None or r.how != "ambiguous" or not e.country:
                continue
            local = [(p, sc) for p, sc, _c in r.candidates if p.country == e.country]
            if local:
                p = max(local, key=lambda t: t[1])[0]
                readings[i] = gazetteer_reading(p, 0.5, r.candidates)

    def settle_addresses(
        self, ents: list[tuple[int, Entity]], readings: dict[int, Reading], index: dict[int, int]
    ) -> None:
        """A town read abroad but placed by the text in another country or state (`Paris, Texas`,
        `Penrith, sebelah barat Sydney`) lies there: its reading in that country if the name has
        one, else that country. Only a country or a first-level unit places a town by a comma
        (`Tokyo, Seoul` is a list); a town does after a word of place (`sebelah barat`, `dekat`)."""
        norm = self.article.norm
        for i, e in ents:
            r = readings.get(i)
            if r is None or r.how != "gazetteer" or r.feature != "city" or r.place is None:
                continue
            if r.place.population >= WORLD_CITY:
                continue  # a world city keeps its name ('London, Ontario' is rarer than London)
            for m in e.mentions:
                c = words().connector_re.match(norm, m.end)
                j = index.get(c.end()) if c else None
                y = readings.get(j) if j is not None else None
                if y is None or not y.country or y.country == r.country or y.how != "gazetteer":
                    continue
                by_comma = not c.group(0).strip(" ,")
                if by_comma and y.feature not in ("country", "admin1"):
                    continue
                if y.feature == "country" and self._in_country_list(
                    m.start, c.end(), self.article.entities[j], readings, index
                ):
                    continue
                local = [(p, sc) for p, sc, _c in r.candidates if p.country == y.country]
                if local:
                    p = max(local, key=lambda t: t[1])[0]
                    readings[i] = gazetteer_reading(p, 0.6, r.candidates)
                else:
                    readings[i] = self._inside(y, y.place.name if y.place else None)
                break

    def settle_strays(
        self, ents: list[tuple[int, Entity]], readings: dict[int, Reading], weight: dict[int, int]
    ) -> None:
        """A town read abroad but listed among places of the story's one country, a country the
        story never names otherwise, lies in the story's country: `Kalisari, Mranggen, Guntur,
        Karangawen` names a district of Demak, not the Indian city. A name standing alone
        (`Festival Film Venice`) keeps its reading."""
        by_start = {m.start: i for i, e in ents for m in e.mentions}
        by_end = {m.end: i for i, e in ents for m in e.mentions}
        for i, e in ents:
            r = readings.get(i)
            if r is None or r.how != "gazetteer" or r.place is None or r.feature != "city" or not r.country:
                continue
            own: Counter[str] = Counter({r.country: weight[i]})
            if r.province:
                own[r.province] = weight[i]
            cc = self.dominant_country(exclude=own)
            # small towns abroad do not vouch for each other (`Napu, Bada` and `Siuri` in Poso)
            if not cc or cc == r.country or (self.context_countries - self.small_abroad - own)[r.country] > 0:
                continue
            if not any(self._listed_with(m.start, m.end, cc, by_start, by_end, readings) for m in e.mentions):
                continue
            local = [(p, s) for p, s, _c in r.candidates if p.country == cc]
            if local:  # the name has a reading in the story's country: take it
                p = max(local, key=lambda t: t[1])[0]
                readings[i] = gazetteer_reading(p, 0.5, r.candidates)
            elif r.place.population < WORLD_CITY:
                readings[i] = Reading(country=cc, confidence=0.4, how="article-country")

    def _listed_with(
        self,
        start: int,
        end: int,
        cc: str,
        by_start: dict[int, int],
        by_end: dict[int, int],
        readings: dict[int, Reading],
    ) -> bool:
        """True when the mention at ``start:end`` stands in a list (`, ` or ` dan `) right beside
        a place of country ``cc`` that is no country itself, or is placed by one (`, dekat X`)."""
        norm = self.article.norm
        after = LIST_JOIN.match(norm, end)
        if after and after.end() in by_start and self._local(readings.get(by_start[after.end()]), cc):
            return True
        # `Penrith, sebelah barat Sydney`: a town placed beside a place of ``cc`` lies there too
        near = words().connector_re.match(norm, end)
        if near and near.end() in by_start and self._local(readings.get(by_start[near.end()]), cc):
            return True
        before = LIST_JOIN_BEFORE.search(norm, max(0, start - 8), start)
        return bool(before and before.start() in by_end and self._local(readings.get(by_end[before.start()]), cc))

    @staticmethod
    def _local(r: Reading | None, cc: str) -> bool:
        return r is not None and r.country == cc and r.feature not in ("country", "continent", "region")

    def fallback(
        self,
        e: Entity,
        keys: list[str],
        readings: dict[int, Reading],
        index: dict[int, int],
        final: bool = True,
        weak: Reading | None = None,
    ) -> Reading | None:
        # 'Kabupaten X', 'Desa Y': whatever else is found must be Indonesian too
        indonesian = any(strip_prefix(k)[2] for k in keys)

        def ok(r: Reading | None) -> bool:
            return bool(r and r.country and (r.country == HOME or not indonesian))

        # a comma inside the name: 'Hotel X, Jakarta Selatan'
        for k in keys:
            text = name_as_written(e, k)
            if "," in text:
                r = self.resolve_name([name_key(text.split(",", 1)[1])])
                if r and ok(r):
                    return self._inside(r, r.place.name if r.place else None)
        r = self.chained(e, readings, index)
        if ok(r):
            return r
        for k in keys:
            stripped, hint, _ind = strip_prefix(name_key(SUFFIX_HYPHEN.sub("", name_as_written(e, k))))
            r = self.embedded(stripped)
            if ok(r):
                return r
        for k in keys:
            r = self.region_inside(strip_prefix(k)[0])
            if r is not None:
                return r  # 'Afrika Barat', 'Pasifik Selatan': part of a region, no country
        if weak is not None and final and ok(weak) and (indonesian or self.agrees(weak)):
            return weak  # a village or kecamatan of a name list, in a story about its country
        if indonesian:
            hint = next(h for k in keys for _s, h, i in [strip_prefix(k)] if i)
            return Reading(country=HOME, feature=hint, confidence=0.7, how="admin-word")
        is_site = any(is_site_name(k) for k in keys)
        if is_site and final:  # last resort: only once no address chain can still resolve it
            cc = self.dominant_country()
            near = self.nearby_abroad(e, readings, index) if cc == HOME else None
            if near:
                return Reading(country=near, feature="site", confidence=0.5, how="nearby-abroad")
            far = self._story_abroad(cc, keys[0], readings, index)
            if far:
                return Reading(country=far, feature="site", confidence=0.4, how="towns-abroad")
            if not home_only_site(keys[0]):
                far = self._desk_abroad_of(e, indonesian_odds(look_key(keys[0])), cc, readings, index, site=True)
                if far:
                    return Reading(country=far, feature="site", confidence=0.4, how="desk-abroad")
            if cc:
                return Reading(country=cc, feature="site", confidence=0.6, how="article-country")
            cc = self.body_country()
            if cc:
                return Reading(country=cc, feature="site", confidence=0.4, how="body-country")
            if (
                not self.dateline_country
                and any(indonesian_site(k) for k in keys)
                and (self._home_leads() or self._abroad_in_passing(readings, index))
                and (home_only_site(keys[0]) or not reads_foreign(keys[0]))
            ):
                # an Indonesian-named site ('Gunung Lawu', 'Pelabuhan Tanjung Perak') in a story whose
                # places are mostly Indonesian, or that names no place abroad, no town or site
                # but one country (`Istana Negara` in a story of the president's talk about Brasil)
                return Reading(country=HOME, feature="site", confidence=0.5, how="home-default")
            cc = self.bodies_abroad()
            if cc and reads_foreign_name(keys[0]):
                return Reading(country=cc, feature="site", confidence=0.35, how="bodies-abroad")
        if final and keys and not any(not self.gaz.is_weak(p) for k in keys for p, _c in self.gaz.lookup_key(k)):
            # a name no list knows ('Onggorawe', a village on a flooded road) in a story whose
            # places are clearly in one country lies there; low confidence, no coordinates
            cc = self.dominant_country()
            odds = indonesian_odds(look_key(keys[0]))
            far = self._desk_abroad_of(e, odds, cc, readings, index)
            if far:
                return Reading(country=far, confidence=0.35, how="desk-abroad")
            if cc == HOME and odds < FOREIGN_LOOKING:
                return None  # 'Misano', 'Penrith' in a story at home: a town abroad, not a village
            if cc:
                return Reading(country=cc, confidence=0.4, how="article-country")
            cc = self.body_country()
            if cc and (cc != HOME or odds >= FOREIGN_LOOKING):
                return Reading(country=cc, confidence=0.3, how="body-country")
            cc = self.bodies_abroad()
            if cc and odds < FOREIGN_LOOKING:
                return Reading(country=cc, confidence=0.3, how="bodies-abroad")
            if odds >= INDONESIAN_LOOKING and self.dateline_country in (None, HOME) and self._home_leads():
                # no clear country, but Indonesia leads and the name reads Indonesian ('Kaligawe')
                return Reading(country=HOME, confidence=0.35, how="name-look")
        return None


def resolve_article(article: Article, gaz: Gazetteer) -> dict[int, Reading]:
    """Readings for the article's LOC entities, by index into ``article.entities``."""
    return ArticlePlaces(article, gaz).run()
