"""Quote extraction's share of ``warta.read`` time, with throughput and peak memory.

Baseline measured in the same run: ``warta.read`` of the same articles with every layer.
The quotes layer is then timed alone on the already-read articles (its input: paragraphs,
sentences, entities), so its share is quotes time / full read time.

    nice python benchmarks/bench_quotes.py [--n 200] [--data ../shared/data/news/detik_2025.jsonl]
"""

from __future__ import annotations

import argparse
import json
import time
import tracemalloc
from pathlib import Path

import warta
import warta.quotes

DEFAULT_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "news" / "detik_2025.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200, help="articles to read")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args()
    if not args.data.exists():
        print(f"bench_quotes: no data at {args.data}")
        return 2
    with args.data.open(encoding="utf-8") as f:
        records = [json.loads(line) for _, line in zip(range(args.n), f, strict=False)]
    chars = sum(len(r["text"]) for r in records)
    kwargs: dict = {}
    try:
        warta.read(records[0])  # warm up: load models and word lists
    except Exception as e:  # another layer is broken right now: measure against the layers up to quotes
        print(f"bench_quotes: full read failed ({type(e).__name__}: {e}); baseline = layers up to quotes")
        kwargs = {"layers": ["entities", "places", "dates", "amounts", "quotes"]}
        warta.read(records[0], **kwargs)

    t0, c0 = time.perf_counter(), time.process_time()
    articles = [warta.read(r, **kwargs) for r in records]
    full, full_cpu = time.perf_counter() - t0, time.process_time() - c0

    t0, c0 = time.perf_counter(), time.process_time()
    n_quotes = 0
    for a in articles:
        warta.quotes.annotate(a)
        n_quotes += len(a.quotes)
    layer, layer_cpu = time.perf_counter() - t0, time.process_time() - c0

    tracemalloc.start()
    for a in articles[:50]:
        warta.quotes.annotate(a)
    _, peak_layer = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    tracemalloc.start()
    for r in records[:50]:
        warta.read(r, **kwargs)
    _, peak_read = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    n = len(records)
    print(f"articles {n}  characters {chars:,}  quotes {n_quotes} ({n_quotes / n:.1f}/article)")
    print(f"{'':24}{'wall s':>9}{'cpu s':>9}{'articles/s (cpu)':>18}{'peak MB':>9}")
    print(f"{'warta.read (baseline)':24}{full:9.3f}{full_cpu:9.3f}{n / full_cpu:18.1f}{peak_read / 1e6:9.1f}")
    print(f"{'quotes layer':24}{layer:9.3f}{layer_cpu:9.3f}{n / layer_cpu:18.1f}{peak_layer / 1e6:9.1f}")
    print(f"quotes share of read time: {layer_cpu / full_cpu:.1%} cpu, {layer / full:.1%} wall")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
