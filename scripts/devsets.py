"""What the scripts that read the development sets share: where the sets and the shared data are,
the scorer (../shared/eval/score.py) as a module, the detik input records by id (their text is not
committed, so they are read from ../shared/data/news/detik_2025.jsonl in memory), and the
conditional-logit fit of the small rankers.

Import it from a script beside it (``python scripts/x.py`` puts scripts/ on the path; a script
loaded by file name puts it there itself). Only development sets are ever named by the scripts
(eval/README.md), never the untouched ones.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARTA_SHARED", REPO.parent / "shared"))  # a worktree beside ../shared, or told
SCORE = SHARED / "eval" / "score.py"
DETIK = SHARED / "data" / "news" / "detik_2025.jsonl"

# the development sets many scripts read, in their order (eval/README.md says what each annotates)
HELDOUT = ("heldout1", "heldout3", "heldout6", "heldout7", "heldout8", "heldout9")  # detik, all layers
HELDOUT_MORE = (
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout16",
    "heldout17",
    "heldout19",
    "heldout20",
    "heldout21",
    "heldout22",
    "heldout23",
    "heldout24",
    "heldout25",
    "heldout29",
    "heldout31",
    "heldout32",
    "dev20",
    "dev21",
    "dev22",
)
OUTLETS = ("outlets_dev", "outlets_heldout2", "outlets_heldout3", "outlets_heldout4", "outlets_heldout5")
OUTLETS_MORE = (
    "outlets_heldout6",
    "outlets_heldout7",
    "outlets_heldout8",
    "outlets_heldout9",
    "outlets_heldout10",
    "outlets_heldout11",
    "outlets_heldout12",
    "outlets_heldout13",
    "outlets_heldout15",
    "outlets_heldout16",
    "outlets_heldout17",
    "outlets_heldout18",
    "outlets_heldout19",
    "outlets_heldout20",
    "devo23",
    "devo24",
)


# every development set with complete entity gold (people, bodies and places), as the entity
# scripts pool them; dates_dev2 annotates places only and is named apart where it is wanted
ENTITY_SETS = (
    "examples",
    "dev",
    "entities_dev2",
    *HELDOUT,
    *HELDOUT_MORE,
    *OUTLETS,
    *OUTLETS_MORE,
    "quotes_dev2",
    "quotes_dev3",
    "quotes_outlets9",
)


def scorer(name: str = "score"):
    """../shared/eval/score.py as a module (standard library only; its figures are the official ones)."""
    spec = importlib.util.spec_from_file_location(name, SCORE)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def detik_records(ids: set[str]) -> dict[str, dict]:
    """The detik input records of the wanted ids, by id."""
    out: dict[str, dict] = {}
    if not ids:
        return out
    with DETIK.open(encoding="utf-8") as f:
        for line in f:
            m = re.match(r'\{"id": "([^"]+)"', line)
            if m and m.group(1) not in ids:
                continue
            rec = json.loads(line)
            if rec["id"] in ids:
                out[rec["id"]] = rec
    return out


@contextmanager
def rules_only(ranker) -> Iterator[None]:
    """Within: the ranker module's ``model()`` gives None, so a layer picks by its rules alone, as
    the features describe them (the shipped model is back after)."""
    ranker.model.cache_clear()
    shipped = ranker.model
    ranker.model = lambda: None
    try:
        yield
    finally:
        ranker.model = shipped


def fit_clogit(usable: list[dict], n: int, l2: float, steps: int, rate: float):
    """Conditional logit over groups of candidates (``x``: one row of features per candidate,
    ``y``: which are right; each group with at least one right): maximise the probability of the
    right candidates of each group, L2-penalised, by plain gradient descent from zero
    (deterministic). The weights, a numpy array of ``n``."""
    import numpy as np

    w = np.zeros(n)
    for _ in range(steps):
        grad = l2 * w
        for g in usable:
            s = g["x"] @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            q = p * g["y"]
            q /= q.sum()
            grad -= (q - p) @ g["x"] / len(usable)
        w -= rate * grad
    return w


def sets(*names: str) -> list[Path]:
    """The folders of the named sets: ``examples`` and ``dev`` are ../shared's, the rest eval/'s."""
    shared = {"examples": SHARED / "examples", "dev": SHARED / "eval/dev"}
    return [shared.get(n) or REPO / "eval" / n for n in names]


def named(*names: str) -> dict[str, Path]:
    """The same, by set name."""
    return dict(zip(names, sets(*names), strict=True))
