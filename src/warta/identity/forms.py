"""The identity a written form that is no stored entity stands for corpus-wide, if any.

Many short forms ('prolanis', 'tito') are never an article's entity of their own: articles only
wrote them beside a full name. The store keeps them as aliases of that name, but an alias says
whom one article meant, not whom the form names across the corpus. This applies the same evidence
rules as :func:`warta.identity.relink` (pooled by identity, dominance, enough articles, a first name
of two people stays apart) to such a form, so an evaluation can score it as the rules would."""

from __future__ import annotations

from typing import Any

from warta.corpus.store import Store, normalize_name
from warta.identity import (
    DOMINANCE,
    _first_name_of_stored_two,
    _first_name_of_two,
    _given_names,
    _named_after,
    _names_of,
    _not_an_identity,
    _place_named_after,
    _unit_of_parent,
    _weak_first_name,
    candidates,
    core,
    enough,
    members,
    names,
    root,
)


def form_identity(store: Store, form: str, label: str) -> int | None:
    """The identity ``form`` (folded) stands for when the evidence decides it, else None. A common
    or short first name is never decided: with no articles of its own there is no context to check."""
    pooled: dict[int, list[Any]] = {}
    for ent, name, count in candidates(store, form, label):
        n = normalize_name(name)
        if _not_an_identity(store, name, label) or core(n, label)[0] == form:
            continue
        if label == "LOC" and _place_named_after(form, n):
            continue
        if label == "ORG" and (_named_after(form, n) or _unit_of_parent(form, n)):
            continue
        if label == "ORG" and " " not in form and n.split()[0] in names.regional_offices():
            continue
        g = pooled.setdefault(root(store, ent), [root(store, ent), name, 0])
        g[2] += count
    if not pooled:
        return None
    ranked = sorted(pooled.values(), key=lambda g: (-g[2], normalize_name(g[1])))
    target, count = ranked[0][0], ranked[0][2]
    if count / sum(g[2] for g in ranked) < DOMINANCE:
        return None
    fulls = [normalize_name(n) for n in _names_of(store, members(store, target))]
    fulls += [core(f, label)[0] for f in fulls]
    if not any(enough(form, f, label, count) for f in fulls):
        return None
    if label == "PER" and (
        _weak_first_name(form, fulls)
        or _first_name_of_two(store, form, ranked)
        or (form in _given_names() and _first_name_of_stored_two(store, form))
    ):
        return None
    return target
