"""Whether a place name the gazetteer does not know looks Indonesian (``Onggorawe``, ``Pekayon``)
or foreign (``Jamiltepec``, ``Penrith``): a naive Bayes over character n-grams trained by
``scripts/train_place_names.py`` on the gazetteer's own names. The resolver uses it so that a
name no list knows takes Indonesia from the story only when it reads like an Indonesian name."""

from __future__ import annotations

import json
import math
from functools import lru_cache

from warta.places.names import name_key
from warta.resources import data, open_text

MODEL = data("warta.places", "data", "name_look.json.gz")


def ngrams(key: str) -> list[str]:
    """Character 2- to 4-grams of each word of a folded name, with word boundaries."""
    out = []
    for w in key.split():
        s = f"^{w}$"
        for n in (2, 3, 4):
            out.extend(s[i : i + n] for i in range(len(s) - n + 1))
    return out


@lru_cache(maxsize=1)
def _llr() -> dict[str, float]:
    with open_text(MODEL) as f:
        return json.load(f)["llr"]


def score_key(key: str, llr: dict[str, float]) -> float:
    """Sum of the n-grams' log-likelihood ratios (Indonesian over foreign), averaged per word-
    length so that long names are not more certain for being long."""
    grams = ngrams(key)
    if not grams:
        return 0.0
    s = sum(llr.get(g, 0.0) for g in grams)
    return s * 3.0 / max(len(grams), 3) ** 0.5 / 3.0**0.5


@lru_cache(maxsize=4096)
def indonesian_odds(name: str) -> float:
    """Probability-like score in (0, 1) that ``name`` is an Indonesian place name."""
    z = score_key(name_key(name), _llr())
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
