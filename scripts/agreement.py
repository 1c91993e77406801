"""How far two annotators agree: score a second, independent annotation of a development set
(eval/agreement/<set>/*.gold.json) as if it were a prediction against the set's gold, with the
same scorer Warta is measured by (../shared/eval/score.py). Both directions are printed, since
precision and recall swap.

    python scripts/agreement.py [SET ...]      # default: every folder under eval/agreement

The figures say how reproducible the gold is, so how much of Warta's gap on a set is Warta's.
Both annotations were written by annotators of the same kind (see each folder's README), so they
overstate what two human annotators would reach.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devsets  # noqa: E402

AGREEMENT = devsets.REPO / "eval" / "agreement"


def _inputs(set_dir: Path, out: Path) -> None:
    """The set's inputs beside copies of its gold (detik texts come from the shared corpus)."""
    out.mkdir(parents=True, exist_ok=True)
    golds = sorted(set_dir.glob("*.gold.json"))
    stems = [g.name[: -len(".gold.json")] for g in golds]
    detik = devsets.detik_records({s for s in stems if s.startswith("detik_")})
    for gold, stem in zip(golds, stems, strict=True):
        shutil.copy(gold, out / gold.name)
        if stem in detik:  # detik texts are not committed: the record comes from the shared corpus
            (out / (stem + ".json")).write_text(json.dumps(detik[stem], ensure_ascii=False), encoding="utf-8")
            continue
        for ext in (".json", ".html", ".txt"):
            if (set_dir / (stem + ext)).exists():
                shutil.copy(set_dir / (stem + ext), out / (stem + ext))
                break


def _score(pred: Path, gold: Path) -> str:
    run = subprocess.run(
        [sys.executable, str(devsets.SCORE), "--pred", str(pred), str(gold)], capture_output=True, text=True
    )
    return run.stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help="set names under eval/agreement (default: all)")
    args = ap.parse_args()
    names = args.sets or sorted(p.name for p in AGREEMENT.iterdir() if p.is_dir())
    for name in names:
        second = AGREEMENT / name
        with tempfile.TemporaryDirectory() as tmp:
            first_dir, second_dir = Path(tmp) / "first", Path(tmp) / "second"
            _inputs(devsets.REPO / "eval" / name, first_dir)
            # the second annotation as gold needs the same inputs beside it
            _inputs(devsets.REPO / "eval" / name, second_dir)
            for g in second_dir.glob("*.gold.json"):
                g.unlink()
            for g in second.glob("*.gold.json"):
                shutil.copy(g, second_dir / g.name)
            as_pred = {"second": Path(tmp) / "p2", "first": Path(tmp) / "p1"}
            for key, src in (("second", second), ("first", first_dir)):
                as_pred[key].mkdir()
                for g in src.glob("*.gold.json"):
                    shutil.copy(g, as_pred[key] / (g.name[: -len(".gold.json")] + ".json"))
            print(f"== {name}: second annotation scored against the first (the set's gold)")
            print(_score(as_pred["second"], first_dir))
            print(f"== {name}: first annotation scored against the second")
            print(_score(as_pred["first"], second_dir))


if __name__ == "__main__":
    main()
