"""Police and military ranks: a rank is the title before a name, never the post (`Kapolri
Jenderal` → `Kapolri`)."""

from __future__ import annotations

from functools import lru_cache

from warta.resources import word_set


@lru_cache(maxsize=1)
def rank_lists() -> tuple[frozenset[str], frozenset[str]]:
    return word_set("warta.entities", "ranks.txt", lower=True), word_set("warta.entities", "rank_corps.txt", lower=True)


def without_rank(role: str | None) -> str | None:
    """`Kapolri Jenderal` → `Kapolri`: a rank at the end of a role is the title before the name."""
    if not role:
        return role
    ranks, corps = rank_lists()
    ws = role.split()
    cut = len(ws)
    first_rank = None  # where the trailing ranks start: a service word before them is the post's
    while cut > 1:
        last = ws[cut - 1].strip("().").lower()
        # `Jenderal` is a rank after `Kapolri` but part of `Sekretaris Jenderal`, `Direktur Jenderal`
        general = last == "jenderal" and ws[cut - 2].lower() not in ("sekretaris", "direktur", "inspektur", "komisaris")
        if last in ranks or general:
            first_rank = cut - 1
        elif last not in corps:
            break
        cut -= 1
    if first_rank is None:
        return role  # `Anggota TNI`: a service with no rank after it is part of the post
    # `Panglima TNI Jenderal TNI` → `Panglima TNI`: the service before the first rank stays
    return " ".join(ws[:first_rank])
