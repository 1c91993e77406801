"""A name with a kind word or its place after it: 'Rakhine State', 'Bologna FC', 'Universal Pictures'
(a kind word English-style names put last) and a facility's name with the town it stands in ('Istana
Kepresidenan Jakarta', 'Astana Gede Kawali') are the stored name without it — when no other stored name
competes for that shorter name ('Istana Kepresidenan Bogor', 'Emirates Stadium' beside 'Emirates Hotel').

Each such longer name is mostly written in one article and the shorter in others, so the evidence and
clipped-name rules, which need the two named together or a strong shared context, never join them; the
shape of the name is the evidence here, and a rival stored name keeps the shorter one undecided.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from warta.corpus.store import Store, normalize_name
from warta.identity import names
from warta.identity.evidence import candidates
from warta.identity.merges import link_sure, root, through
from warta.identity.name_words import ADMIN_WORDS, ORG_GENERIC, ORG_LEADING, ORG_TRAILING, region_names
from warta.identity.stored import is_place, stored_num
from warta.resources import word_lists, word_set

KIND_TAIL_REASON = "with its kind or place after it:"  # "'rakhine state' is 'rakhine' with its kind …"


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    return word_lists("warta.identity", "kind_tails.json")


@lru_cache(maxsize=1)
def _media() -> frozenset[str]:
    """Folded names of media abroad (the quotes layer's list): 'ESPN FC' is the medium's football site."""
    return frozenset(normalize_name(m) for m in word_set("warta.quotes", "foreign_media.txt"))


def _kind_tail(base: str, tail: str, label: str) -> bool:
    """Whether ``tail`` is a closing kind word of the label and ``base`` a name of its own before it."""
    lists = _lists()
    kinds = lists["kind_tails_org"] if label == "ORG" else lists["kind_tails_loc"] | lists["facility_tails"]
    if tail not in kinds:
        return False
    if len(base) < 3 or base in (*ADMIN_WORDS, *ORG_LEADING, *ORG_TRAILING, *ORG_GENERIC) or base in _media():
        return False
    if label == "LOC" and tail in lists["facility_tails"]:
        return not names.known_place(base)  # 'Tokyo Arena' is named after the city, not the city
    return label != "ORG" or base not in region_names()  # 'Bali' beside a club named after the province


def _place_tail(store: Store, base: str, tail: str) -> bool:
    """Whether ``base`` is a facility's own name ('istana kepresidenan', 'astana gede') and ``tail`` the
    place it stands in: a region or a stored place, no compass word ('Kabupaten Bandung Barat' is another
    regency); never a street ('Jalan Veteran' runs through every town) nor a kind alone ('Balai Kota')."""
    lists, words = _lists(), base.split()
    if len(words) < 2 or words[0] not in lists["facility_heads"]:
        return False
    if not any(len(w) >= 3 and w not in lists["facility_words"] and w not in ADMIN_WORDS for w in words):
        return False  # its kind alone ('Balai Kota'), or a name cut short ('GOR C' of 'GOR C'Tra Arena')
    if " " not in tail and tail in lists["compass_words"]:
        return False
    return tail in region_names() or is_place(store, tail)


def _one_run(norm: str, other: str) -> bool:
    """Whether one of two names runs on from the other (or they are one)."""
    return f"{other} ".startswith(f"{norm} ") or f"{norm} ".startswith(f"{other} ")


def _rivals(store: Store, ent: int, base: str, norm: str, label: str, target: int) -> bool:
    """Whether another stored name runs on from ``base`` — not ``norm`` itself, nor ``norm`` run on
    further or cut ('Istana Kepresidenan Jakarta Pusat'), nor one joined into it —, or the corpus writes ``base``
    for another identity: then the shorter name may mean either. A rival joined to the shorter name
    counts too, so the decision does not depend on which of the two was decided first."""
    rows = store.query(
        "SELECT num, norm FROM entities WHERE key >= ? AND key < ?", (f"{label}:{base} ", f"{label}:{base}!")
    )
    if any(not _one_run(norm, str(m)) and not through(store, int(n), ent) for n, m in rows):
        return True
    return any(root(store, e) not in (target, ent) for e, _, _ in candidates(store, base, label))


def link_kind_tail(store: Store, ent: int, norm: str, label: str, current: Any) -> bool:
    """Link a stored name with a closing kind word ('Rakhine State', 'Bologna FC') or a facility's name
    with its town after it ('Istana Kepresidenan Jakarta') to the stored name without it, when no other
    identity competes for that shorter name (:func:`_rivals`)."""
    words = norm.split()
    if label not in ("ORG", "LOC") or len(words) < 2:
        return False
    for cut in (1, 2):
        if len(words) <= cut:
            break
        base, tail = " ".join(words[:-cut]), " ".join(words[-cut:])
        kind = cut == 1 and _kind_tail(base, tail, label)
        if not kind and not (label == "LOC" and _place_tail(store, base, tail)):
            continue
        bare = stored_num(store, base, label)
        if bare is None:
            continue
        target = root(store, bare)
        if target == ent:
            return False  # the shorter name is joined into this one already
        if _rivals(store, ent, base, norm, label, target):
            return False
        why = f"'{norm}' is '{base}' {KIND_TAIL_REASON} the {'kind' if kind else 'place'} '{tail}'"
        return link_sure(store, ent, target, current, lambda: why)  # noqa: B023 (called before the loop goes on)
    return False


def with_tails(store: Store, norm: str, label: str) -> list[str]:
    """Stored names that run on from ``norm`` or from it without its last word (one query of key
    ranges): when a name arrives, the longer names it may host or rival are decided again."""
    if label not in ("ORG", "LOC"):
        return []
    heads = [norm, *([norm.rsplit(" ", 1)[0]] if " " in norm else [])]
    where = " OR ".join("(key >= ? AND key < ?)" for _ in heads)
    rows = store.query(
        f"SELECT key FROM entities WHERE {where}", [v for h in heads for v in (f"{label}:{h} ", f"{label}:{h}!")]
    )
    return [k.split(":", 1)[1] for (k,) in rows]
