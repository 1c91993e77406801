#!/usr/bin/env python3
"""Train the summary sentence scorer on IndoSum and write src/warta/summary/data/summary_model.json.

    python scripts/train_summary.py [--data ../shared/data/summaries/indosum_dev.jsonl] [--dry-run]

Logistic regression (numpy, L2) over the features in warta.summary.features, labels from
IndoSum's ``gold_labels`` (which article sentences the human summary was built from).
Articles whose id hashes to bucket 0 of 5 (about 20%) are HELD OUT: not trained on, and
scored with ROUGE (the same scorer as ../shared/eval/rouge.py, on IndoSum's own sentences)
beside LEAD-3. IndoSum is CC BY-SA 4.0; only the weights ship.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))

import rouge  # noqa: E402

from warta.summary.features import FEATURE_NAMES, SentenceInput, features, headline_words  # noqa: E402
from warta.summary.model import score, select  # noqa: E402

OUT = ROOT / "src" / "warta" / "summary" / "data" / "summary_model.json"


def held_out(article_id: str) -> bool:
    return int(hashlib.md5(article_id.encode()).hexdigest(), 16) % 5 == 0


def article_inputs(d: dict) -> tuple[list[SentenceInput], list[int], list[str]]:
    sents, labels, texts = [], [], []
    for p, (para, gold) in enumerate(zip(d["paragraphs"], d["gold_labels"], strict=True)):
        for toks, lab in zip(para, gold, strict=True):
            text = rouge.detok(toks)
            words = [t.lower() for t in toks if any(c.isalnum() for c in t)]
            sents.append(SentenceInput(words=words, paragraph=p, text=text))
            labels.append(int(lab))
            texts.append(text)
    return sents, labels, texts


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, iters: int = 50, tol: float = 1e-6) -> np.ndarray:
    """Newton's method for L2-regularised logistic regression (bias, column 0, not penalised);
    scripts/identity_pair_model.py fits with it too."""
    w = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], l2)
    reg[0] = 0.0
    for _ in range(iters):
        p = 1 / (1 + np.exp(-x @ w))
        g = x.T @ (p - y) + reg * w
        h = (x * (p * (1 - p))[:, None]).T @ x + np.diag(reg + 1e-9)
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < tol:
            break
    return w


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(ROOT.parent / "shared/data/summaries/indosum_dev.jsonl"))
    ap.add_argument("--k", type=int, default=3)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--dry-run", action="store_true", help="do not write the model file")
    args = ap.parse_args()
    records = [json.loads(line) for line in Path(args.data).read_text(encoding="utf-8").splitlines()]
    train, test = [], []
    for d in records:
        sents, labels, texts = article_inputs(d)
        rows, sim = features(sents, headline_words(None, d.get("source_url")))
        (test if held_out(d["id"]) else train).append((d, rows, sim, labels, texts))
    x = np.array([r for _, rows, _, _, _ in train for r in rows])
    y = np.array([lab for _, _, _, labels, _ in train for lab in labels], dtype=float)
    mean, scale = x.mean(0), x.std(0)
    mean[0], scale[0] = 0.0, 1.0
    scale[scale == 0] = 1.0
    w = fit((x - mean) / scale, y, l2=args.l2)
    for name, v in zip(FEATURE_NAMES, w, strict=True):
        print(f"  {name:14s} {v:+.3f}")

    for name, part in (("train", train), ("held-out", test)):
        tot, lead_tot = np.zeros(3), np.zeros(3)
        for d, rows, sim, _, texts in part:
            ref = " ".join(rouge.detok(s) for s in d["summary"])
            probs = score(rows, list(w), list(mean), list(scale))
            pick = select(probs, sim, args.k)
            tot += rouge.scores(ref, " ".join(texts[i] for i in pick))
            lead_tot += rouge.scores(ref, " ".join(texts[:3]))
        n = len(part)
        print(
            f"{name:9s} n={n}  system R1 %.2f R2 %.2f RL %.2f | LEAD-3 R1 %.2f R2 %.2f RL %.2f | ratio %.3f"
            % (*(100 * tot / n), *(100 * lead_tot / n), tot[0] / lead_tot[0])
        )
    if not args.dry_run:
        model = {
            "source": "trained by scripts/train_summary.py on IndoSum (Kurniawan & Louvan 2018, CC BY-SA 4.0), "
            "articles whose md5(id) % 5 != 0",
            "features": FEATURE_NAMES,
            "weights": [round(float(v), 5) for v in w],
            "mean": [round(float(v), 5) for v in mean],
            "scale": [round(float(v), 5) for v in scale],
        }
        OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
