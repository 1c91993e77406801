"""A name with one of its parts written in another name of that part: 'Fraksi PDIP' is 'Fraksi PDI
Perjuangan', 'Kantor Kemensos' is 'Kantor Kementerian Sosial', 'Komisi III DPR' is 'Komisi III Dewan
Perwakilan Rakyat', 'Kejari OKI' is 'Kejari Ogan Komering Ilir'.

Indonesian news writes a body, a unit or a building named after a body or a region with that body's or
region's acronym in one article and its full name in another; the two are mostly written in one article
each, so no evidence or clipped-name rule joins them. The corpus itself says the parts are one: they are
one identity already (joined by their own evidence) and one is spelled out of the other or holds it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from warta.corpus.store import Store
from warta.identity import names
from warta.identity.evidence import candidates, spelled_out
from warta.identity.merges import link_sure, members, root, through
from warta.identity.name_words import known_region
from warta.identity.official_names import CLOSING_WORDS
from warta.identity.stored import is_place, name_of, stored_num
from warta.resources import word_lists

PART_REASON = "one name with a part written otherwise:"  # "…: 'kantor kemensos' is 'kantor kementerian sosial' …"


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    return word_lists("warta.identity", "part_names.json")


@lru_cache(maxsize=1)
def _state_words() -> frozenset[str]:
    """The words that, added alone to a part, leave the longer name to the official names' rules
    (their closing words, the state's words: 'ri', 'republik', 'indonesia' …), built once."""
    return CLOSING_WORDS | _lists()["state_words"]


@lru_cache(maxsize=1)
def _regional_heads() -> frozenset[str]:
    """The words that make a name an office every region has (regional_offices.txt and
    part_names.json's regional_words), built once."""
    return frozenset(names.regional_offices() | _lists()["regional_words"])


def _spelt_alike(short: str, long: str) -> bool:
    """Whether the part ``short`` is a short way of writing ``long``: its words inside it ('dki' of 'dki
    jakarta'; not by the closing or state words alone, the official names' rules), or, the words both
    share at either end set aside, one word spelled out of the rest ('kemensos' of 'kementerian sosial',
    'oki' of 'ogan komering ilir', 'kemenko pangan' of 'kementerian koordinator bidang pangan') or the
    acronym a reader knows it by ('polri')."""
    if len(short) >= len(long):
        return False
    if f" {long} ".find(f" {short} ") >= 0:
        added = set(long.split()) - set(short.split())
        return not added <= _state_words()
    a, b = short.split(), long.split()
    while len(a) > 1 and len(b) > 1 and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    while len(a) > 1 and len(b) > 1 and a[0] == b[0]:
        a, b = a[1:], b[1:]
    if len(a) != 1 or len(b) < 2:
        return False
    return spelled_out(a[0], " ".join(b)) or names.known_expansions().get(a[0]) == " ".join(b)


def _regional_office(store: Store, words: list[str], part: str, other: str) -> bool:
    """Whether the words around the part make a regional office of no named place ('Kantor Wilayah DJP':
    every region has one): its name then says which kind of office, not which office. The part itself
    may be the place, in either of its names ('Kejari OKU', 'DPRD Jakarta')."""
    heads = _regional_heads()
    places = [part, other, *words]
    return any(w in heads for w in words) and not any(known_region(p) or is_place(store, p) for p in places)


def _other_names(store: Store, part: str, forms: bool = False) -> list[str]:
    """The other stored names of the identity of the body or place ``part``: a stored name's, or, for a
    form no entity bears, the one identity every name the corpus wrote it for belongs to ('Kemensos'
    written for 'Kementerian Sosial'); with ``forms``, also the forms written for that identity ('OKU' for
    'Ogan Komering Ulu')."""
    out: set[str] = set()
    for label in ("ORG", "LOC"):
        num = stored_num(store, part, label)
        if num is None:
            written = {root(store, e) for e, _, _ in candidates(store, part, label)}
            if len(written) != 1:
                continue
            num = written.pop()
        nums = members(store, root(store, num))
        marks = ",".join("?" * len(nums))
        out.update(str(n) for (n,) in store.query(f"SELECT norm FROM entities WHERE num IN ({marks})", nums))
        if forms:
            out.update(
                str(f) for (f,) in store.query(f"SELECT form FROM entity_aliases WHERE entity IN ({marks})", nums)
            )
    listed = names.known_expansions().get(part)  # … and the meaning a reader knows an acronym by ('tipikor')
    if listed:
        out.add(listed)
    out.update(names.known_acronyms().get(part, ()))
    return sorted(out - {part})


def _identities(store: Store, part: str) -> set[int]:
    """The identities of the stored bodies and places named ``part``."""
    nums = (stored_num(store, part, label) for label in ("ORG", "LOC"))
    return {root(store, n) for n in nums if n is not None}


def _named_parts(store: Store, words: list[str]) -> list[tuple[int, int, str]]:
    """The runs of a name's words (not all of them, three letters or more) that may name a body or place of
    their own: a stored name, a form the corpus wrote for one, or an acronym or name the reader's list
    knows — two queries for the whole name, not one per run."""
    runs = [
        (i, j, " ".join(words[i:j]))
        for i in range(len(words))
        for j in range(i + 1, len(words) + 1)
        if j - i < len(words) and len(" ".join(words[i:j])) >= 3
    ]
    if not runs:
        return []
    parts = sorted({p for _, _, p in runs})
    marks = ",".join("?" * len(parts))
    keys = [f"{label}:{p}" for p in parts for label in ("ORG", "LOC")]
    named = {
        str(k).split(":", 1)[1]
        for (k,) in store.query(f"SELECT key FROM entities WHERE key IN ({','.join('?' * len(keys))})", keys)
    }
    named.update(
        str(f) for (f,) in store.query(f"SELECT DISTINCT form FROM entity_aliases WHERE form IN ({marks})", parts)
    )
    named.update(p for p in parts if p in names.known_expansions() or p in names.known_acronyms())
    return [(i, j, p) for i, j, p in runs if p in named]


def _mates(store: Store, words: list[str], label: str, shorter: bool = True) -> list[tuple[int, str, str, str]]:
    """The stored names of ``label`` that are the name of ``words`` with one part written in another name
    of that part's identity, spelled alike: (entity, name, part, other) — the part written in full in the
    other name (or, ``shorter`` False, either way round). ('RI' is too short: the closing word's rule.)"""
    out = []
    for i, j, part in _named_parts(store, words):
        for other in _other_names(store, part, forms=not shorter):
            if not (_spelt_alike(part, other) or (not shorter and _spelt_alike(other, part))):
                continue
            full = " ".join([*words[:i], other, *words[j:]])
            num = stored_num(store, full, label)
            if num is not None and not _regional_office(store, [*words[:i], *words[j:]], part, other):
                out.append((num, full, part, other))
    return out


def part_mates(store: Store, norm: str, label: str) -> list[str]:
    """Stored names one part apart from ``norm`` either way (:func:`_mates`): when a name arrives, the
    names it may now host or join are decided again."""
    if label not in ("ORG", "LOC") or " " not in norm:
        return []
    return [full for _, full, _, _ in _mates(store, norm.split(), label, shorter=False)]


def link_part_written_otherwise(store: Store, ent: int, norm: str, label: str, current: Any) -> bool:
    """Link a stored name to the stored name that is it with one part written in another name of that
    part's identity, the shorter way: 'Fraksi PDIP' to 'Fraksi PDI Perjuangan' once 'PDIP' and 'PDI
    Perjuangan' are one (or the one is the acronym a reader knows the other by: 'Pengadilan Tipikor
    Jakarta'). The two parts must be spelled alike (:func:`_spelt_alike`), so a link made wrongly between
    two parts is not carried on; never when two identities answer, nor for a regional office of no named
    place, nor into the identity of the part itself (a unit is not its body)."""
    words = norm.split()
    if label not in ("ORG", "LOC") or len(words) < 2:
        return False
    targets = {
        root(store, num): (full, part, other)
        for num, full, part, other in _mates(store, words, label)
        if not through(store, num, ent)  # (joined into this one the other way: no host)
    }
    if len(targets) != 1:
        return False
    target, (full, part, other) = next(iter(targets.items()))
    if target in _identities(store, part):
        return False  # a unit's name is not its body's: 'Fraksi PAN' stays apart from a 'PAN' joined there
    why = f"{PART_REASON} '{norm}' is '{full}' ('{part}' is '{other}'), of '{name_of(store, target)}'"
    return link_sure(store, ent, target, current, lambda: why)
