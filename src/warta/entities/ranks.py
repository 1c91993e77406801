"""Police and military ranks: a rank is the title before a name, never the post (`Kapolri
Jenderal` → `Kapolri`)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def rank_lists() -> tuple[frozenset[str], frozenset[str]]:
    def words(name: str) -> frozenset[str]:
        raw = resources.files("warta.entities").joinpath(f"data/{name}").read_text("utf-8")
        return frozenset(ln.strip().lower() for ln in raw.splitlines() if ln.strip() and not ln.startswith("#"))

    return words("ranks.txt"), words("rank_corps.txt")


def without_rank(role: str | None) -> str | None:
    """`Kapolri Jenderal` → `Kapolri`: a rank at the end of a role is the title before the name."""
    if not role:
        return role
    ranks, corps = rank_lists()
    ws = role.split()
    while len(ws) > 1:
        last = ws[-1].strip("().").lower()
        # `Jenderal` is a rank after `Kapolri` but part of `Sekretaris Jenderal`, `Direktur Jenderal`
        general = last == "jenderal" and ws[-2].lower() not in ("sekretaris", "direktur", "inspektur", "komisaris")
        if not (last in ranks or last in corps or general):
            break
        ws.pop()
    return " ".join(ws)
