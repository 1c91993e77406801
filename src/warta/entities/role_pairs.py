"""A description set off after the last of two or three names joined by `dan` is each name's:
`Budi Santoso dan Andi Wijaya, siswa SMA Negeri 1 Bogor`, `…, keduanya anggota DPRD Kota Bogor`.
The rules read it beside the last name only; here the names before it in the list take it too."""

from __future__ import annotations

import re

from warta.entities.spans import Cluster

# the list's joins before the last name (`, ` or ` dan ` / `, dan `)
_JOIN = re.compile(r"(?:\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)$")
# after the last name: a comma, maybe a word that counts the people, then the description
_SET_OFF = re.compile(r"\s*,\s*(?:(?:keduanya|ketiganya|kedua|ketiga|dua|tiga|sama-sama|para)\s+)?")
_MAX_LISTED = 3


def pair_roles(norm: str, people: list[tuple[int, Cluster]]) -> None:
    """Give the names listed before a name with a set-off description that description, when they
    have none and the list is joined by `dan` (a list closed so is one group the description
    follows)."""
    ends = {m.end: cl for cl in {id(c): c for _p, c in people}.values() for m in cl.mentions}
    for pos, cl in people:
        role = cl.role
        if not role or not role[:1].islower():
            continue  # a set-off description starts lower case (`siswa …`); a post is each one's own
        end = next((m.end for m in cl.mentions if m.start == pos), None)
        tail = _SET_OFF.match(norm, end) if end is not None else None
        if tail is None or not norm.startswith(role, tail.end()):
            continue
        listed: list[Cluster] = []
        at = pos
        joined = False
        for _ in range(_MAX_LISTED - 1):
            gap = _JOIN.search(norm, max(0, at - 12), at)
            if gap is None:
                break
            joined = joined or "dan" in gap.group() or "serta" in gap.group()
            other = ends.get(gap.start())
            if other is None or other is cl:
                break
            listed.append(other)
            at = next(m.start for m in other.mentions if m.end == gap.start())
        if not joined or not listed:
            continue
        for other in listed:
            if not other.role:
                other.role = role
