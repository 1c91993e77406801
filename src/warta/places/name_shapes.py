"""The forms of a name that are looked up and what its shape says: an administrative prefix
(``Kabupaten X``), a site's head word (``Hotel Y``), a name that reads foreign once its head is set aside."""

from __future__ import annotations

import re

from warta.document import Entity
from warta.entities.gazetteer import country_of, is_country
from warta.places.gazetteer import Gazetteer
from warta.places.looks import indonesian_odds
from warta.places.names import name_key
from warta.places.place_words import words
from warta.places.scores import FOREIGN_LOOKING

NOT_A_NAME = re.compile(r"\d|^[A-Z]{2,}$|[a-z][A-Z]")  # a code, an acronym, a brand (`MotoGP`)
LIST_JOIN = re.compile(r"\s*(?:,\s*(?:dan\s+)?|\s+dan\s+)")
LIST_JOIN_BEFORE = re.compile(r"(?:,\s*(?:dan\s+)?|\s+dan\s+)$")


# generic words of an English-order site's name between its place and its head
# (`Jakarta International Stadium`, `Indonesia Convention Exhibition`)
_SITE_QUALIFIERS = frozenset(
    ("international", "internasional", "stadium", "exhibition", "expo", "grand", "city", "sports", "sport")
)


def site_tail(after: list[str]) -> bool:
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


def reads_foreign(key: str) -> bool:
    """The name of a site, its head words aside, reads foreign (`Sirkuit Mugello`, `Kepulauan
    Spratly`): an Indonesian head word does not make the site Indonesian. Not after a head whose
    names are mostly a person's (`Jalan Ahmad Yani`, `Bandara Soekarno Hatta`): a person's name
    reads foreign to a model of place names."""
    look = look_key(key)
    return look != key and indonesian_odds(look) < FOREIGN_LOOKING


def reads_foreign_name(key: str) -> bool:
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


def home_only_site(key: str) -> bool:
    """The name opens with a head that only Indonesian sites have (`Tol Brexit`, `Kawasan
    Industri Modern`): how the rest reads says nothing of the country."""
    toks = key.split()
    return len(toks) > 1 and (toks[0] in words().home_only_heads or " ".join(toks[:2]) in words().home_only_heads)


def indonesian_site(key: str) -> bool:
    toks = key.split()
    grams = set(toks) | {" ".join(toks[i : i + 2]) for i in range(len(toks) - 1)}
    return bool(grams & words().indonesian_site_words)


def name_forms(entity: Entity) -> list[str]:
    """The entity's names, canonical first, longest mentions next, without duplicates."""
    seen: dict[str, str] = {}
    for s in [entity.canonical or ""] + sorted((m.text or "" for m in entity.mentions), key=len, reverse=True):
        k = name_key(s)
        if k and k not in seen and k not in words().region_modifiers:  # 'Barat' alone is no place
            seen[k] = s
    return list(seen)


# a lower-case part after a hyphen belongs to the word before it (`Punggye-ri`, `Sejong-si`):
# no place of its own, not the abbreviation `RI`
SUFFIX_HYPHEN = re.compile(r"(?<=\w)-(?=[a-z])")


def listed_country(e: Entity, keys: list[str], gaz: Gazetteer) -> str | None:
    """The country a name no gazetteer entry knows is on the entities layer's list (`Republik
    Ceska`, `Persatuan Emirat Arab`): read as a country, not as a town found inside it."""
    if not is_country(e.canonical) or any(gaz.lookup_key(k) for k in keys):
        return None
    return country_of(e.canonical)


def name_as_written(e: Entity, key: str) -> str:
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
