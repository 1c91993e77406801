"""Names the entities layer read as places that nothing in the article says are places. Its
tagger reads many a capitalised name as LOC: a player in a line-up (`Fajar Handika`, `Kimo`), a
product or a programme (`Four Seasons`, `Kereta Cepat`), a body (`Maersk`, `Jakim`). The places
layer can only give such a name the story's country (``article-country``) or none; it is a LOC
with no country or Indonesia's (the lists know the villages at home, few small towns abroad)
that no list knows (not even as a village), with no site or unit word in its name, written after
no word that says where (`di`, `warga`, `jalan`, `sepanjang` …: data/place_hints.txt and the
lists it names), in no list beside a known place and before no address, and that does not read
as an Indonesian place name (the name look: a village at home is named anywhere in a sentence).
Such a name is a person when it stands in a list of people (`Chris Massey, Anton Wirjono, Kimo
dan Hogi`), in a story abroad too (the story's country abroad is no evidence either), else, in
a story at home, no entity: GUIDELINES counts products, programmes and events as none, and a
body read as a place matches nothing either way. A country before a bare comma with nothing
listed after the name (`perusahaan dari Denmark, Maersk`) is the name's apposition, no list."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from warta.document import Article, Entity, Mention
from warta.places.gazetteer import Gazetteer
from warta.places.looks import indonesian_odds
from warta.places.name_shapes import is_site_name, look_key, strip_prefix
from warta.places.names import name_key
from warta.places.place_words import words
from warta.places.reading import Reading
from warta.places.resolve import ArticlePlaces
from warta.places.scores import HOME, INDONESIAN_LOOKING
from warta.resources import word_set

# the ways the places layer gives a name no list knows a country: the story's, not the name's own
WEAK_HOW = frozenset(("article-country", "name-look", "body-country", "bodies-abroad"))
# what joins the names of a list (`X, Y dan Z`, `X atau Y`, a pair `X / Y`), a line-up's shirt
# numbers included (`17 - Paulo Sitanggang, 24 - Fajar Handika`)
_JOIN = r"(?:,\s*(?:dan\s+|serta\s+|atau\s+)?|\s+(?:dan|serta|atau)\s+|\s*/\s*)(?:\d{1,3}\s*[-–]\s*)?"
_LIST_BEFORE = re.compile(_JOIN + "$")
_LIST_AFTER = re.compile(_JOIN)
_GLUED_LOCATIVE = re.compile(r"(?:^|[\s(])(?:di|ke|dari)$")  # `diRawas Utara`: a scrape's glue


@lru_cache(maxsize=1)
def _hint_before() -> re.Pattern[str]:
    """A word right before a name that says it is a place, in lower case."""
    hints = set()
    for f in ("place_hints.txt", "place_cues.txt", "site_cues.txt", "origin_words.txt"):
        hints |= word_set("warta.places", f, lower=True)
    alt = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(hints, key=len, reverse=True))
    return re.compile(rf"(?:^|[\s(])(?:{alt})\s+$")


def _placed(norm: str, m: Mention) -> bool:
    """A word that says where stands right before the mention."""
    at = max(0, m.start - 30)
    return bool(
        words().locative_re.search(norm, at, m.start)
        or _hint_before().search(norm, at, m.start)
        or _GLUED_LOCATIVE.search(norm, at, m.start)
    )


@dataclass(frozen=True)
class _Listed:
    """The names listed on either side of a mention, nearest first, two each way."""

    before: list[int]
    after: list[int]
    bare: bool  # the name nearest before is joined by a comma alone (`Denmark, <Maersk>`)

    def near(self, country: Callable[[int], bool]) -> list[int]:
        """The nearest name on each side, without the one country a bare comma sets the mention
        beside when nothing is listed after it: `perusahaan pelayaran dari Denmark, Maersk` is
        the company set beside its country, not the next of a list of places (a unit before a
        bare comma is the first of an address, `di Kecamatan Palembayan, Salareh Aia`)."""
        if self.bare and len(self.before) == 1 and not self.after and country(self.before[0]):
            return []
        return self.before[:1] + self.after[:1]


def _listed_with(
    norm: str, m: Mention, by_start: dict[int, tuple[int, int]], by_end: dict[int, tuple[int, int]]
) -> _Listed:
    """The entities (indices) of the names listed on either side of the mention, two each way
    (`Chris Massey, Anton Wirjono, <Kimo> dan Hogi`, `17 - Paulo Sitanggang, 24 - <Fajar Handika>`)."""
    before: list[int] = []
    bare = False
    a = m.start
    for _ in range(2):
        x = _LIST_BEFORE.search(norm, max(0, a - 12), a)
        hit = by_end.get(x.start()) if x else None
        if hit is None:
            break
        if not before:
            bare = x.group().strip() == ","
        a, j = hit
        before.append(j)
    after: list[int] = []
    b = m.end
    for _ in range(2):
        x = _LIST_AFTER.match(norm, b)
        hit = by_start.get(x.end()) if x else None
        if hit is None:
            break
        b, j = hit
        after.append(j)
    return _Listed(before, after, bare)


def _known(gaz: Gazetteer, e: Entity) -> bool:
    """Some list knows one of its names (a village's included), or a site or unit word is in it."""
    keys = {name_key(n) for n in (e.canonical, *(m.text for m in e.mentions))} - {""}
    return any(gaz.lookup_key(k) or is_site_name(k) or strip_prefix(k)[1] for k in keys)


def settle_unplaced(
    article: Article, gaz: Gazetteer, readings: dict[int, Reading], resolver: ArticlePlaces
) -> set[int]:
    """Relabel PER each LOC that nothing says is a place and that stands in a list of people, in
    any story (`Jackie Chan, Donnie Yen, Fan Bingbing, serta Angelababy` in a story of China);
    return the indices (into ``article.entities``) of the other such LOCs, to be dropped, in a
    story whose places lie at home (``resolver.at_home``): in a story abroad or of no clear
    country, a name no list knows may be a town or a site there (`situs uji coba Sohae-ri`). A
    name relabelled counts as a person for its neighbours (`Cadangan: Jaume, Vidal, Vietto`)."""
    norm = article.norm
    ents = article.entities
    dl = article.dateline
    desk = range(dl.start, dl.end) if dl and dl.start is not None and dl.end is not None else range(0)
    spans = (  # mentions by where they start and end, for the lists
        {m.start: (m.end, j) for j, x in enumerate(ents) for m in x.mentions},
        {m.end: (m.start, j) for j, x in enumerate(ents) for m in x.mentions},
    )

    def place(j: int) -> bool:  # a LOC with a reading of its own, a known name or a word placing it
        r, e = readings.get(j), ents[j]
        if e.label != "LOC":
            return False
        own = r is not None and r.country is not None and r.how not in WEAK_HOW
        return own or _known(gaz, e) or any(_placed(norm, m) for m in e.mentions)

    def country(j: int) -> bool:
        r = readings.get(j)
        return r is not None and r.feature == "country"

    todo: dict[int, list[_Listed]] = {}
    for i, e in enumerate(ents):
        r = readings.get(i)
        if e.label != "LOC" or (r is not None and r.how not in WEAK_HOW):
            continue
        if any(m.start in desk or _placed(norm, m) for m in e.mentions) or _known(gaz, e):
            continue
        key = name_key(e.canonical)
        if not key or indonesian_odds(look_key(key)) >= INDONESIAN_LOOKING:
            continue  # `melintasi Pekayon`, `udara sejuk khas Priangan`: a village at home may stand anywhere
        lists = [_listed_with(norm, m, *spans) for m in e.mentions]
        if not any(place(j) for x in lists for j in x.near(country) if j != i):
            todo[i] = lists  # `Cirebon, Semarang, Yogjakarta dan Purwokerto`; `Duren Tiga, Jakarta Selatan`: places
    changed = True
    while changed:
        changed = False
        for i, lists in todo.items():
            people = {j for x in lists for j in x.before + x.after if j != i and ents[j].label == "PER"}
            if ents[i].label == "LOC" and len(people) >= 2:
                ents[i].label, ents[i].country = "PER", None
                changed = True
    out: set[int] = set()
    for i in todo:
        r = readings.get(i)
        if ents[i].label == "LOC" and (r is None or r.country == HOME) and resolver.at_home():
            out.add(i)  # abroad, the lists know few small towns: a name they lack may well be one
    return out
