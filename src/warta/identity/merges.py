"""The links between names (``entity_links``) and the hand on them: writing a link with its reason,
following live links to an identity's root and members, and :func:`link` / :func:`unlink` / :func:`find` for
the CLI (a manual link or undo is kept on later ingests).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from warta.corpus.store import Store, normalize_name, now
from warta.identity.evidence import DOMINANCE
from warta.identity.stored import stored_num


def bare_root(store: Store, ent: int, base: str, label: str) -> int | None:
    """The identity of the stored name ``base`` that ``ent`` would join, or None when ``base`` is not
    stored or is already ``ent``'s own."""
    bare = stored_num(store, base, label)
    if bare is None or bare == ent:
        return None
    target = root(store, bare)
    return None if target == ent else target


def link_to_host(store: Store, short: int, form: str, mates: list[tuple[int, str]], current: Any, why: str) -> bool:
    """Link ``short`` to the one of its names (``mates``, all one name) that hosts them: one another
    rule joined to an identity ('Afifuddin', the one KPU chairman), then the one written in more
    articles, then the first in order. Decided on the names, not on arrival."""
    if not mates:
        return False
    nums = [short] + [n for n, _ in mates]
    marks = ",".join("?" * len(nums))
    own = dict(store.query(f"SELECT entity, COUNT(*) FROM mentions WHERE entity IN ({marks}) GROUP BY entity", nums))
    joined = {n for n in nums if _joined_otherwise(store, n, why)}
    norms = {short: form, **dict(mates)}
    best = max(nums, key=lambda n: (n in joined, own.get(n, 0), [-ord(ch) for ch in norms[n]]))
    if best == short:
        return False
    row = store.execute("SELECT target, reason FROM entity_links WHERE entity = ? AND undone = 0", (best,)).fetchone()
    if row is not None and str(row[1]).startswith(why) and through(store, best, short):
        # the other name was hosted here while it was written less: turned round
        store.execute(
            "UPDATE entity_links SET undone = 2, reason = ?, at = ? WHERE entity = ?",
            (f"no longer: {row[1]} (the other name is written more now)", now(), best),
        )
    if through(store, best, short):
        return False
    return link_sure(
        store,
        short,
        best,
        current,
        lambda: f"{why} '{form}' and '{norms[best]}' ({own.get(best, 0)} article(s) against {own.get(short, 0)})",
    )


def _joined_otherwise(store: Store, ent: int, why: str) -> bool:
    """Whether a rule other than ``why`` joined the name to an identity."""
    row = store.execute("SELECT reason FROM entity_links WHERE entity = ? AND undone = 0", (ent,)).fetchone()
    return row is not None and not str(row[0]).startswith(why)


def through(store: Store, ent: int, via: int) -> bool:
    """Whether the live links from ``ent`` pass through ``via`` (linking ``via`` to it would make a ring)."""
    seen: set[int] = set()
    while ent not in seen:
        if ent == via:
            return True
        seen.add(ent)
        row = store.execute("SELECT target FROM entity_links WHERE entity = ? AND undone = 0", (ent,)).fetchone()
        if row is None:
            return False
        ent = int(row[0])
    return False


def reroot(store: Store, g: list[Any]) -> None:
    """Make the full name with the most evidence the identity's name: two full names joined as one
    name while the other had more evidence are turned round (decided on counts, not arrival)."""
    counts: dict[int, int] = g[3]
    root_ent = g[0]
    marks = ",".join("?" * len(counts))
    keys = dict(store.query(f"SELECT num, key FROM entities WHERE num IN ({marks})", list(counts)))
    # ties by name, not by the entity's number (that is the order the articles arrived in)
    best = max(counts, key=lambda e: (counts[e], [-ord(ch) for ch in keys.get(e, "")]))
    if best == root_ent or counts[best] <= counts.get(root_ent, 0):
        return
    row = store.execute(
        "SELECT target, manual, reason FROM entity_links WHERE entity = ? AND undone = 0", (best,)
    ).fetchone()
    if row is None or int(row[0]) != root_ent or row[1] or " are one name" not in row[2]:
        return
    store.execute(
        "UPDATE entity_links SET undone = 2, reason = reason || ' [turned round: more evidence now]', at = ? "
        "WHERE entity = ?",
        (now(), best),
    )
    set_link(store, root_ent, best, row[2], 1.0, manual=False)
    g[0] = best
    g[1] = store.scalar("SELECT name FROM entities WHERE num = ?", (best,)) or g[1]


def link_one_name(store: Store, inner: int, inner_name: str, host: int, host_name: str, form: str, why: str) -> None:
    """'Amran Sulaiman' into 'Andi Amran Sulaiman', 'Djarot Saiful Hidayat' into 'Djarot Syaiful
    Hidayat': two full names of one identity the corpus writes the same short form for (a
    person's decision on either is kept)."""
    current = store.execute("SELECT target, manual, undone FROM entity_links WHERE entity = ?", (inner,)).fetchone()
    if current is not None and (current[1] or current[2] == 1 or (current[0] == host and current[2] == 0)):
        return  # (a link dropped before is made again: the names are one now, whatever dropped it then)
    if root(store, host) == inner:
        # the name with more evidence was linked the other way when it had less: turn it round
        back = store.execute("SELECT manual, undone FROM entity_links WHERE entity = ?", (host,)).fetchone()
        if back is None or back[0] or back[1]:
            return
        store.execute(
            "UPDATE entity_links SET undone = 2, reason = reason || ' [turned round: more evidence now]', at = ? "
            "WHERE entity = ?",
            (now(), host),
        )
    reason = f"'{inner_name}' and '{host_name}' {why} and the corpus writes '{form}' for both"
    set_link(store, inner, host, reason, 1.0, manual=False)


def link_sure(store: Store, ent: int, target: int, current: Any, reason: Callable[[], str]) -> bool:
    """Link ``ent`` to ``target`` automatically with certainty, unless it is so linked already
    (``current``: its link row, or None); the reason is written only when the link is. True."""
    if current is not None and current[0] == target and current[2] == 0:
        return True
    set_link(store, ent, target, reason(), 1.0, manual=False)
    return True


def set_link(store: Store, entity: int, target: int, reason: str, score: float, *, manual: bool) -> None:
    store.execute(
        "INSERT INTO entity_links (entity, target, reason, score, manual, undone, at) VALUES (?, ?, ?, ?, ?, 0, ?) "
        "ON CONFLICT (entity) DO UPDATE SET target = excluded.target, reason = excluded.reason, "
        "score = excluded.score, manual = excluded.manual, undone = 0, at = excluded.at",
        (entity, target, reason, score, 1 if manual else 0, now()),
    )


def root(store: Store, entity: int, _depth: int = 0) -> int:
    """The identity an entity belongs to (following live links)."""
    row = store.execute("SELECT target FROM entity_links WHERE entity = ? AND undone = 0", (entity,)).fetchone()
    if row is None or _depth > 8 or int(row[0]) == entity:
        return entity
    return root(store, int(row[0]), _depth + 1)


def members(store: Store, identity: int) -> list[int]:
    """All entities of one identity (the root first)."""
    out, frontier = [identity], [identity]
    while frontier:
        marks = ",".join("?" * len(frontier))
        rows = store.query(f"SELECT entity FROM entity_links WHERE target IN ({marks}) AND undone = 0", frontier)
        frontier = [int(r[0]) for r in rows if int(r[0]) not in out]
        out.extend(frontier)
    return out


def links(store: Store, identity: int) -> list[dict[str, Any]]:
    """Why the names of an identity were merged (and which merges were undone)."""
    ids = members(store, identity)
    marks = ",".join("?" * len(ids))
    return [
        {"name": n, "into": t, "reason": r, "undone": bool(u), "manual": bool(m), "at": at}
        for n, t, r, u, m, at in store.query(
            "SELECT e.name, te.name, l.reason, l.undone, l.manual, l.at FROM entity_links l "
            "JOIN entities e ON e.num = l.entity JOIN entities te ON te.num = l.target "
            f"WHERE l.entity IN ({marks}) OR l.target IN ({marks}) ORDER BY l.at, e.name",
            [*ids, *ids],
        )
    ]


def unlink(store: Store, name: str, label: str | None = None) -> int:
    """Undo the merges of entities named ``name`` (kept undone on later ingests); returns how many."""
    norm = normalize_name(name)
    lab = " AND e.label = ?" if label else ""
    rows = store.query(
        f"SELECT l.entity FROM entity_links l JOIN entities e ON e.num = l.entity WHERE e.norm = ?{lab} AND l.undone = 0",
        [norm, *([label.upper()] if label else [])],
    )
    with store.transaction():
        for (ent,) in rows:
            store.execute(
                "UPDATE entity_links SET undone = 1, manual = 1, reason = reason || ' [undone by hand]', at = ? "
                "WHERE entity = ?",
                (now(), ent),
            )
    return len(rows)


def link(store: Store, name: str, into: str, label: str | None = None) -> bool:
    """Merge the entity ``name`` into ``into`` by hand (kept on later ingests)."""
    a, b = find(store, name, label), find(store, into, label)
    if not a or not b or root(store, b[0]) == root(store, a[0]):
        return False
    with store.transaction():
        set_link(store, a[0], root(store, b[0]), f"merged by hand: '{name}' is '{into}'", 1.0, manual=True)
    return True


def find(store: Store, name: str, label: str | None = None) -> list[int]:
    """Entities a user means by ``name``: the identity of the exact name, else of a written form
    the corpus links to one full name; each expanded to all names of its identity."""
    norm = normalize_name(name)
    if not norm:
        return []
    lab = " AND label = ?" if label else ""
    extra = [label.upper()] if label else []
    rows = store.query(
        f"SELECT e.num FROM entities e LEFT JOIN mentions m ON m.entity = e.num WHERE e.norm = ?{lab.replace('label', 'e.label')} "
        "GROUP BY e.num ORDER BY COUNT(m.article) DESC, e.num",
        [norm, *extra],
    )
    found = [int(r[0]) for r in rows]
    if not found:  # a written form seen only inside articles that use the full name
        alab = " AND label = ?" if label else ""
        rows = store.query(
            f"SELECT entity, articles FROM entity_aliases WHERE form = ?{alab} ORDER BY articles DESC, entity",
            [norm, *extra],
        )
        total = sum(int(r[1]) for r in rows)
        # only a form the corpus writes for one name: 'Budi' written for three people finds none
        found = [int(rows[0][0])] if rows and int(rows[0][1]) / total >= DOMINANCE else []
    out: list[int] = []
    for n in found:
        for m in members(store, root(store, n)):
            if m not in out:
                out.append(m)
    return out
