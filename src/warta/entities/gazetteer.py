"""Shipped name lists: places (with ISO country) and organisations (acronyms, media).

Loaded once, lazily. ``country_of(name)`` is the small lookup the places layer can reuse.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from warta.resources import data, open_text

DATA = data("warta.entities", "data")
# Administrative heads stripped before a place lookup (`Kota Pekanbaru` → `Pekanbaru`).
ADMIN_HEADS = (
    "kota administrasi",
    "kabupaten administrasi",
    "kabupaten",
    "kab.",
    "kota",
    "provinsi",
    "kecamatan",
    "kelurahan",
    "desa",
    "dusun",
    "kampung",
)


@dataclass(frozen=True, slots=True)
class Place:
    canonical: str
    country: str | None
    kind: str  # country | province | city | regency | region | district | site


def _rows(name: str) -> list[list[str]]:
    out = []
    with open_text(DATA / name) as f:
        for ln in f:
            ln = ln.rstrip("\n")
            if ln.strip() and not ln.startswith("#"):
                out.append(ln.split("\t"))
    return out


@cache
def places() -> dict[str, Place]:
    """Surface form → Place. Hand-written entries win over derived ones."""
    table: dict[str, Place] = {}
    for fname in ("places_derived.tsv", "places.tsv"):
        if not (DATA / fname).is_file():
            continue
        for row in _rows(fname):
            row += [""] * (4 - len(row))
            surface, canonical, country, kind = (x.strip() for x in row[:4])
            table[surface] = Place(canonical or surface, country or None, kind or "site")
    return table


@cache
def organisations() -> dict[str, str]:
    """Surface form → full name ('' when the surface is its own canonical name)."""
    table: dict[str, str] = {}
    for row in _rows("organisations.tsv"):
        surface = row[0].strip()
        table[surface] = row[1].strip() if len(row) > 1 else ""
    return table


@cache
def _places_folded() -> dict[str, Place]:
    out: dict[str, Place] = {}
    for k, v in places().items():
        out.setdefault(k.casefold(), v)
        out.setdefault(v.canonical.casefold(), v)
    return out


def place(name: str) -> Place | None:
    """Look a place name up, exactly first, then case-folded and without an admin head."""
    p = places().get(name)
    if p is not None:
        return p
    key = " ".join(name.split()).casefold()
    folded = _places_folded()
    if key in folded:
        return folded[key]
    for head in ADMIN_HEADS:
        if key.startswith(head + " "):
            return folded.get(key[len(head) + 1 :])
    return None


def is_country(name: str) -> bool:
    """A known country's name (`Jepang`, `Malaysia`), looked up as ``place`` does."""
    p = place(name)
    return p is not None and p.kind == "country"


def country_of(name: str) -> str | None:
    """ISO 3166-1 alpha-2 code of the country a named place lies in, when the lists know it."""
    p = place(name)
    return p.country if p else None


@cache
def max_words() -> int:
    """Longest surface (in words) among places and organisations, for longest-match scans."""
    names = list(places()) + list(organisations())
    return max(len(n.split()) for n in names)


# a town abroad this big is a place, not a person's name, after a word of place (`di Khan Younis`)
WORLD_TOWN = 50_000


def town_abroad(name: str) -> bool:
    """The geocoder's gazetteer (``warta.places``, loaded on first use) knows ``name`` as a town of
    at least ``WORLD_TOWN`` people or a state or province abroad, and the entity lists do not."""
    from warta.places import gazetteer as geo  # the places layer's data; imported only when asked

    if len(name) < 4 or name.isupper():
        return False
    return any(
        c >= 1.0
        and p.country
        and p.country != "ID"
        and (p.feature == "admin1" or (p.feature == "city" and p.population >= WORLD_TOWN))
        for p, c in geo.get().lookup(name)
    )


def known_place(name: str) -> bool:
    """The entity lists or the geocoder's gazetteer (not its weak name-list places) know ``name``
    as a place."""
    from warta.places import gazetteer as geo  # the places layer's data; imported only when asked

    if place(name) is not None:
        return True
    g = geo.get()
    return any(not g.is_weak(p) for p, _c in g.lookup(name))
