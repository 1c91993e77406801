"""The events layer's share of a full ``read``: each layer timed on the same articles, in the
same run, by running the pipeline layer by layer (goal: events <= 10% of ``read``).

    python benchmarks/bench_events.py [--data ../shared/data/news/detik_2025.jsonl] [-n 150]

Prints CPU seconds per layer (process time: the machine is shared, and wall time counts the other
jobs' load), its share of the whole, and events found per article. One core.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(REPO.parent / "shared/data/news/detik_2025.jsonl"))
    ap.add_argument("-n", type=int, default=150, help="articles (the first n)")
    args = ap.parse_args()
    with open(args.data, encoding="utf-8") as f:
        recs = [json.loads(line) for _, line in zip(range(args.n), f, strict=False)]

    import warta
    from warta.document.input import to_article
    from warta.pipeline import LAYERS, _annotator

    warta.read(recs[0])  # warm up: model and word-list loads are not throughput
    spent = {name: 0.0 for name, _ in LAYERS}
    n_events = 0
    for rec in recs:
        art = to_article(rec)
        for name, _ in LAYERS:
            t0 = time.process_time()
            _annotator(name)(art)
            spent[name] += time.process_time() - t0
        n_events += len(art.events)
    total = sum(spent.values())
    print(f"{len(recs)} articles, {total:.2f} s in all layers ({len(recs) / total:.1f} articles/s)")
    for name, s in spent.items():
        print(f"  {name:<10} {s:7.3f} s  {100 * s / total:5.1f}%")
    print(f"events: {100 * spent['events'] / total:.1f}% of read (goal <= 10%), {n_events / len(recs):.2f} per article")


if __name__ == "__main__":
    main()
