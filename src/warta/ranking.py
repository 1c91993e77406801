"""What the small learned models share: weights over named features, read from a JSON file shipped
beside the layer, and a conditional-logit choice — the highest-scoring candidate, ties to the
earlier one. Used by the party ranker (:mod:`warta.events.ranker`), the speaker ranker
(:mod:`warta.quotes.ranker`) and the entity filter (:mod:`warta.entities.filter`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from importlib.resources import files
from typing import TypeVar

T = TypeVar("T")


def load(package: str, name: str, features: tuple[str, ...]) -> dict | None:
    """``package``'s ``data/<name>`` as read from JSON, or None when the file is missing, unreadable
    or was written for other features."""
    path = files(package) / "data" / name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return None
    if tuple(data.get("features", ())) != features:
        return None
    return data


def dot(weights: Sequence[float], x: Sequence[float]) -> float:
    """A linear score: weights against feature values, in feature order."""
    return sum(w * v for w, v in zip(weights, x, strict=True))


@cache
def by_name(features: tuple[str, ...], weights: tuple[float, ...]) -> dict[str, float]:
    """A model's non-zero weights by feature name (a candidate may carry only its non-zero features)."""
    return {n: a for n, a in zip(features, weights, strict=True) if a}


def best(cands: Iterable[T], score: Callable[[T], float]) -> T | None:
    """The highest-scoring candidate; ties (within 1e-9) go to the earlier one."""
    top_c, top = None, -math.inf
    for c in cands:
        s = score(c)
        if s > top + 1e-9:
            top_c, top = c, s
    return top_c
