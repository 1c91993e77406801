"""Compare the identities, entity aliases and stories of two stores, by content rather than row ids.

    python scripts/compare_stores.py A.db B.db   (or PostgreSQL URLs: postgresql://…)

Row numbers (entities.num, articles.num, story ids) depend on insertion order, so every row is
written in terms of entity keys and record ids before comparing. Exit code 1 when they differ.
"""

from __future__ import annotations

import sys
from typing import Any

from warta.corpus import Corpus


def snapshot(s: Any) -> dict[str, set[tuple[Any, ...]]]:
    """Each table's rows with entity nums as keys, article nums as record ids, stories as their members."""
    key = {n: k for n, k in s.execute("SELECT num, key FROM entities").fetchall()}
    rid = {n: r for n, r in s.execute("SELECT num, id FROM articles").fetchall()}
    members: dict[str, list[str]] = {}
    for art, story in s.execute("SELECT article, story FROM story_members").fetchall():
        members.setdefault(story, []).append(str(rid.get(art)))
    story = {sid: tuple(sorted(m)) for sid, m in members.items()}
    links = {
        (key[e], key[t], reason, undone, manual)
        for e, t, reason, undone, manual in s.execute(
            "SELECT entity, target, reason, undone, manual FROM entity_links"
        ).fetchall()
    }
    # identity groups: follow live links to the root
    parent = {
        key[e]: key[t] for e, t in s.execute("SELECT entity, target FROM entity_links WHERE undone = 0").fetchall()
    }

    def top(k: str) -> str:
        seen = set()
        while k in parent and k not in seen:
            seen.add(k)
            k = parent[k]
        return k

    groups: dict[str, set[str]] = {}
    for k in key.values():
        groups.setdefault(top(k), set()).add(k)
    return {
        "entities": {(k,) for k in key.values()},
        "entity_links": links,
        "identity_groups": {tuple(sorted(g)) for g in groups.values() if len(g) > 1},
        "entity_aliases": {
            (form, label, key[e], n)
            for form, label, e, n in s.execute("SELECT form, label, entity, articles FROM entity_aliases").fetchall()
        },
        "stories": set(story.values()),
        "story_first": {
            (story.get(sid), rid.get(first), size)
            for sid, first, size in s.execute("SELECT id, first_article, size FROM stories").fetchall()
        },
        "dup_groups": {(r, g, d) for r, g, d in s.execute("SELECT id, dup_group, dup_of FROM articles").fetchall()},
    }


def main(argv: list[str]) -> int:
    a_db, b_db = argv[1], argv[2]
    with Corpus(a_db) as a, Corpus(b_db) as b:
        sa, sb = snapshot(a.store), snapshot(b.store)
    differ = 0
    for table in sa:
        only_a, only_b = sa[table] - sb[table], sb[table] - sa[table]
        print(f"{table}: {len(sa[table])} vs {len(sb[table])} rows, {len(only_a)} only in A, {len(only_b)} only in B")
        for row in sorted(only_a, key=repr)[:8]:
            print("  A", row)
        for row in sorted(only_b, key=repr)[:8]:
            print("  B", row)
        differ += len(only_a) + len(only_b)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
