"""What the CLI and the search show of identities: close matches of a mistyped name, a choice among
named options, an identity's roles over time and the tone written toward it, and the themes to choose from.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

from warta.corpus.store import Store, normalize_name

CLOSE_MATCHES = 5


def close_matches(store: Store, name: str, n: int = CLOSE_MATCHES, label: str | None = None) -> list[str]:
    """Names in the corpus close to ``name`` (for "did you mean"): spelling, then word overlap."""
    norm = normalize_name(name)
    if not norm:
        return []
    lab = " WHERE label = ?" if label else ""
    names = store.query(
        f"SELECT e.norm, e.name, COUNT(m.article) AS c FROM entities e LEFT JOIN mentions m ON m.entity = e.num{lab} "
        "GROUP BY e.num, e.norm, e.name ORDER BY c DESC LIMIT 50000",
        [label.upper()] if label else [],
    )
    by_norm: dict[str, str] = {}
    for nm, display, _ in names:
        by_norm.setdefault(nm, display)
    out = [by_norm[x] for x in difflib.get_close_matches(norm, list(by_norm), n=n, cutoff=0.75)]
    if len(out) < n and " " not in norm:  # a misspelt word of a longer name: 'Bahlill' → Bahlil Lahadalia
        by_word: dict[str, list[str]] = {}
        for nm, display in by_norm.items():
            for w in nm.split():
                if len(w) > 3:
                    by_word.setdefault(w, []).append(display)
        for w in difflib.get_close_matches(norm, list(by_word), n=3, cutoff=0.8):
            out += [d for d in by_word[w][:3] if d not in out]
    words = set(norm.split())
    for nm, display in by_norm.items():
        if len(out) >= n:
            break
        if display not in out and words & set(nm.split()) and any(len(w) > 2 for w in words & set(nm.split())):
            out.append(display)
    return out[:n]


def suggest(value: str, choices: Iterable[str], n: int = 3) -> list[str]:
    """Close matches among fixed names (themes, layers): prefix or word matches first, then spelling."""
    v = value.casefold().strip()
    choices = list(choices)
    out = [c for c in choices if c.casefold().startswith(v) or v in c.casefold().split()]
    out += [c for c in difflib.get_close_matches(v, choices, n=n, cutoff=0.6) if c not in out]
    return out[:n]


def roles_over_time(store: Store, nums: list[int], top: int = 10) -> list[dict[str, Any]]:
    """Roles an identity was given, each with the first and last day it was seen."""
    if not nums:
        return []
    marks = ",".join("?" * len(nums))
    return [
        {"role": r, "from": f, "to": t, "articles": int(c)}
        for r, f, t, c in store.query(
            "SELECT m.role, MIN(a.published), MAX(a.published), COUNT(*) FROM mentions m "
            f"JOIN articles a ON a.num = m.article WHERE m.entity IN ({marks}) AND m.role IS NOT NULL AND m.role <> '' "
            "GROUP BY m.role ORDER BY COUNT(*) DESC, m.role LIMIT ?",
            [*nums, top],
        )
    ]


def tone_toward(store: Store, nums: list[int]) -> float | None:
    """Mean tone of the articles that mention an identity (the article's tone, not per mention)."""
    if not nums:
        return None
    marks = ",".join("?" * len(nums))
    v = store.scalar(
        f"SELECT AVG(a.tone) FROM articles a WHERE a.num IN (SELECT article FROM mentions WHERE entity IN ({marks}))",
        nums,
    )
    return round(float(v), 3) if v is not None else None


def resolve_choice(value: str, choices: dict[str, str], what: str) -> tuple[str | None, str | None]:
    """A user's spelling of a fixed name (theme, layer) → (the name, a note), or (None, the error).

    ``choices`` maps every accepted spelling (folded) to its name. One prefix, word or close
    match is taken with a note saying so; several are offered as suggestions."""
    v = value.casefold().strip()
    if v in choices:
        return choices[v], None
    names = sorted(set(choices.values()))
    words = sorted({choices[c] for c in choices if c.startswith(v) or v in c.split()})
    picked = words or sorted({choices[c] for c in suggest(v, sorted(choices))})
    if len(picked) == 1:
        return picked[0], f"{what} {value!r} taken as {picked[0]!r}"
    hint = f"did you mean: {', '.join(picked)}?" if picked else f"known: {', '.join(names)}"
    return None, f"unknown {what} {value!r}; {hint}"


def theme_choices() -> dict[str, str]:
    """Theme spellings: the Indonesian key and the English name."""
    from warta.themes import lexicon

    out: dict[str, str] = {}
    for t in lexicon().themes:
        out[t.name.casefold()] = t.name
        out[t.english.casefold()] = t.name
    return out
