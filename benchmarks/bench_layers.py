"""CPU time of each layer of ``read`` over the same records, best of N rounds, so a speed change
can be put on the layer it touched.

    python benchmarks/bench_layers.py [--data FILE.jsonl] [--n 120] [--rounds 3]

Prints milliseconds per article for each layer (in pipeline order) and for the whole ``read``.

Measured 2026-12-05 (issue #16, 120 IndoSum dev records as plain text, base tree 8966473 run with
``PYTHONPATH`` set to its unpacked ``src``, alternated, best of 3 × 2 rounds, machine load ~3):
segment 0.59 → 0.51, summary 1.29 → 1.15, tone 0.49 → 0.45, themes 0.30 → 0.22, amounts 0.32 →
0.30 ms/article; input, clean and language unchanged; the other layers' code was not touched
(their figures moved by up to ±3 % from run to run). Every output byte is unchanged
(``scripts/output_snapshot.py compare``).

Measured 2026-12-05 (issue #16, round 16, same 120 records, best of 3, alternated base e09a10b /
start 60c57dd / this tree, load ~2.7): entities 8.22-8.34 / 8.88-8.90 / 8.44-8.70 and places
0.45-0.47 / 0.62-0.63 / 0.49-0.50 ms/article. The fifteenth round's new passes are now guarded by
a substring or first-letter test, or built once (openers, tickets, handles, roles' `sang`/`menjabat`
cues, `_names_inside`, places.pairs and places.listed); every output byte is unchanged.

Measured 2026-12-06 (round 25, speed only, base 6abb340, load ~1-2): entities 11.18 → 7.05
ms/article, all 20.83 → 16.53, but the later rounds re-read the same articles and the tagger now
keeps the tags of a sentence met before, so they skip the CRF; with that memory off
(`tagger._SEEN_MAX = 0`) entities 11.18 → 11.00 in a run where the untouched layers were ~5 %
slower. A fresh process per side (as bench_read_vs.py runs) gives tag_article 5.3-5.5 → 4.1-4.3
and read 22.4-23.2 → 20.8-22.0 ms/article; every output byte is unchanged.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared/data/news/detik_2025.jsonl"


def one_round(records: list[dict]) -> dict[str, float]:
    """CPU seconds per layer over all records (layers run in pipeline order, as ``read`` runs them)."""
    from warta.document.input import to_article
    from warta.pipeline import LAYERS, _annotator

    spent = {"input": 0.0} | {name: 0.0 for name, _ in LAYERS}
    clock = time.process_time
    for r in records:
        t = clock()
        art = to_article(r)
        spent["input"] += clock() - t
        for name, _ in LAYERS:
            fn = _annotator(name)
            t = clock()
            fn(art)
            spent[name] += clock() - t
    return spent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--n", type=int, default=120)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    with open(args.data, encoding="utf-8") as f:
        records = [json.loads(line) for _, line in zip(range(args.n), f, strict=False)]
    import warta

    warta.read(records[0])  # lazy loads are not throughput
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        for name, s in one_round(records).items():
            best[name] = min(best.get(name, s), s)
    n = len(records)
    total = sum(best.values())
    for name, s in best.items():
        print(f"{name:10s} {1000 * s / n:7.2f} ms/article  {100 * s / total:5.1f}%")
    print(f"{'all':10s} {1000 * total / n:7.2f} ms/article")


if __name__ == "__main__":
    main()
