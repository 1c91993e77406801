"""How alike two articles are as reports of one happening: a weighted mix of per-view cosines.

Why this shape: each view is an IDF-weighted, length-normalised term vector, so a long body
does not swamp a short one; the views' cosines are mixed by a logistic model whose handful
of weights (``data/weights.json``) were fitted on hand-grouped articles by
``scripts/fit_story_weights.py``. The result reads as the chance that two articles belong to
one story, which the clusterer compares with a single threshold.

The *scene* views (the setting and the occasion: the same room on the same day) count only in
proportion to how far the two articles also agree on content (the title or the topic): two
matters raised at one session, one ministry's hall or one visit share the scene and nothing
else, and a linear mix cannot learn "a shared scene means nothing without a shared matter".
The gate (``data/weights.json`` ``gate``) is that content cosine at which the scene counts in
full; below it the scene's cosines are scaled down linearly.

Refitting the weights changes the stories a corpus holds: bump
:data:`warta.stories.features.FEATURES_VERSION` with them, so stored corpora are re-clustered.
"""

from __future__ import annotations

import gzip
import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from warta.stories.features import VIEWS, ArticleTerms

Vector = dict[str, float]


@dataclass(frozen=True, slots=True)
class Weights:
    """The pair model: one weight per view, an intercept, the join threshold, the time window,
    the scene gate (0: no gate), how many of a story's closest members an article's link
    to it averages (0: all of them), and the margin by which two one-day stories' closest
    pairs must pass the threshold to merge them (negative: only average link merges)."""

    views: dict[str, float]
    bias: float
    threshold: float
    window_days: int
    gate: float = 0.0
    link_top: int = 0
    merge_margin: float = -1.0  # one-day stories merge on their link_top closest pairs less this (<0: off)


@lru_cache(maxsize=1)
def weights() -> Weights:
    d = json.loads((files("warta.stories") / "data" / "weights.json").read_text(encoding="utf-8"))
    return Weights(
        views={k: float(v) for k, v in d["views"].items()},
        bias=float(d["bias"]),
        threshold=float(d["threshold"]),
        window_days=int(d["window_days"]),
        gate=float(d.get("gate", 0.0)),
        link_top=int(d.get("link_top", 0)),
        merge_margin=float(d.get("merge_margin", -1.0)),
    )


@lru_cache(maxsize=1)
def _df() -> tuple[int, dict[str, int]]:
    data = (files("warta.stories") / "data" / "df.tsv.gz").read_bytes()
    table: dict[str, int] = {}
    n = 1
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        term, _, count = line.partition("\t")
        if term == "#documents":
            n = int(count)
        elif count:
            table[term] = int(count)
    return n, table


@lru_cache(maxsize=1 << 18)
def idf(term: str) -> float:
    """Inverse document frequency from the shipped table; an unseen term is the rarest kind."""
    n, table = _df()
    return math.log((n + 1) / (table.get(term, 0) + 0.5))


MAX_TERMS = 128  # a view keeps its most telling terms: cheaper cosines, and a long tail adds noise


def vector(bag: Counter[str], max_terms: int = MAX_TERMS) -> Vector:
    """Sublinear TF times IDF of the view's :data:`MAX_TERMS` heaviest terms, unit length."""
    v = {t: (1.0 + math.log(c)) * idf(t) for t, c in bag.items() if c > 0}
    if len(v) > max_terms:
        v = dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[:max_terms])
    norm = math.sqrt(sum(x * x for x in v.values()))
    return {t: x / norm for t, x in v.items()} if norm else {}


def vectors(art: ArticleTerms) -> dict[str, Vector]:
    return {k: vector(art.views[k]) for k in VIEWS if k in art.views}


def cosine(a: Vector, b: Vector) -> float:
    """Dot product of two unit vectors over their shared terms (a C-level key intersection, so
    the cost follows the few shared terms; ``fsum`` makes it independent of set order)."""
    if len(a) > len(b):
        a, b = b, a  # the intersection is built from its left side
    return math.fsum([a[t] * b[t] for t in a.keys() & b.keys()])


SCENE = ("setting", "occasion")  # views that say "same room, same day", not "same matter"
CONTENT = ("title", "topic")  # views that say what the article is about


def scene_gate(sims: dict[str, float], gate: float) -> float:
    """How much the scene views count for a pair: 1 once the title or topic cosine reaches
    ``gate``, less in proportion below it (0 when the two share no content at all)."""
    if gate <= 0:
        return 1.0
    return min(1.0, max(sims.get(k, 0.0) for k in CONTENT) / gate)


def view_similarities(a: dict[str, Vector], b: dict[str, Vector], gate: float = 0.0) -> dict[str, float]:
    """Each view's cosine, the scene views scaled by :func:`scene_gate`: what the model mixes."""
    sims = {k: cosine(a[k], b[k]) if k in a and k in b else 0.0 for k in VIEWS}
    g = scene_gate(sims, gate)
    if g < 1.0:
        for k in SCENE:
            sims[k] *= g
    return sims


def same_story(a: dict[str, Vector], b: dict[str, Vector], w: Weights | None = None) -> float:
    """The modelled chance that two articles (their view vectors) report one happening."""
    w = w or weights()
    sims: dict[str, float] = {}
    for k in w.views:
        x, y = a.get(k), b.get(k)
        sims[k] = cosine(x, y) if x and y else 0.0
    g = scene_gate(sims, w.gate)
    z = w.bias
    for k, weight in w.views.items():  # the fixed order of the weights file: the same sum every time
        z += weight * (sims[k] * g if k in SCENE else sims[k])
    return 1.0 / (1.0 + math.exp(-z))
