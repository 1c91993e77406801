"""`Universitas Airlangga Surabaya`, `Institut Teknologi Sepuluh Nopember Surabaya`, `Asser Institute
Den Haag`: a university named with the town it stands in written after it. The town is no part of
the name (the annotated sets give the body `Universitas Airlangga` and the place `Surabaya`), so it
is cut off the body and becomes a place of its own. A name that is generic without the town keeps
it (`Universitas Negeri Semarang`, `Universitas Muhammadiyah Malang`; the words are in
data/campus_words.txt), and so does a country closing a name (`Universitas Kebangsaan Republik
Indonesia`) unless an English head stands before it (`ISEAS-Yusof Ishak Institute Singapura`)."""

from __future__ import annotations

from functools import lru_cache

from warta.document.model import Entity, Mention
from warta.entities import gazetteer as gz
from warta.entities.patterns import sections

_TOWNS = ("city", "regency", "province", "country")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The opening and closing campus heads and the generic words (read once)."""
    lists = sections("campus_words.txt")
    return frozenset(lists["opening"]), frozenset(lists["closing"]), frozenset(lists["generic"])


def _town_cut(name: str) -> tuple[str, gz.Place] | None:
    """The town closing a campus's name and the place it is; None if the name is no campus's, has no
    town at its end or needs the town (generic, or nothing but a head left)."""
    opening, closing, generic = _words()
    words = name.split()
    for k in (2, 1):
        rest, town = words[:-k], " ".join(words[-k:])
        if len(rest) < 2 or (rest[0] not in opening and rest[-1] not in closing):
            continue
        place = gz.place(town)
        if place is None or place.kind not in _TOWNS:
            continue
        if place.kind == "country" and rest[-1] not in closing:
            return None  # `Universitas Kebangsaan Republik Indonesia`: a country is the name's own
        last = rest[-1]
        if not last[:1].isupper() or not last.isalpha() or last.lower() in generic:
            return None
        return " ".join(rest), place
    return None


def campus_towns(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities, with the town written after a university's name (`Universitas Brawijaya Malang`)
    cut off the body and given to the place (a place of the same name already found, or a new one)."""
    places = {e.canonical: e for e in entities if e.label == "LOC"}
    bodies = {e.canonical: e for e in entities if e.label == "ORG"}
    added: list[Entity] = []
    gone: set[int] = set()
    for e in entities:
        if e.label != "ORG":
            continue
        cut = _town_cut(e.canonical)
        if cut is None:
            continue
        body, place = cut
        town = e.canonical[len(body) + 1 :]
        kept, towns = [], []
        for m in e.mentions:
            if m.text.endswith(" " + town) and text[m.end - len(town) : m.end] == town:
                cut_at = m.end - len(town) - 1
                kept.append(Mention(m.start, cut_at, text[m.start : cut_at]))
                towns.append(Mention(m.end - len(town), m.end, town))
            else:
                kept.append(m)
        if not towns:
            continue
        same = bodies.get(body)
        if same is not None and same is not e:  # `Universitas Airlangga` named alone as well
            same.mentions = sorted([*same.mentions, *kept], key=lambda m: m.start)
            gone.add(id(e))
        else:
            e.mentions, e.canonical = kept, body
            bodies.setdefault(body, e)  # a later `Universitas Airlangga Jawa Timur` joins this one
        loc = places.get(town) or places.get(place.canonical)
        if loc is None:
            loc = Entity(town, "LOC", [], country=place.country)
            places[town] = loc
            added.append(loc)
        loc.mentions = sorted([*loc.mentions, *towns], key=lambda m: m.start)
    return [e for e in entities if id(e) not in gone] + added
