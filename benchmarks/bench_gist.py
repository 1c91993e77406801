#!/usr/bin/env python3
"""Cost of the gist layers (summary, tone, themes) beside warta.read without them.

    python benchmarks/bench_gist.py [--n 200] [--data ../shared/data/news/detik_2025.jsonl]

Baseline: ``warta.read(record, exclude=("summary", "tone", "themes"))`` — every other layer.
Each gist layer is then timed alone on those already-read articles (articles/s of the layer
by itself) and its peak extra memory measured with tracemalloc; the last line is the whole
``warta.read`` with the three layers, and the ratio of its throughput to the baseline's.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import warta  # noqa: E402
from warta import summary, themes, tone  # noqa: E402

GIST = ("summary", "tone", "themes")


def timed(fn, items) -> float:
    t0 = time.perf_counter()
    for x in items:
        fn(x)
    return time.perf_counter() - t0


def peak_kib(fn, items) -> float:
    tracemalloc.start()
    for x in items:
        fn(x)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(ROOT.parent / "shared/data/news/detik_2025.jsonl"))
    ap.add_argument("--n", type=int, default=200)
    args = ap.parse_args()
    lines = [ln for ln in Path(args.data).read_text(encoding="utf-8").split("\n") if ln.strip()][: args.n]
    records = [json.loads(ln) for ln in lines]
    # warm up: load models and lexicons once
    warta.read(records[0])

    def base(rec):
        return warta.read(rec, exclude=GIST)

    t_base = timed(base, records)
    articles = [base(r) for r in records]
    n = len(records)
    words = sum(len(a.tokens) for a in articles)
    print(f"articles {n}  tokens {words}")
    print(f"{'stage':34s} {'articles/s':>11s} {'ms/article':>11s} {'peak KiB':>9s}")
    print(f"{'warta.read without gist (baseline)':34s} {n / t_base:11.1f} {1000 * t_base / n:11.2f} {'':>9s}")
    for name, mod in (("summary", summary), ("tone", tone), ("themes", themes)):
        copies = [copy.copy(a) for a in articles]
        t = timed(mod.annotate, copies)
        mem = peak_kib(mod.annotate, [copy.copy(a) for a in articles[:50]])
        print(f"{'  + ' + name + ' alone':34s} {n / t:11.1f} {1000 * t / n:11.2f} {mem:9.0f}")
    t_all = timed(warta.read, records)
    print(f"{'warta.read with gist':34s} {n / t_all:11.1f} {1000 * t_all / n:11.2f} {'':>9s}")
    print(f"throughput ratio with/without gist {t_base / t_all:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
