"""Train the 'does this place name look Indonesian?' model shipped as
``src/warta/places/data/name_look.json.gz`` (see :mod:`warta.places.looks`).

Naive Bayes over character n-grams (2-4, with word boundaries) of folded place names, from the
shipped gazetteer only (ship-ok: GeoNames CC BY 4.0, Indonesian DBpedia CC BY-SA): Indonesian
towns, villages, kecamatan and regencies against towns, states and counties abroad. One name per
folded key; names in both classes are left out. Ten per cent of the names (every tenth key in
sorted order) are held out and the model's accuracy on them is printed. The file keeps the
log-likelihood ratio of every n-gram seen at least MIN_COUNT times.

Run: ``python scripts/train_place_names.py`` (a few seconds).
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from warta.places.gazetteer import Gazetteer  # noqa: E402
from warta.places.looks import ngrams  # noqa: E402

OUT = ROOT / "src" / "warta" / "places" / "data" / "name_look.json.gz"
MIN_COUNT = 3
ALPHA = 0.5  # additive smoothing
FEATURES = ("city", "village", "district", "admin2", "admin1")


def names_by_class(gaz: Gazetteer) -> tuple[list[str], list[str]]:
    home: set[str] = set()
    abroad: set[str] = set()
    for idx in range(len(gaz)):
        p = gaz.place(idx)
        if p.feature not in FEATURES or not p.country:
            continue
        (home if p.country == "ID" else abroad).add(p.name)
    from warta.places.names import name_key

    hk = {name_key(n) for n in home}
    ak = {name_key(n) for n in abroad}
    both = hk & ak
    return sorted(hk - both), sorted(ak - both)


def train(home: list[str], abroad: list[str]) -> dict[str, float]:
    ch: Counter[str] = Counter()
    ca: Counter[str] = Counter()
    for k in home:
        ch.update(ngrams(k))
    for k in abroad:
        ca.update(ngrams(k))
    vocab = [g for g in ch.keys() | ca.keys() if ch[g] + ca[g] >= MIN_COUNT]
    th = sum(ch[g] for g in vocab) + ALPHA * len(vocab)
    ta = sum(ca[g] for g in vocab) + ALPHA * len(vocab)
    return {g: round(math.log((ch[g] + ALPHA) / th) - math.log((ca[g] + ALPHA) / ta), 3) for g in vocab}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    from warta.places.looks import score_key

    home, abroad = names_by_class(Gazetteer())
    test_h, test_a = home[::10], abroad[::10]
    train_h = [k for i, k in enumerate(home) if i % 10]
    train_a = [k for i, k in enumerate(abroad) if i % 10]
    llr = train(train_h, train_a)
    right_h = sum(score_key(k, llr) > 0 for k in test_h)
    right_a = sum(score_key(k, llr) <= 0 for k in test_a)
    print(
        f"held-out names: Indonesian {right_h}/{len(test_h)} = {right_h / len(test_h):.3f}, "
        f"abroad {right_a}/{len(test_a)} = {right_a / len(test_a):.3f}"
    )
    llr = train(home, abroad)
    with gzip.GzipFile(args.out, "wb", compresslevel=9, mtime=0) as f:
        f.write(json.dumps({"min_count": MIN_COUNT, "llr": dict(sorted(llr.items()))}, separators=(",", ":")).encode())
    print(f"{args.out}: {len(llr)} n-grams, {args.out.stat().st_size / 1e3:.0f} kB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
