"""The learned sentence scorer (logistic regression) and the selection of summary sentences."""

from __future__ import annotations

import json
import math
from functools import cache
from importlib import resources
from operator import mul, sub, truediv
from typing import Any

from warta.summary.features import FEATURE_NAMES

REDUNDANCY = 0.5  # a candidate this similar to a chosen sentence is skipped


@cache
def load_model() -> dict[str, Any]:
    """Weights learned by scripts/train_summary.py on IndoSum (CC BY-SA 4.0)."""
    text = resources.files("warta.summary").joinpath("data/summary_model.json").read_text(encoding="utf-8")
    model = json.loads(text)
    if model["features"] != FEATURE_NAMES:
        raise ValueError("summary_model.json does not match the feature list; re-run scripts/train_summary.py")
    return model


def score(rows: list[list[float]], weights: list[float], mean: list[float], scale: list[float]) -> list[float]:
    """Probability that each sentence belongs in the summary."""
    out = []
    k = len(weights)
    if len(mean) != k or len(scale) != k:
        raise ValueError("the model's weights, mean and scale differ in length")
    for row in rows:
        if len(row) != k:
            raise ValueError(f"a row of {len(row)} features for a model of {k}")
        # w * (x - m) / s for each feature, in order, by operator maps: the same floats summed
        # in the same order as a generator, without a Python step per feature
        z = sum(map(truediv, map(mul, weights, map(sub, row, mean)), scale))
        out.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
    return out


def select(
    scores: list[float],
    sim: list[list[float]],
    k: int,
    eligible: list[bool] | None = None,
    redundancy: float = REDUNDANCY,
) -> list[int]:
    """The k best-scoring eligible sentences, skipping near-duplicates, in article order."""
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    chosen: list[int] = []
    for i in order:
        if len(chosen) >= k:
            break
        if eligible is not None and not eligible[i]:
            continue
        if any(sim[i][j] > redundancy for j in chosen):
            continue
        chosen.append(i)
    return sorted(chosen)
