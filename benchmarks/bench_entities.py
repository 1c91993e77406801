#!/usr/bin/env python
"""Throughput of the name tagger beside ``warta.read`` without the entity layer (same run).

    nice python benchmarks/bench_entities.py [--limit N] [FILE.jsonl]

Prints: model load time; ``warta.read`` up to language (baseline) in articles/s and tokens/s;
the CRF tagger alone (``tag_article`` over those articles) in tokens/s; ``warta.read`` with the
entities layer in articles/s; the ratio to the baseline; peak traced memory of each phase.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "news" / "detik_2025.jsonl"
LATER = ("entities", "places", "dates", "amounts", "quotes", "summary", "tone", "themes")


def load(path: Path, limit: int) -> list[dict]:
    recs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                recs.append(json.loads(line))
            if len(recs) >= limit:
                break
    return recs


def timed(fn, traced: bool):
    if traced:
        tracemalloc.start()
    t0 = time.perf_counter()
    out = fn()
    dt = time.perf_counter() - t0
    peak = 0
    if traced:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return out, dt, peak


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--memory", action="store_true", help="trace peak memory (slows every phase)")
    args = ap.parse_args()
    if not args.file.exists():
        print(f"no such file: {args.file}", file=sys.stderr)
        return 2

    t0 = time.perf_counter()
    from warta.entities import tagger
    from warta.entities.features import default_extractor

    tagger._get_tagger()
    default_extractor()
    load_s = time.perf_counter() - t0
    if not tagger.model_available():
        print("NER model missing (run scripts/train_ner.py)", file=sys.stderr)
        return 2
    import warta

    recs = load(args.file, args.limit)
    warta.read(recs[0], exclude=LATER)  # warm imports of the core layers

    arts, base_s, base_mem = timed(lambda: [warta.read(r, exclude=LATER) for r in recs], args.memory)
    n_tok = sum(len(a.tokens) for a in arts)
    n_sent = sum(len(a.sentences) for a in arts)
    spans, tag_s, tag_mem = timed(lambda: [tagger.tag_article(a) for a in arts], args.memory)
    n_ent = sum(len(s) for s in spans)

    ent_layers = tuple(x for x in LATER if x != "entities")
    _, ent_s, ent_mem = timed(lambda: [warta.read(r, exclude=ent_layers) for r in recs], args.memory)

    mb = 1 / (1024 * 1024)
    print(f"articles: {len(recs)}  sentences: {n_sent:,}  tokens: {n_tok:,}  (from {args.file.name})")
    print(f"model load (CRF + lexicon, first call): {load_s:.3f} s")
    print(f"{'phase':<44}{'s':>8}{'art/s':>9}{'tok/s':>11}{'peak MB':>9}")
    rows = [
        ("warta.read exclude entities+later (base)", base_s, base_mem),
        ("tagger.tag_article only (CRF)", tag_s, tag_mem),
        ("warta.read with entities layer", ent_s, ent_mem),
    ]
    for name, s, mem in rows:
        mem_s = f"{mem * mb:9.1f}" if args.memory else f"{'-':>9}"
        print(f"{name:<44}{s:8.2f}{len(recs) / s:9.1f}{n_tok / s:11,.0f}{mem_s}")
    print(f"entities found by the tagger: {n_ent:,} ({n_ent / max(1, len(recs)):.1f}/article)")
    print(f"ratio read+entities / base time: {ent_s / base_s:.2f}x; tagger share of base time: {tag_s / base_s:.2f}x")
    print(f"process max RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
