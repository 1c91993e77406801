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
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from warta.document import Article, Entity
from warta.entities.gazetteer import country_of, is_country
from warta.places.gazetteer import Gazetteer, Place
from warta.places.hand_sites import hand_site
from warta.places.looks import indonesian_odds
from warta.places.names import name_key
from warta.resources import data

HOME = "ID"  # Warta reads Indonesian news: an unqualified place is more likely Indonesian
WORDS_PATH = data("warta.places", "data", "words.json")

# Scores by kind of place; cities add up to 2 for population (10 million → +2).
BASE = {
    "country": 3.0,
    "admin1": 2.6,
    "admin2": 2.4,
    "region": 2.3,
    "island": 2.3,
    "continent": 2.3,
    "district": 1.9,
    "site": 2.0,
    "city": 1.0,
}
FOREIGN_ADMIN1 = 2.0  # first-level units abroad (states, provinces): above towns, below countries
# … and one of a populous country's few units (a US state, a Canadian province: a million people
# or more on average) above a same-named town of another country (Virginia, South Africa)
LARGE_ADMIN1 = 1_000_000
LARGE_ADMIN1_BONUS = 0.6
CONTEXT_COUNTRY = 2.5  # the candidate lies in a country the article is about
SMALL_TOWN = 15_000  # a smaller GeoNames place gets no context bonus against a prominent reading
PROMINENT_CITY = 100_000
WORLD_CITY = 1_000_000
# a foreign city named first before a site's words only (`Las Vegas Strip`): a city this large
LEAD_CITY = 250_000
CONTEXT_PROVINCE = 1.0  # the candidate lies in a province named elsewhere in the article
HOME_PRIOR = 0.6
HINT_MATCH = 0.8  # 'Kabupaten X' prefers admin2, 'Provinsi X' admin1 …
MIN_MARGIN = 0.15  # best minus best-in-another-country below this: unresolved
# what the name looks like (warta.places.looks) for a name no list knows: below this a town
# abroad, at or above the other an Indonesian place (held-out names: 93% / 85% right at 0.5)
FOREIGN_LOOKING = 0.1
INDONESIAN_LOOKING = 0.97
LOCAL_LOOKING = 0.8  # a small town abroad named in a story at home that reads this Indonesian is local
WEAK_CONFIDENCE = 0.7  # a place known only by a name list (a village, a kecamatan): no population, no coordinates


@dataclass(frozen=True)
class Words:
    admin_prefixes: dict[str, tuple[str, bool]]
    site_words: frozenset[str]
    indonesian_site_words: frozenset[str]
    person_named_heads: frozenset[str]
    home_only_heads: frozenset[str]
    not_places_inside: frozenset[str]
    connectors: tuple[str, ...]
    region_modifiers: frozenset[str]
    prefix_re: re.Pattern[str]
    connector_re: re.Pattern[str]
    locative_re: re.Pattern[str]


@lru_cache(maxsize=1)
def words() -> Words:
    raw = json.loads(WORDS_PATH.read_text(encoding="utf-8"))
    prefixes = {k: (v[0], bool(v[1])) for k, v in raw["admin_prefixes"].items()}
    alt = "|".join(sorted((re.escape(k) for k in prefixes), key=len, reverse=True))
    conns = sorted(raw["connectors"], key=len, reverse=True)
    conn_alt = _alternation(conns)
    return Words(
        admin_prefixes=prefixes,
        site_words=frozenset(name_key(w) for w in raw["site_words"]),
        indonesian_site_words=frozenset(name_key(w) for w in raw["indonesian_site_words"]),
        person_named_heads=frozenset(name_key(w) for w in raw["person_named_heads"]),
        home_only_heads=frozenset(name_key(w) for w in raw["home_only_heads"]),
        not_places_inside=frozenset(name_key(w) for w in raw["not_places_inside"]) | frozenset(prefixes),
        connectors=tuple(conns),
        region_modifiers=frozenset(raw["region_modifiers"]),
        prefix_re=re.compile(rf"^(?:{alt}) (.+)$"),
        # what may stand between a place and the place it lies in: ', ' or ' di (wilayah) '
        connector_re=re.compile(rf"\s*(?:,\s*(?:(?:{conn_alt})\s+)?|\s(?:{conn_alt})\s+)", re.IGNORECASE),
        # any case: a place word may open the sentence (`Di Rathedaung, warga …`)
        locative_re=re.compile(rf"(?:^|\s)(?:{_alternation([*raw['locative_words'], *prefixes])})\s+$", re.IGNORECASE),
    )


def _alternation(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first, any run of spaces between their parts."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_NOT_A_NAME = re.compile(r"\d|^[A-Z]{2,}$|[a-z][A-Z]")  # a code, an acronym, a brand (`MotoGP`)
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:dan\s+)?|\s+dan\s+)")
_LIST_JOIN_BEFORE = re.compile(r"(?:,\s*(?:dan\s+)?|\s+dan\s+)$")


@dataclass
class Reading:
    """What one entity was resolved to."""

    place: Place | None = None
    country: str | None = None
    province: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None
    confidence: float = 0.0
    how: str = ""
    within: str | None = None  # the containing place, when the reading came from one
    weak: bool = False  # the best candidate is a weak place (see Gazetteer.is_weak)
    candidates: list[tuple[Place, float, float]] = field(default_factory=list)  # (place, score, name conf)

    def geo(self, gaz: Gazetteer) -> dict[str, Any]:
        p = self.place
        prov = self.province
        g: dict[str, Any] = {
            "lat": self.lat,
            "lon": self.lon,
            "geonames_id": p.geonames_id if p and self.how == "gazetteer" else None,
            "province": gaz.provinces.get(prov) if prov else None,
            "province_code": prov or None,
            "feature": self.feature,
            "name": p.name if p and self.how == "gazetteer" else None,
            "confidence": round(self.confidence, 2),
            "method": self.how,
        }
        if self.within:
            g["within"] = self.within
        return g


# fallback readings whose country the text itself shows (`Jalan Kaligawe` holds a known place,
# `Hotel X, Jakarta Selatan` is placed by one, `Kelurahan Y` is an Indonesian unit): they tell the
# story's country to the sites and unknown names resolved after them, as the gazetteer's do
_VOUCHING = frozenset(("contains", "address", "admin-word"))
# readings a place's own name or its text gives, not the story's prior
_EVIDENCE = frozenset(("gazetteer", "hand-site", "contains", "address", "admin-word", "nearby-abroad"))


def _small(p: Place) -> bool:
    return p.feature == "city" and p.population < SMALL_TOWN


def _overshadowed(p: Place, found: list[tuple[Place, float]]) -> bool:
    """True when a reading of the name in another country is far better known than ``p``: a town
    beside a country, a village beside a state or city, a town beside a world city twenty times
    its size."""
    if p.feature != "city":
        return False
    for q, _c in found:
        if q is p or q.country == p.country:
            continue  # within one country the province context decides ('Depok')
        if q.feature in ("country", "continent"):
            return True  # towns named after countries: Venezuela (Cuba), Jordan (Hong Kong)
        if _small(p) and (q.feature == "admin1" or q.population >= PROMINENT_CITY):
            return True
        if q.feature == "city" and q.population >= WORLD_CITY and p.population * 20 < q.population:
            return True
    return False


def _kind_score(p: Place) -> float:
    """What the kind of place is worth before population and context: a first-level unit abroad
    ranks below one at home, a large one (by its country's mean) above a town of some size."""
    if p.feature == "admin1" and p.country != HOME:
        return FOREIGN_ADMIN1 + (LARGE_ADMIN1_BONUS if p.population >= LARGE_ADMIN1 else 0.0)
    return BASE.get(p.feature, 1.0)


def _gazetteer_reading(p: Place, confidence: float, candidates: list[tuple[Place, float, float]]) -> Reading:
    """A gazetteer place chosen among a reading's candidates, as the reading."""
    return Reading(
        place=p,
        country=p.country,
        province=p.province or None,
        lat=p.lat,
        lon=p.lon,
        feature=p.feature,
        confidence=confidence,
        how="gazetteer",
        candidates=candidates,
    )


# generic words of an English-order site's name between its place and its head
# (`Jakarta International Stadium`, `Indonesia Convention Exhibition`)
_SITE_QUALIFIERS = frozenset(
    ("international", "internasional", "stadium", "exhibition", "expo", "grand", "city", "sports", "sport")
)


def _site_tail(after: list[str]) -> bool:
    """The words after a known place are a site's (`International Stadium`, `Plaza Hotel`): the
    place names where the site is, in English word order."""
    sw = words().site_words
    return (
        bool(after)
        and any(t in sw or t == "stadium" for t in after)
        and all(t in sw or t in _SITE_QUALIFIERS for t in after)
    )


def _name_part(key: str) -> str:
    """A folded name without its head words (`sirkuit mugello` → `mugello`): what the name look
    reads, since an Indonesian head word says nothing of where the site is."""
    rest = " ".join(t for t in key.split() if t not in words().site_words and t not in words().admin_prefixes)
    return rest or key


def _reads_foreign(key: str) -> bool:
    """The name of a site, its head words aside, reads foreign (`Sirkuit Mugello`, `Kepulauan
    Spratly`): an Indonesian head word does not make the site Indonesian. Not after a head whose
    names are mostly a person's (`Jalan Ahmad Yani`, `Bandara Soekarno Hatta`): a person's name
    reads foreign to a model of place names."""
    look = look_key(key)
    return look != key and indonesian_odds(look) < FOREIGN_LOOKING


def _reads_foreign_name(key: str) -> bool:
    """The name, its head words aside, reads foreign to the name look (`Mapei Stadium`), whether
    or not it has an Indonesian head word."""
    return indonesian_odds(look_key(key)) < FOREIGN_LOOKING


def look_key(key: str) -> str:
    """What the name look reads of a name: without its head words, unless the head is one whose
    names are mostly a person's (then the whole name, as a person's name reads foreign)."""
    toks = key.split()
    if toks[0] in words().person_named_heads or " ".join(toks[:2]) in words().person_named_heads:
        return key
    return _name_part(key)


def is_site_name(key: str) -> bool:
    """A named site or a small unit ('Air Terjun X', 'Hotel Y', 'Pulau Z', 'Kampung W')."""
    toks = key.split()
    grams = set(toks) | {" ".join(toks[i : i + 2]) for i in range(len(toks) - 1)}
    if grams & words().site_words:
        return True
    _stripped, feature, _ind = strip_prefix(key)
    return feature in ("island", "village", "district")


def _home_only_site(key: str) -> bool:
    """The name opens with a head that only Indonesian sites have (`Tol Brexit`, `Kawasan
    Industri Modern`): how the rest reads says nothing of the country."""
    toks = key.split()
    return len(toks) > 1 and (toks[0] in words().home_only_heads or " ".join(toks[:2]) in words().home_only_heads)


def _indonesian_site(key: str) -> bool:
    toks = key.split()
    grams = set(toks) | {" ".join(toks[i : i + 2]) for i in range(len(toks) - 1)}
    return bool(grams & words().indonesian_site_words)


def _forms(entity: Entity) -> list[str]:
    """The entity's names, canonical first, longest mentions next, without duplicates."""
    seen: dict[str, str] = {}
    for s in [entity.canonical or ""] + sorted((m.text or "" for m in entity.mentions), key=len, reverse=True):
        k = name_key(s)
        if k and k not in seen and k not in words().region_modifiers:  # 'Barat' alone is no place
            seen[k] = s
    return list(seen)


# a lower-case part after a hyphen belongs to the word before it (`Punggye-ri`, `Sejong-si`):
# no place of its own, not the abbreviation `RI`
_SUFFIX_HYPHEN = re.compile(r"(?<=\w)-(?=[a-z])")


def _listed_country(e: Entity, keys: list[str], gaz: Gazetteer) -> str | None:
    """The country a name no gazetteer entry knows is on the entities layer's list (`Republik
    Ceska`, `Persatuan Emirat Arab`): read as a country, not as a town found inside it."""
    if not is_country(e.canonical) or any(gaz.lookup_key(k) for k in keys):
        return None
    return country_of(e.canonical)


def _written(e: Entity, key: str) -> str:
    """The entity's name as written whose folded form is ``key`` (``key`` itself if none)."""
    raw = [s for s in (e.canonical or "", *(m.text or "" for m in e.mentions)) if name_key(s) == key]
    return raw[0] if raw else key


def strip_prefix(key: str) -> tuple[str, str | None, bool]:
    """('kabupaten kutai kartanegara') → ('kutai kartanegara', 'admin2', True)."""
    m = words().prefix_re.match(key)
    if not m:
        return key, None, False
    prefix = key[: len(key) - len(m.group(1)) - 1]
    feature, indonesian = words().admin_prefixes[prefix]
    return m.group(1), feature, indonesian


class ArticlePlaces:
    """Resolves every LOC entity of one article; context is shared across them."""

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

    # -- candidates ---------------------------------------------------------------------------
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
        s = _kind_score(p)
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
            ((p, self.score(p, c, hint, indonesian, exclude, not _overshadowed(p, found)), c) for p, c in found),
            key=lambda t: t[1],
            reverse=True,
        )
        best, s, conf = scored[0]
        other = max((t[1] for t in scored[1:] if t[0].country != best.country), default=None)
        margin = s - other if other is not None else 3.0
        if margin < MIN_MARGIN:
            return Reading(confidence=0.0, how="ambiguous", candidates=scored)
        confidence = conf * min(1.0, 0.55 + margin / 3.0)
        if _small(best):
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

    # -- context ------------------------------------------------------------------------------
    def set_dateline(self) -> None:
        dl = self.article.dateline
        if dl and dl.place:
            r = self.resolve_name([name_key(dl.place)])
            if r is None and "," in dl.place:
                # `Nusa Dua, Bali`: the whole, else its parts, the wider one (last) first
                r = self.resolve_name([name_key(p) for p in reversed(dl.place.split(",")) if p.strip()])
            if r and r.country:
                self.dateline_country = r.country

    def add_context(self, r: Reading, weight: int) -> None:
        if r.country:
            self.context_countries[r.country] += weight
        if r.province:
            self.context_provinces[r.province] += weight

    def dominant_country(self, exclude: Counter | None = None) -> str | None:
        """The article's country when it is clear: the dateline's, else a clear majority. A home
        dateline (`Liputan6.com, Jakarta`) is the desk's seat, not the story's place, when the
        story's places lie overwhelmingly in one country abroad (Cape Town, Western Cape …)."""
        counts = self.context_countries - (exclude or Counter())
        total = sum(counts.values())
        if self.dateline_country == HOME and total:
            cc, n = counts.most_common(1)[0]
            if cc != HOME and n / total >= 0.8 and n >= 4:
                return cc
        if self.dateline_country:
            return self.dateline_country
        if not total:
            return None
        cc, n = counts.most_common(1)[0]
        if cc == HOME:
            return cc if n / total >= 0.6 else None
        # a foreign majority must be overwhelming: Indonesian news names Indonesian sites in
        # stories about abroad too
        return cc if n / total >= 0.8 and n >= 3 else None

    def body_country(self) -> str | None:
        """In a story that names no place with a country, the one country that closes the names
        of its bodies (`Arsenal … di Emirates Stadium dalam lanjutan Liga Inggris`, `Kepolisian
        Amerika Serikat`): a venue or a town of the story lies there. None when the bodies name
        two countries, or when any place or the dateline gives the story a country."""
        if self.context_countries or self.dateline_country:
            return None
        if self._body_countries is None:
            found: set[str] = set()
            for e in self.article.entities:
                if e.label != "ORG":
                    continue
                toks = name_key(e.canonical).split()
                for n in (1, 2, 3):
                    if len(toks) > n and any(
                        p.feature == "country" and c >= 1.0 for p, c in self.gaz.lookup_key(" ".join(toks[-n:]))
                    ):
                        found |= {p.country for p, c in self.gaz.lookup_key(" ".join(toks[-n:])) if c >= 1.0}
                        break
            self._body_countries = found
        return next(iter(self._body_countries)) if len(self._body_countries) == 1 else None

    def bodies_abroad(self) -> str | None:
        """The one country abroad that the story's bodies are named after: a country, or a city
        of at least ``PROMINENT_CITY`` people (its most populous reading), opening or closing an
        ORG name (`Real Madrid` … `Atletico Madrid`, `Inter Milan`, `Manchester United`). A
        venue the gazetteer does not know (`Mapei Stadium`, `Montilivi`) lies where the clubs
        that play there come from; None when the bodies name two countries abroad or none."""
        if self._bodies_abroad is None:
            found: Counter[str] = Counter()
            for e in self.article.entities:
                if e.label == "ORG":
                    # an acronym is no town's name (`MAN IC Serpong`: no `Man` of Côte d'Ivoire)
                    words = [w for w in e.canonical.split() if not w.isupper()]
                    found.update(self._named_after(name_key(" ".join(words)).split()))
            del found[HOME]
            self._bodies_abroad = found
        if len(self._bodies_abroad) != 1:
            return None
        cc, n = self._bodies_abroad.most_common(1)[0]
        # one body alone may be the visiting side (`Arsenal melumat Atletico Madrid di Emirates
        # Stadium`): it needs a second body, or a place of that country the story names more than
        # any other country abroad (a match of two countries' sides, `Jerman` five times and
        # `Inggris` twice, where a player was once lent to `Bristol City`, is played in neither)
        rival = max((k for c, k in self.context_countries.items() if c not in (cc, HOME)), default=0)
        return cc if n >= 2 or self.context_countries[cc] > rival else None

    def _named_after(self, toks: list[str]) -> set[str]:
        """The countries of the country or big city (its most populous reading) that opens or
        closes a body's folded name."""
        out: set[str] = set()
        for n in (1, 2):
            if len(toks) <= n:
                break
            for part in (" ".join(toks[:n]), " ".join(toks[-n:])):
                big = [
                    p
                    for p, c in self.gaz.lookup_key(part)
                    if c >= 1.0 and (p.feature == "country" or (p.feature == "city" and p.population >= PROMINENT_CITY))
                ]
                if big:
                    out.add(max(big, key=lambda p: (p.feature == "country", p.population)).country)
        return out

    def nearby_abroad(self, e: Entity, readings: dict[int, Reading], index: dict[int, int]) -> str | None:
        """The one country abroad of the towns and sites the text names around a name no list
        knows (its own sentence and the one before), when no place at home is named there: a
        Jakarta desk's dateline says nothing of `Museum Ghibli, yang dibuka di Tokyo` or of the
        square of `… di Pyongyang. Puluhan ribu warga memenuhi Lapangan Kim Il-sung`. A country's
        name alone is no evidence (`Inggris`, the visiting side, `di Signal Iduna Park`). For sites
        only: a bare name read so (`ruang sidang Candra` beside a person `Vienna`) was wrong."""
        sents = self.article.sentences
        found: set[str] = set()
        for m in e.mentions:
            k = next((j for j, s in enumerate(sents) if s.start <= m.start < s.end), None)
            if k is None:
                continue
            lo, hi = sents[max(0, k - 1)].start, sents[k].end
            for start, j in index.items():
                r = readings.get(j)
                if not lo <= start < hi or r is None or not r.country or r.how not in _EVIDENCE:
                    continue
                if r.country == HOME:
                    return None
                if r.feature not in ("country", "continent", "region"):
                    found.add(r.country)
        return next(iter(found)) if len(found) == 1 else None

    def story_towns(self, readings: dict[int, Reading], index: dict[int, int]) -> set[str]:
        """The countries of the towns and sites the story names by their own names (countries,
        continents, regions and the dateline's place aside): what the story is about, which a
        list of countries (`tur ke Meksiko, Australia, dan Selandia Baru`) or a desk's dateline
        is not."""
        return {
            r.country
            for r in self._story_readings(readings, index)
            if r.feature not in ("country", "continent", "region")
        }

    def _desk(self) -> range:
        """Where the dateline stands: its place is the desk's seat, not a place of the story."""
        dl = self.article.dateline
        return range(dl.start, dl.end) if dl and dl.start is not None and dl.end is not None else range(0)

    def _story_readings(self, readings: dict[int, Reading], index: dict[int, int]) -> Iterator[Reading]:
        """The sure reading (``_EVIDENCE``) with a country of each mention outside the dateline."""
        desk = self._desk()
        for start, j in index.items():
            r = readings.get(j)
            if start not in desk and r is not None and r.country and r.how in _EVIDENCE:
                yield r

    def _placed_abroad(
        self, e: Entity, odds: float, readings: dict[int, Reading], index: dict[int, int], site: bool = False
    ) -> bool:
        """A name no list knows that may lie abroad: it does not read Indonesian, it is no acronym,
        code or brand (`kawasan GCC`, `di MotoGP`, `Jurassic World 2`), it is written where a place
        is (`di Rathedaung`, `desa Zedipyin`; a site's own head word says so) and no address after
        it says where it lies (`di Azraq, Yordania Utara`: the address answers, not the story). A
        name after the comma that the text does not place itself is no address but the next of a
        list (`di Rathedaung, Maungdaw, dan Buthidaung`)."""
        if odds >= INDONESIAN_LOOKING or any(_NOT_A_NAME.search(w) for w in e.canonical.split()):
            return False
        norm = self.article.norm
        placed = site
        for m in e.mentions:
            after = readings.get(index[m.end + 2]) if norm.startswith(", ", m.end) and m.end + 2 in index else None
            if after is not None and after.country and after.how in _EVIDENCE:
                return False
            placed = placed or bool(words().locative_re.search(norm, max(0, m.start - 30), m.start))
        return placed

    def desk_abroad(self, readings: dict[int, Reading], index: dict[int, int]) -> str | None:
        """The country abroad a home desk's story is about: under a home dateline (`Jakarta, CNN
        Indonesia --`) the story's own text names no place at home, and one country abroad leads
        its mentions, towns and countries alike, by two to one at least (`Myanmar` six times,
        `Bangladesh` once, `Rathedaung` and `Maungdaw` no list knows)."""
        if self.dateline_country != HOME:
            return None
        counts: Counter[str] = Counter(
            r.country for r in self._story_readings(readings, index) if r.feature not in ("continent", "region")
        )
        if counts[HOME] or not counts:
            return None
        (cc, n), *rest = counts.most_common(2)
        return cc if n >= 2 and (not rest or n >= 2 * rest[0][1]) else None

    def _desk_abroad_of(
        self,
        e: Entity,
        odds: float,
        cc: str | None,
        readings: dict[int, Reading],
        index: dict[int, int],
        site: bool = False,
    ) -> str | None:
        """desk_abroad for a name that may lie abroad (_placed_abroad), in a story whose clear
        country ``cc`` is the home desk's: one check for the fallback's sites and bare names."""
        if cc != HOME or not self._placed_abroad(e, odds, readings, index, site):
            return None
        return self.desk_abroad(readings, index)

    def towns_abroad(self, readings: dict[int, Reading], index: dict[int, int]) -> str | None:
        """The one country abroad of all the story's towns and sites (story_towns), when it names
        none at home: a Jakarta desk's story about Turin and Piazza San Carlo, or one that names
        London and a list of countries, then Bieber at O2 Arena."""
        found = self.story_towns(readings, index)
        return next(iter(found)) if len(found) == 1 and HOME not in found else None

    def _abroad_in_passing(self, readings: dict[int, Reading], index: dict[int, int]) -> bool:
        """The story names no town or site abroad and one country abroad at most: a country named in
        passing says nothing of where its sites are (envoys of three countries may meet anywhere)."""
        return len(set(self.context_countries) - {HOME}) <= 1 and not self.story_towns(readings, index) - {HOME}

    def _story_abroad(
        self, cc: str | None, key: str, readings: dict[int, Reading], index: dict[int, int]
    ) -> str | None:
        """The country abroad of a site no list knows from the story's towns (towns_abroad): in a
        story with no clear country, or, when its name reads foreign, one that only a home
        dateline gives (the desk's seat)."""
        if cc is None or (cc == HOME and self.dateline_country == HOME and _reads_foreign_name(key)):
            far = self.towns_abroad(readings, index)
            self.bodies_abroad()  # fills _bodies_abroad, the countries abroad the bodies are named after
            # bodies named after another country (`Bayern` beside `Real Madrid`): the visiting side's
            # town says nothing of the venue
            return far if far and not set(self._bodies_abroad or ()) - {far} else None
        return None

    def at_home(self) -> bool:
        """The story's places lie at home: its clear country is Indonesia and no country abroad is
        named more often (a Jakarta desk's story about Cambodia is no story at home)."""
        return self.dominant_country() == HOME and self._home_leads()

    def _home_leads(self) -> bool:
        """No place abroad named, or Indonesia named at least as often as any other country."""
        if not self.context_countries:
            return True
        top = max(self.context_countries.values())
        return self.context_countries[HOME] >= top

    def agrees(self, r: Reading) -> bool:
        """A weak reading's country is the story's: a village at home in a story led by Indonesian
        places (or in a province it names), a town abroad in a country the story names."""
        if r.province and self.context_provinces[r.province] > 0:
            return True
        if r.country == HOME:
            return self.dateline_country in (None, HOME) and self._home_leads()
        return bool(r.country) and (self.context_countries[r.country] > 0 or r.country == self.dateline_country)

    def local_lookalike(self, r: Reading, keys: list[str], own: Counter) -> bool:
        """`Siuri` is a town in India and a village on Lake Poso: a small town abroad, in a country
        the story names nowhere else, read in a story at home whose name reads Indonesian is the
        Indonesian place a town list does not know."""
        p = r.place
        if p is None or r.country in (None, HOME) or p.feature != "city" or p.population >= PROMINENT_CITY:
            return False
        # small towns abroad do not vouch for each other (`Bada`, `Siuri`: both villages of Poso)
        support = self.context_countries[r.country] - self.small_abroad[r.country]
        if support > 0 or r.country == self.dateline_country or not (self.context_countries - own)[HOME]:
            return False
        return (
            self.dateline_country in (None, HOME) and self._home_leads() and indonesian_odds(keys[0]) >= LOCAL_LOOKING
        )

    # -- fallbacks ----------------------------------------------------------------------------
    def strong(self, key: str, min_city: int = WORLD_CITY) -> Reading | None:
        """A place inside a longer name or an address: a country, a province, an Indonesian
        place, or a sizeable place in a country the article is about. Foreign towns are not
        taken on their own ('Hatta' in 'Bandara Soekarno-Hatta' is no Indian town)."""
        if key in words().not_places_inside:
            return None
        found = [(p, c) for p, c in self.gaz.lookup_key(key) if self.plausible_inside(p, c, min_city)]
        if found and all(_small(p) for p, _c in found) and len(key) < 5:
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
        return in_context and not _small(p)

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
                if not all(t in words().region_modifiers for t in after) and not _site_tail(after):
                    continue  # 'Kuantan Singingi', 'Marbella Club': a name, not a place in one
                # `Las Vegas Strip`: a city opening a name that only site words close is where the
                # site is, so a smaller city of its own name is taken too
                lead = i == 0 and bool(after) and _site_tail(after)
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
                    if r.place and _small(r.place) and not self.context_provinces[r.province or ""]:
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
        after = _LIST_JOIN.match(norm, end) if end is not None else None
        if after and self._country_at(index.get(after.end()), readings):
            return True
        for e_idx, e in enumerate(self.article.entities):
            for m in e.mentions:
                if (
                    start - 8 <= m.end < start
                    and _LIST_JOIN.fullmatch(norm, m.end, start)
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

    # -- the whole article --------------------------------------------------------------------
    def run(self) -> dict[int, Reading]:
        ents = [(i, e) for i, e in enumerate(self.article.entities) if e.label == "LOC"]
        keys = {i: _forms(e) for i, e in ents}
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
            cc = _listed_country(_e, keys[i], self.gaz)
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
                    if r.how in _VOUCHING:
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
                readings[i] = _gazetteer_reading(p, 0.5, r.candidates)

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
                    readings[i] = _gazetteer_reading(p, 0.6, r.candidates)
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
                readings[i] = _gazetteer_reading(p, 0.5, r.candidates)
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
        after = _LIST_JOIN.match(norm, end)
        if after and after.end() in by_start and self._local(readings.get(by_start[after.end()]), cc):
            return True
        # `Penrith, sebelah barat Sydney`: a town placed beside a place of ``cc`` lies there too
        near = words().connector_re.match(norm, end)
        if near and near.end() in by_start and self._local(readings.get(by_start[near.end()]), cc):
            return True
        before = _LIST_JOIN_BEFORE.search(norm, max(0, start - 8), start)
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
            text = _written(e, k)
            if "," in text:
                r = self.resolve_name([name_key(text.split(",", 1)[1])])
                if r and ok(r):
                    return self._inside(r, r.place.name if r.place else None)
        r = self.chained(e, readings, index)
        if ok(r):
            return r
        for k in keys:
            stripped, hint, _ind = strip_prefix(name_key(_SUFFIX_HYPHEN.sub("", _written(e, k))))
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
            if not _home_only_site(keys[0]):
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
                and any(_indonesian_site(k) for k in keys)
                and (self._home_leads() or self._abroad_in_passing(readings, index))
                and (_home_only_site(keys[0]) or not _reads_foreign(keys[0]))
            ):
                # an Indonesian-named site ('Gunung Lawu', 'Pelabuhan Tanjung Perak') in a story whose
                # places are mostly Indonesian, or that names no place abroad, no town or site
                # but one country (`Istana Negara` in a story of the president's talk about Brasil)
                return Reading(country=HOME, feature="site", confidence=0.5, how="home-default")
            cc = self.bodies_abroad()
            if cc and _reads_foreign_name(keys[0]):
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
