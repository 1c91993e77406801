"""Place country and entity F1 per development set, pooled over detik and over other outlets,
from the records ``scripts/place_errors.py --pred-dir DIR`` wrote; with two DIRs, before and after.

Usage: python scripts/place_errors.py --quiet --pred-dir /tmp/before    (on the old code)
       python scripts/place_errors.py --quiet --pred-dir /tmp/after     (on the new code)
       python scripts/place_figures.py /tmp/before /tmp/after

Scores with ../shared/eval/score.py's own ``score_article`` (its figures are the official ones).
Only the development sets place_errors.py names are read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devsets  # noqa: E402
from place_errors import DEV_SETS  # noqa: E402

DETIK = ("heldout1", "heldout3", *devsets.HELDOUT[2:], *devsets.HELDOUT_MORE, "dev")
OUTLETS = (*devsets.OUTLETS, *devsets.OUTLETS_MORE)
KEYS = ("place_country", "entities_ALL", "entities_LOC")


def tallies(sc, pred_dir: Path, sets: list[str]) -> dict[str, object]:
    """One score.py Tally per set, from the records in pred_dir/<set>/<id>.json."""
    out = {}
    for s in sets:
        t = sc.Tally()
        for gp in sorted(DEV_SETS[s].glob("*.gold.json")):
            gold = json.loads(gp.read_text(encoding="utf-8"))
            pp = pred_dir / s / f"{gold['id']}.json"
            if "entities" not in gold or not pp.exists():
                continue
            sc.score_article(gold, "", json.loads(pp.read_text(encoding="utf-8")), t, {})
        out[s] = t
    return out


def _pool(sc, ts: list) -> object:
    t = sc.Tally()
    for x in ts:
        for k, (tp, p, g) in x.c.items():
            t.add(k, tp, p, g)
    return t


def _cell(t, key: str) -> str:
    s = t.get(key)
    return f"{s['r']:.3f}" if key == "place_country" else f"{s['f1']:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", type=Path, help="one or two --pred-dir folders (before, after)")
    args = ap.parse_args()
    sc = devsets.scorer()
    sets = [s for s in (*DETIK, *OUTLETS) if s in DEV_SETS]
    runs = [tallies(sc, d, sets) for d in args.dirs]
    head = " ".join(f"{k[:13]:>{7 * len(runs) + len(runs) - 1}}" for k in KEYS)
    print(f"{'set':18} {head}")
    rows = [(s, [r[s] for r in runs]) for s in sets]
    rows.append(("POOLED detik", [_pool(sc, [r[s] for s in DETIK if s in r]) for r in runs]))
    rows.append(("POOLED outlets", [_pool(sc, [r[s] for s in OUTLETS if s in r]) for r in runs]))
    rows.append(("POOLED all", [_pool(sc, [r[s] for s in sets]) for r in runs]))
    for name, ts in rows:
        cells = " ".join(" ".join(_cell(t, k) for t in ts) for k in KEYS)
        n = ts[0].get("place_country")["gold"]
        print(f"{name:18} {cells}   ({n} places)")


if __name__ == "__main__":
    main()
