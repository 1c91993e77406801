"""Train the run-on model of the quotes layer (src/warta/quotes/runon.py) from annotated quotes.

Every time an indirect quote is followed, in its paragraph, by a plain sentence with no
attribution of its own, the layer asks whether that sentence carries the content on. The gold
quotes answer it: yes when one gold quote holds both the end of the quote so far and the start of
that sentence. While collecting, the gold answer is taken (so a second step is asked as it would
be after a right first one). A logistic model (a conditional logit over "stop" and "run on",
L2-penalised, plain gradient descent from zero: deterministic) is fitted with numpy.
Leave-one-set-out accuracy is printed beside the rules alone (never running on), then the model
fitted on every set is written to src/warta/quotes/data/runon.json.

    python scripts/train_runon.py            # LOSO figures, then writes the model
    python scripts/train_runon.py --loso-only

Only development sets are read (eval/README.md); detik inputs are read in memory from
../shared/data/news/detik_2025.jsonl, never written.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

import numpy as np

import warta
from warta.quotes import runon

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devsets  # noqa: E402

REPO = devsets.REPO
SET_NAMES = (
    "examples",
    "dev",
    "quotes_dev2",
    "quotes_dev3",
    "quotes_outlets9",
    *devsets.HELDOUT,
    *devsets.HELDOUT_MORE,
    *devsets.OUTLETS,
    *devsets.OUTLETS_MORE,
)
LATER = ["events", "summary", "tone", "themes"]
QUOTE_CHARS = dict.fromkeys(map(ord, "\"'“”‘’«»„`"), " ")
L2 = 0.05
STEPS = 600
RATE = 0.5
OUT = REPO / "src/warta/quotes/data/runon.json"


def fold(s: str) -> str:
    """As score.py folds text: NFKC, quote characters to spaces, lower case, single spaces."""
    return " ".join(unicodedata.normalize("NFKC", s).translate(QUOTE_CHARS).lower().split())


def records(folder: Path) -> list[tuple[dict, dict]]:
    """(gold, input record) of every gold article of the set; detik inputs from the jsonl."""
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.gold.json"))]
    missing = {g["id"] for g in golds if not (folder / g["file"]).exists()}
    detik = devsets.detik_records(missing)
    out = []
    for g in golds:
        src = folder / g["file"]
        if g["id"] in detik:
            rec = detik[g["id"]]
        elif not src.exists():
            continue
        elif src.suffix == ".json":
            rec = json.loads(src.read_text(encoding="utf-8"))
        elif src.suffix in (".html", ".htm"):
            rec = {"id": g["id"], "html": src.read_text(encoding="utf-8")}
        else:
            rec = {"id": g["id"], "text": src.read_text(encoding="utf-8")}
        out.append((g, rec))
    return out


def collect(names: tuple[str, ...]) -> list[dict]:
    """One row per run-on decision: set, features, the gold answer."""
    rows: list[dict] = []
    for name, folder in devsets.named(*names).items():
        for gold, rec in records(folder):
            texts = [fold(q["text"]) for q in gold.get("quotes", [])]

            def answer(norm, c, ns, ne, f, texts=texts, name=name):
                tail = fold(norm[max(c.pieces[-1][0], c.end - 40) : c.end])
                head = fold(norm[ns : min(ne, ns + 40)])
                y = any(tail in t and head in t and t.find(head) > t.find(tail) for t in texts)
                rows.append({"set": name, "x": [f.get(n, 0.0) for n in runon.FEATURES], "y": y})
                return y

            runon.hook = answer
            try:
                warta.read(rec, exclude=LATER)
            finally:
                runon.hook = None
    return rows


def fit(rows: list[dict]) -> np.ndarray:
    groups = [{"x": np.array([[0.0] * len(runon.FEATURES), r["x"]]), "y": np.array([not r["y"], r["y"]])} for r in rows]
    return devsets.fit_clogit(groups, len(runon.FEATURES), L2, STEPS, RATE)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--loso-only", action="store_true")
    args = ap.parse_args()
    rows = collect(SET_NAMES)
    print(f"{len(rows)} decisions, {sum(r['y'] for r in rows)} run on")
    names = sorted({r["set"] for r in rows})
    tot = [0, 0, 0]
    print(f"{'held out':18}{'n':>5}{'model':>8}{'never':>8}")
    for name in names:
        test = [r for r in rows if r["set"] == name]
        w = fit([r for r in rows if r["set"] != name])
        ok = sum((np.dot(w, r["x"]) > 0) == r["y"] for r in test)
        never = sum(not r["y"] for r in test)
        tot = [tot[0] + len(test), tot[1] + ok, tot[2] + never]
        print(f"{name:18}{len(test):>5}{ok / len(test):>8.3f}{never / len(test):>8.3f}")
    print(f"{'POOL':18}{tot[0]:>5}{tot[1] / tot[0]:>8.3f}{tot[2] / tot[0]:>8.3f}")
    if args.loso_only:
        return
    w = fit(rows)
    for n, a in zip(runon.FEATURES, w, strict=True):
        print(f"  {n:18}{a:+.3f}")
    OUT.write_text(
        json.dumps({"features": list(runon.FEATURES), "weights": [round(float(a), 4) for a in w]}) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
