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
dan Hogi`), else, in a story at home, no entity: GUIDELINES counts products, programmes and
events as none, and a body read as a place matches nothing either way."""

from __future__ import annotations

import re
from functools import lru_cache

from warta.document import Article, Entity, Mention
from warta.places.gazetteer import Gazetteer
from warta.places.looks import indonesian_odds
from warta.places.names import name_key
from warta.places.resolve import (
    HOME,
    INDONESIAN_LOOKING,
    ArticlePlaces,
    Reading,
    is_site_name,
    look_key,
    strip_prefix,
    words,
)
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


def _listed_with(
    norm: str, m: Mention, by_start: dict[int, tuple[int, int]], by_end: dict[int, tuple[int, int]]
) -> list[int]:
    """The entities (indices) of the names listed on either side of the mention, two each way
    (`Chris Massey, Anton Wirjono, <Kimo> dan Hogi`, `17 - Paulo Sitanggang, 24 - <Fajar Handika>`)."""
    out: list[int] = []
    a = m.start
    for _ in range(2):
        x = _LIST_BEFORE.search(norm, max(0, a - 12), a)
        hit = by_end.get(x.start()) if x else None
        if hit is None:
            break
        a, j = hit
        out.append(j)
    b = m.end
    for _ in range(2):
        x = _LIST_AFTER.match(norm, b)
        hit = by_start.get(x.end()) if x else None
        if hit is None:
            break
        b, j = hit
        out.append(j)
    return out


def _known(gaz: Gazetteer, e: Entity) -> bool:
    """Some list knows one of its names (a village's included), or a site or unit word is in it."""
    keys = {name_key(n) for n in (e.canonical, *(m.text for m in e.mentions))} - {""}
    return any(gaz.lookup_key(k) or is_site_name(k) or strip_prefix(k)[1] for k in keys)


def settle_unplaced(
    article: Article, gaz: Gazetteer, readings: dict[int, Reading], resolver: ArticlePlaces
) -> set[int]:
    """Relabel PER each LOC that nothing says is a place and that stands in a list of people;
    return the indices (into ``article.entities``) of the other such LOCs, to be dropped, in a
    story whose places lie at home (``resolver.at_home``): in a story abroad or of no clear
    country, a name no list knows may be a town or a site there (`situs uji coba Sohae-ri`)."""
    norm = article.norm
    ents = article.entities
    dl = article.dateline
    desk = range(dl.start, dl.end) if dl and dl.start is not None and dl.end is not None else range(0)
    spans: tuple[dict[int, tuple[int, int]], dict[int, tuple[int, int]]] | None = None

    def place(j: int) -> bool:  # a LOC with a reading of its own, a known name or a word placing it
        r, e = readings.get(j), ents[j]
        if e.label != "LOC":
            return False
        own = r is not None and r.country is not None and r.how not in WEAK_HOW
        return own or _known(gaz, e) or any(_placed(norm, m) for m in e.mentions)

    out: set[int] = set()
    for i, e in enumerate(ents):
        r = readings.get(i)
        if e.label != "LOC" or (r is not None and (r.how not in WEAK_HOW or r.country != HOME)):
            continue  # abroad, the lists know few small towns: a name they lack may well be one
        if any(m.start in desk or _placed(norm, m) for m in e.mentions) or _known(gaz, e):
            continue
        key = name_key(e.canonical)
        if not key or indonesian_odds(look_key(key)) >= INDONESIAN_LOOKING:
            continue  # `melintasi Pekayon`, `udara sejuk khas Priangan`: a village at home may stand anywhere
        if spans is None:  # mentions by where they start and end, for the lists
            spans = (
                {m.start: (m.end, j) for j, x in enumerate(ents) for m in x.mentions},
                {m.end: (m.start, j) for j, x in enumerate(ents) for m in x.mentions},
            )
        listed = [j for m in e.mentions for j in _listed_with(norm, m, *spans) if j != i]
        if any(place(j) for j in listed):
            continue  # `Cirebon, Semarang, Yogjakarta dan Purwokerto`; `Duren Tiga, Jakarta Selatan`
        if sum(ents[j].label == "PER" for j in listed) >= 2:
            e.label, e.country = "PER", None
        elif resolver.at_home():
            out.add(i)
    return out
