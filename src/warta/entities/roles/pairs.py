"""A description set off after the last of two or three names joined by `dan` is each name's:
`Budi Santoso dan Andi Wijaya, siswa SMA Negeri 1 Bogor`, `…, keduanya anggota DPRD Kota Bogor`.
The rules read it beside the last name only; here the names before it in the list take it too.
Likewise a description set off before the first of such names (`dua bintang Real Madrid, yakni
Mateo Kovacic dan Dani Ceballos`) is the other names' too."""

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


# after a listed name: the join to the next one (`, `, ` dan `, `, dan `)
# (`/` joins a doubles pair: `ganda putra Indonesia, Marcus Gideon / Kevin Sanjaya`)
_JOIN_AFTER = re.compile(r"\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+|\s*/\s*")
# between a description and the first name: a comma, maybe a word that names or gives examples
_SET_OFF_BEFORE = re.compile(r",\s*(?:(?:yakni|yaitu|seperti|termasuk)\s+)?$")


# a relative clause between the description and its comma (`tiga penyidik KPK yang juga dihadirkan
# ke persidangan, yakni …`): no sentence or quote break inside, and short
_RELATIVE = re.compile(r"\s+yang\s[^.;:!?\"“”\n]{1,120}$")


def _described(before: str, role: str) -> bool:
    """The words ``before`` a set-off name close with its role, maybe with a relative clause after
    it, or with the relation the role resolves (`pengacaranya` read as `pengacara Chuck Blazer`)."""
    last = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
    clause = _RELATIVE.search(before, max(0, len(before) - 200))  # (the clause is short: read its tail only)
    bare = before[: clause.start()] if clause is not None else before
    return bare.endswith(role) or (last.endswith("nya") and last[:-3] == role.split()[0].lower())


def listed_after_roles(norm: str, people: list[tuple[int, Cluster]]) -> None:
    """Give the names listed after a name that has a description set off before it that
    description, when they have none and the list closes with `dan`/`serta` or is a pair joined by `/`."""
    starts = {m.start: cl for cl in {id(c): c for _p, c in people}.values() for m in cl.mentions}
    for pos, cl in people:
        role = cl.role
        if not role or not role[:1].islower():
            continue  # a set-off description starts lower case (`bintang …`); a post is each one's own
        gap = _SET_OFF_BEFORE.search(norm, max(0, pos - 12), pos)
        if gap is None or not _described(norm[: gap.start()], role):
            continue
        listed: list[Cluster] = []
        end = next(m.end for m in cl.mentions if m.start == pos)
        joined = False
        for _ in range(_MAX_LISTED):
            join = _JOIN_AFTER.match(norm, end)
            other = starts.get(join.end()) if join else None
            if join is None or other is None or other is cl:
                break
            joined = any(word in join.group() for word in ("dan", "serta", "/"))
            listed.append(other)
            end = next(m.end for m in other.mentions if m.start == join.end())
        if not joined:
            continue
        for other in listed:
            if not other.role:
                other.role = role
