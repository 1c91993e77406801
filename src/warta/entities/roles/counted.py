"""Roles shared by a list of names: a counted or plural post before them (`dua pemimpin KPK Agus
Rahardjo dan Saut Situmorang`, `para …`), a counted trade, and a post written as a line-up's label
(`Pelatih:`)."""

from __future__ import annotations

import re

from warta.entities.roles.words import NOT_POSTS, agent_noun, is_rank
from warta.entities.spans import Cluster

# `dua pemimpin KPK Agus Rahardjo dan Saut Situmorang`: a count before the post makes it everyone's
_PLURAL = re.compile(r"\b(?:dua|tiga|empat|lima|kedua|ketiga|keempat|kelima|para)\s+$", re.I)
_NEXT_IN_LIST = re.compile(r"\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+")
_MAX_SHARED = 4  # the people a counted post names
_PLURAL_REACH = 200  # a counted post, its relative clause and its comma before the first name
_PLURAL_GAP = re.compile(r"\s*,\s*|\s+yang\s[^.;:!?\"“”\n]{1,120},\s*")


# `tiga orang anggota yakni Budi, Ani, dan Rudi`, `Dua pebalap mereka, Nato dan Gelael`, `sejumlah
# musisi, seperti Lamar dan Sheeran`: a count, the counted trade, perhaps a comma and `yakni` …,
# then the first of the names it counts
_COUNTED_LIST = re.compile(
    r"\b(?i:dua|tiga|empat|lima|enam|kedua|ketiga|keempat|para|duet|sejumlah|beberapa|\d+)\s+(?:orang\s+)?"
    r"(?P<r>[a-z][\w-]*(?:\s+(?!yakni|yaitu|seperti|termasuk|antara|yang\b)[a-z][\w-]*){0,3}?(?:\s+[A-Z][\w-]*){0,2}?)"
    r"(?:\s+(?:mereka|tersebut|itu|ini|lain|lainnya))?"
    r"\s*,?\s*(?:(?:yakni|yaitu|seperti|termasuk|antara lain)\s+)?$"
)
# a name in a list may carry a short aside in brackets (`Norman Nato (Prancis) dan Sean Gelael`)
_NEXT_AFTER_ASIDE = re.compile(r"(?:\s*\([^()\n]{1,30}\))?(?:\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)")
_COUNTED_REACH = 80  # the count, its trade and the list word before the first name


def _listed_after(norm: str, end: int, starts: dict[int, Cluster], first: Cluster) -> list[Cluster]:
    """The people listed after a name ending at ``end`` (`, B, dan C`), in order."""
    out: list[Cluster] = []
    for _ in range(_MAX_SHARED - 1):
        gap = _NEXT_AFTER_ASIDE.match(norm, end)
        other = starts.get(gap.end()) if gap else None
        if other is None or other is first or other in out:
            break
        out.append(other)
        end = next(m.end for m in other.mentions if m.start == gap.end())
    return out


# `Pelatih: Ronald Koeman`, `Manajer: Arsene Wenger`: a post as the label of a line of a line-up
_LABEL = re.compile(r"(?:^|(?<=[\s)(]))(?P<r>[A-Z][a-z]+(?: [a-z]+)?)\s*:\s*$")


def label_roles(norm: str, people: list[tuple[int, Cluster]], firsts: frozenset[str]) -> None:
    """A post written as a label with a colon right before a name (a line-up's `Pelatih:`) is
    the name's role: the title rules read a post only when no colon stands between."""
    for pos, cl in people:
        if cl.role and not is_rank(cl.role):
            continue
        lo = max(norm.rfind("\n", 0, pos) + 1, pos - 30)
        m = _LABEL.search(norm, lo, pos)
        if m is not None and m.group("r").split()[0].lower() in firsts:
            cl.role = m.group("r")


def counted_list_roles(norm: str, people: list[tuple[int, Cluster]], firsts: frozenset[str]) -> None:
    """A counted trade right before a list of two names or more is the role of each name
    without one (the title rules read a post before one name only, and none after `yakni`)."""
    starts = {pos: cl for pos, cl in people}
    for pos, cl in people:
        lo = max(norm.rfind("\n", 0, pos) + 1, pos - _COUNTED_REACH)
        m = _COUNTED_LIST.search(norm, lo, pos)
        if m is None or m.end() != pos:
            continue
        role = m.group("r")
        head = role.split()[0]
        if head not in firsts and not agent_noun(head) or head in NOT_POSTS:
            continue
        end = next(x.end for x in cl.mentions if x.start == pos)
        listed = _listed_after(norm, end, starts, cl)
        if not listed:
            continue
        for person in (cl, *listed):
            if not person.role or is_rank(person.role):
                person.role = role


def plural_roles(norm: str, people: list[tuple[int, Cluster]]) -> None:
    """`dua pemimpin KPK Agus Rahardjo dan Saut Situmorang`: a post counted as two (or `para`)
    right before the first of a list of names is the role of each name in the list that has none."""
    starts = {pos: cl for pos, cl in people}
    for pos, cl in people:
        role = cl.role or ""
        at = pos - len(role) - 1
        if role and (at < 0 or norm[at:pos].lower() != role.lower() + " "):
            # `dua gubernur lain yang juga merupakan pilihan Trump, Michelle Bowman dan Richard
            # Clarida`: the counted post set off by a comma, maybe with a relative clause
            at = norm.lower().rfind(role.lower(), max(0, pos - _PLURAL_REACH), pos)
            if at < 0 or not _PLURAL_GAP.fullmatch(norm, at + len(role), pos):
                continue
        if not role or at < 0:
            continue
        if not _PLURAL.search(norm, max(0, at - 10), at):
            continue
        end = next(m.end for m in cl.mentions if m.start == pos)
        for _ in range(_MAX_SHARED - 1):
            gap = _NEXT_IN_LIST.match(norm, end)
            other = starts.get(gap.end()) if gap else None
            if other is None or other is cl:
                break
            if not other.role or is_rank(other.role):
                other.role = role
            end = next(m.end for m in other.mentions if m.start == gap.end())
