"""Whether the articles that write only a short name are about the same things as the articles of
a full name: the co-mentioned identities they share, weighted by how rare each is in the corpus.

Name evidence ('Dian' written for 'V Dian Patria' in four articles) says the corpus uses a form for
one person; it does not say that an article writing only 'Dian' means him. Shared context does: the
short name's own articles and the full name's articles naming the same rare people, bodies and
places."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from warta.corpus.store import Store

FIELDS = 2  # an article's strongest themes: the field it is about ('olahraga', 'hukum dan korupsi')
SPECIFIC = 3.0  # idf of a specific co-mention: in at most ~5% of the corpus's articles (log(1/0.05))
MAX_ARTICLES = 200  # articles of each side read (the most recent), so the check stays bounded


@dataclass(frozen=True)
class Context:
    """What the short name's own articles share with the full name's articles."""

    own: int  # articles of the short name that do not name the full one
    shared: int  # co-mentioned identities both sets of articles name
    specific: int  # … of them rare in the corpus (idf >= SPECIFIC)
    weight: float  # sum of their idf

    def __str__(self) -> str:
        return f"{self.shared} shared co-mention(s), {self.specific} specific, weight {self.weight:.1f}"


def _articles(store: Store, ents: list[int], limit: int | None = None) -> list[int]:
    if not ents:
        return []
    marks = ",".join("?" * len(ents))
    lim = f" ORDER BY article DESC LIMIT {int(limit)}" if limit else ""
    return [
        int(r[0])
        for r in store.query(f"SELECT DISTINCT article FROM mentions WHERE entity IN ({marks}){lim}", list(ents))
    ]


def _sides(
    store: Store, short: int, full: list[int], members: Callable[[Store, int], list[int]]
) -> tuple[list[int], list[int], set[int]]:
    """The full name's entities other than the short name's own, the articles of the short name that
    name none of them, and the full name's articles (the most recent of each)."""
    mine = members(store, short)  # the short name and names linked into it
    full = [e for e in full if e not in mine]  # (the short name may be linked into the full one already)
    full_arts = set(_articles(store, full, MAX_ARTICLES))
    return full, [a for a in _articles(store, mine, MAX_ARTICLES) if a not in full_arts], full_arts


def shared_context(
    store: Store,
    short: int,
    full: list[int],
    members: Callable[[Store, int], list[int]],
    root: Callable[[Store, int], int],
) -> Context | None:
    """The context the articles of entity ``short`` (those not naming any of ``full``, the full
    name's identity) share with the articles of ``full``; None when it has no such article (then
    every article of the short name also names the full one and there is nothing to check).
    ``members`` and ``root`` are the identity package's, passed in to avoid a circular import."""
    full, own, full_arts = _sides(store, short, full, members)
    return _context(store, short, full, own, full_arts, members, root) if own else None


def _context(
    store: Store,
    short: int,
    full: list[int],
    own: list[int],
    full_arts: set[int],
    members: Callable[[Store, int], list[int]],
    root: Callable[[Store, int], int],
) -> Context:
    """The context of :func:`shared_context` over the two sides :func:`_sides` read (``own`` not empty)."""
    excluded = {short, *(root(store, e) for e in full)}
    marks = ",".join("?" * len(own))
    co = {int(r[0]) for r in store.query(f"SELECT DISTINCT entity FROM mentions WHERE article IN ({marks})", own)}
    roots = {root(store, e) for e in co} - excluded
    if not roots or not full_arts:
        return Context(len(own), 0, 0, 0.0)
    fmarks = ",".join("?" * len(full_arts))
    named = {
        int(r[0])
        for r in store.query(f"SELECT DISTINCT entity FROM mentions WHERE article IN ({fmarks})", list(full_arts))
    }
    n_articles = max(int(store.scalar("SELECT COUNT(*) FROM articles") or 0), 1)
    shared, specific, weight = 0, 0, 0.0
    for r in sorted(roots):
        ents = members(store, r)
        if named.isdisjoint(ents):
            continue
        emarks = ",".join("?" * len(ents))
        df = int(store.scalar(f"SELECT COUNT(DISTINCT article) FROM mentions WHERE entity IN ({emarks})", ents) or 1)
        idf = math.log(n_articles / max(df, 1))
        shared += 1
        weight += idf
        specific += idf >= SPECIFIC or df <= 2  # (in a small corpus: named only in the two compared)
    return Context(len(own), shared, specific, weight)


def _fields(store: Store, articles: list[int]) -> set[str]:
    """The fields the articles are about: each one's :data:`FIELDS` strongest themes."""
    out: set[str] = set()
    for a in articles:
        rows = store.query("SELECT theme FROM themes WHERE article = ? ORDER BY score DESC LIMIT ?", (a, FIELDS))
        out.update(str(r[0]) for r in rows)
    return out


def unrelated(
    store: Store,
    short: int,
    full: list[int],
    members: Callable[[Store, int], list[int]],
    root: Callable[[Store, int], int],
) -> bool:
    """Whether the articles of entity ``short`` not naming the identity ``full`` share nothing with
    that identity's: no co-mentioned identity, and other fields (their strongest themes never meet,
    and both sides have some). False when every article of ``short`` names ``full``. Both checks
    read the same two sides, read once."""
    full, own, full_arts = _sides(store, short, full, members)
    if not own or _context(store, short, full, own, full_arts, members, root).shared:
        return False
    mine, others = _fields(store, own), _fields(store, sorted(full_arts))
    return bool(mine) and bool(others) and mine.isdisjoint(others)
