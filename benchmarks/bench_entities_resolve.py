"""Throughput and peak memory of the entities layer (rules + resolution, tagger excluded).

Baseline measured in the same run: a bare regex that collects capitalised runs (the least any
name finder does), over the same prepared articles. Usage:
    python benchmarks/bench_entities_resolve.py [N]   (N articles of ../shared/data/news/detik_2025.jsonl)
"""

from __future__ import annotations

import json
import re
import sys
import time
import tracemalloc
from pathlib import Path

import warta
import warta.entities as ents
from warta.entities import extract

DATA = Path(__file__).resolve().parents[2] / "shared/data/news/detik_2025.jsonl"
CAPS = re.compile(r"\b[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*")


def baseline(article) -> int:
    return len({m.group() for m in CAPS.finditer(article.norm)})


def measure(fn, articles) -> tuple[float, float]:
    """Articles per CPU second (untraced run), then peak traced memory (second run)."""
    t = time.process_time()
    for a in articles:
        fn(a)
    dt = time.process_time() - t
    tracemalloc.start()
    for a in articles:
        fn(a)
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return len(articles) / max(dt, 1e-9), peak


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    if not DATA.exists():
        sys.exit(f"no data at {DATA}")
    with open(DATA, encoding="utf-8") as f:
        records = [json.loads(line) for _, line in zip(range(n), f, strict=False)]
    articles = [warta.read(r, layers=[]) for r in records]  # core layers only, done beforehand
    extract(articles[0], tagged=[])  # load the word lists once
    base_rate, base_mem = measure(baseline, articles)
    rate, mem = measure(lambda a: extract(a, tagged=[]), articles)
    ents.USE_SEGMENT_TOKENS = False  # the layer's own tokenizer (articles without tokens)
    own_rate, own_mem = measure(lambda a: extract(a, tagged=[]), articles)
    ents.USE_SEGMENT_TOKENS = True
    print(f"articles: {len(articles)} (CPU time)")
    print(f"baseline capitalised-run regex: {base_rate:8.0f} articles/s  peak {base_mem:6.1f} MB")
    print(f"warta.entities (no tagger):     {rate:8.0f} articles/s  peak {mem:6.1f} MB")
    print(f"  … with its own tokenizer:     {own_rate:8.0f} articles/s  peak {own_mem:6.1f} MB")
    print(f"ratio (entities / baseline):    {rate / base_rate:8.3f}x speed, {mem / max(base_mem, 1e-6):.1f}x memory")


if __name__ == "__main__":
    main()
