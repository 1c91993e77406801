#!/usr/bin/env python3
"""Build the tone lexicon src/warta/tone/data/inset.tsv from InSet.

    python scripts/build_lexicons.py [--inset ../shared/data/lexicons/inset]
                                     [--stopwords ../shared/data/lexicons/stopwords-id-core.txt]

InSet (Koto & Rahmaningtyas 2017, fajri91/InSet; shipped with attribution) lists positive and
negative words with weights −5…+5, built on tweets. A word in both files gets the sum of its
weights. Dropped: core stop words (stopwords-iso/stopwords-id, ranks.nl core list, MIT), the negators and intensifiers
of data/modifiers.json (they modify, not carry, tone), the hand-checked news-neutral words of
data/news_neutral.txt, and words whose net weight is 0. Then data/overrides.tsv is applied.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "warta" / "tone" / "data"


def read_inset(path: Path) -> dict[str, int]:
    out: dict[str, int] = {}
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if i == 0 or not line.strip():
            continue
        word, weight = line.rsplit("\t", 1)
        word = " ".join(word.lower().split())
        if "(" in word:  # "tersentuh (perasaan)": a gloss, keep the word
            word = word.split("(")[0].strip()
        if word:
            out[word] = out.get(word, 0) + int(weight)
    return out


def read_list(path: Path) -> set[str]:
    return {ln.strip().lower() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and ln[0] != "#"}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--inset", default=str(ROOT.parent / "shared/data/lexicons/inset"))
    ap.add_argument("--stopwords", default=str(ROOT.parent / "shared/data/lexicons/stopwords-id-core.txt"))
    args = ap.parse_args()
    pos = read_inset(Path(args.inset) / "positive.tsv")
    neg = read_inset(Path(args.inset) / "negative.tsv")
    net = {w: pos.get(w, 0) + neg.get(w, 0) for w in set(pos) | set(neg)}
    mods = json.loads((DATA / "modifiers.json").read_text(encoding="utf-8"))
    drop = read_list(Path(args.stopwords)) | read_list(DATA / "news_neutral.txt")
    for key in ("negators", "intensifiers", "post_intensifiers", "diminishers", "self_group"):
        drop |= set(mods[key])
    lex = {w: v for w, v in net.items() if v and w not in drop}
    for line in (DATA / "overrides.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, weight = line.split("\t")
            lex[word] = int(weight)
    lex = {w: v for w, v in lex.items() if v}
    lines = [
        "# Tone lexicon built by scripts/build_lexicons.py from InSet (Koto & Rahmaningtyas 2017,",
        "# 'InSet Lexicon: Evaluation of a Word List for Indonesian Sentiment Analysis in Microblogs',",
        "# github.com/fajri91/InSet; shipped with attribution) minus stop words, modifiers and",
        "# news-neutral words, plus data/overrides.tsv. word<TAB>weight (-5..+5).",
    ]
    lines += [f"{w}\t{v}" for w, v in sorted(lex.items())]
    (DATA / "inset.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"InSet {len(pos)} positive + {len(neg)} negative -> {len(lex)} entries in {DATA / 'inset.tsv'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
