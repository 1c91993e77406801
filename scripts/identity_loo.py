"""Leave one pair file out for a threshold of the identity rules: is the value general?

    python scripts/identity_loo.py --db warta.db [--grid 1.25 1.5 2 2.5 3 4 5 8 1000]
    python scripts/identity_loo.py --db warta.db --param INSIDE_USES --grid 1 2 3 4 5 8

``--param`` names the threshold (default ``LOWER_SHARE``):

- ``LOWER_SHARE`` (``warta.identity.forms``; an organisation's form written in lower case in at least
  1/LOWER_SHARE of its articles is a common word) is read when a written form is scored, so each value
  only re-scores;
- ``INSIDE_USES`` (``warta.identity.acronyms``; times the text must write an acronym, always inside one longer
  stored name, for it to join that name) is read when names are linked, so each value re-decides every
  stored name (``relink_all``) on a copy of the corpus.

Each pair file of ``eval/identity`` is held out in turn: the value with the best F1 on the other files
(ties: the one nearest the shipped value) scores the held-out file, with ``--aliases`` scoring. Prints
the in-sample figures per value and the pooled held-out figures. The corpus must be an ingest of
detik_2025 (see ``scripts/eval_identity.py``).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

import warta.identity as identity
import warta.identity.acronyms as acronyms
import warta.identity.forms as forms
from warta.corpus import Corpus

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_identity import PAIRS, score  # noqa: E402

PARAMS = {"LOWER_SHARE": (forms, False), "INSIDE_USES": (acronyms, True)}  # module, read at linking


def _f1(rs: list[dict[str, float]]) -> tuple[float, int, int, int]:
    tp, fp, fn = (int(sum(r[k] for r in rs)) for k in ("tp", "fp", "fn"))
    return (2 * tp / (2 * tp + fp + fn) if tp else 0.0), tp, fp, fn


def _scores(db: str, files: list[Path], module: object, name: str, value: float, relink: bool) -> dict[str, dict]:
    """Every file's scores with the threshold set to ``value`` (on a relinked copy when it is read at linking)."""
    shipped = getattr(module, name)
    setattr(module, name, type(shipped)(value))
    try:
        if not relink:
            return {f.stem: score(db, f, aliases=True) for f in files}
        with tempfile.TemporaryDirectory() as tmp:
            copy = str(Path(tmp) / "c.db")
            shutil.copy(db, copy)
            with Corpus(copy) as c:
                identity.relink_all(c.store)
            return {f.stem: score(copy, f, aliases=True) for f in files}
    finally:
        setattr(module, name, shipped)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True)
    ap.add_argument("--param", choices=sorted(PARAMS), default="LOWER_SHARE")
    ap.add_argument("--grid", type=float, nargs="+", default=[1.25, 1.5, 2, 2.5, 3, 4, 5, 8, 1000])
    args = ap.parse_args()
    if not Path(args.db).exists():
        raise SystemExit(f"no corpus at {args.db}")
    module, relink = PARAMS[args.param]
    shipped = getattr(module, args.param)
    files = sorted(PAIRS.parent.glob("pairs_*.tsv"))
    res = {k: _scores(args.db, files, module, args.param, k, relink) for k in args.grid}
    for k in args.grid:
        f1, tp, fp, fn = _f1(list(res[k].values()))
        print(f"{args.param} {k}: F1 {f1:.4f} (tp {tp}, fp {fp}, fn {fn})")
    tp = fp = fn = 0
    for f in files:
        best = max(args.grid, key=lambda k: (_f1([r for n, r in res[k].items() if n != f.stem])[0], -abs(k - shipped)))
        r = res[best][f.stem]
        tp, fp, fn = tp + int(r["tp"]), fp + int(r["fp"]), fn + int(r["fn"])
        print(f"{f.stem}: chosen {best}, held out tp {r['tp']}, fp {r['fp']}, fn {r['fn']}")
    print(f"held out, pooled: P {tp / max(tp + fp, 1):.3f} / R {tp / max(tp + fn, 1):.3f} (tp {tp}, fp {fp}, fn {fn})")


if __name__ == "__main__":
    main()
