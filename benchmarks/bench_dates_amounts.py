"""Cost of the dates and amounts layers beside ``warta.read`` without them (same run, same articles).

    python benchmarks/bench_dates_amounts.py [--n 300] [--data ../shared/data/news/detik_2025.jsonl]

Prints articles/s (CPU time, and wall time beside it) for: read without dates+amounts (baseline), the dates layer alone, the amounts
layer alone (both on already-read articles), and read with them; plus the ratio to the
baseline and the peak memory the layers allocate.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import tracemalloc
from pathlib import Path

import warta
from warta import amounts, dates

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "data" / "news" / "detik_2025.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--data", type=Path, default=DEFAULT)
    args = ap.parse_args()
    if not args.data.exists():
        print(f"no data at {args.data}", file=sys.stderr)
        return 2
    recs = [json.loads(line) for line, _ in zip(args.data.open(encoding="utf-8"), range(args.n), strict=False)]
    n = len(recs)
    heavy = {"dates", "amounts"}

    clock = time.process_time  # CPU time: the machine is shared, wall time swings with its load
    w0, t0 = time.perf_counter(), clock()
    arts = [warta.read(r, exclude=heavy) for r in recs]
    base, base_wall = clock() - t0, time.perf_counter() - w0

    w0, t0 = time.perf_counter(), clock()
    for a in arts:
        dates.annotate(a)
    t_dates, dates_wall = clock() - t0, time.perf_counter() - w0

    w0, t0 = time.perf_counter(), clock()
    for a in arts:
        amounts.annotate(a)
    t_amounts, amounts_wall = clock() - t0, time.perf_counter() - w0

    w0, t0 = time.perf_counter(), clock()
    for r in recs:
        warta.read(r)
    full, full_wall = clock() - t0, time.perf_counter() - w0

    tracemalloc.start()
    for a in arts[:50]:
        dates.annotate(a)
        amounts.annotate(a)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    n_dates = sum(len(a.dates) for a in arts)
    n_amounts = sum(len(a.amounts) for a in arts)
    print(f"articles: {n}  dates found: {n_dates}  amounts found: {n_amounts}")
    print(f"{'what':38} {'articles/s':>11} {'CPU ms/art':>11} {'x baseline':>11} {'wall art/s':>11}")
    for name, t, wall in [
        ("warta.read without dates+amounts", base, base_wall),
        ("dates layer alone", t_dates, dates_wall),
        ("amounts layer alone", t_amounts, amounts_wall),
        ("warta.read with everything", full, full_wall),
    ]:
        print(f"{name:38} {n / t:11.0f} {1000 * t / n:11.2f} {t / base:11.3f} {n / wall:11.0f}")
    print(f"layers' share of a full read: {(t_dates + t_amounts) / full:.1%}")
    print(f"peak memory allocated by the two layers over 50 articles: {peak / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
