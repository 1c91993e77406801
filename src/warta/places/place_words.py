"""The layer's head words (``data/words.json``): administrative prefixes, site words,
connectors of an address, locative words, as sets and regular expressions."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from warta.places.names import name_key
from warta.resources import data

WORDS_PATH = data("warta.places", "data", "words.json")


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
