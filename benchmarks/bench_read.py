"""Throughput of the core ``read`` (cleaning, sentences, tokens) beside spaCy's rule-based
``blank("id")`` tokenizer with its sentencizer, on the same texts in the same run.

    python benchmarks/bench_read.py [--data ../shared/data/news/detik_2025.jsonl] [--repeat 3]

Prints articles/s, tokens/s and peak traced memory for each, and the ratio. One core.
"""

from __future__ import annotations

import argparse
import json
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def measure(name: str, fn: Callable[[str], int], texts: list[str], repeat: int) -> dict:
    fn(texts[0])  # warm up: lazy loads are not throughput
    best = float("inf")
    tokens = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        tokens = sum(fn(t) for t in texts)
        best = min(best, time.perf_counter() - t0)
    tracemalloc.start()
    for t in texts[:200]:
        fn(t)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "name": name,
        "seconds": best,
        "articles_s": len(texts) / best,
        "tokens_s": tokens / best,
        "tokens": tokens,
        "peak_mb": peak / 1e6,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(REPO.parent / "shared/data/news/detik_2025.jsonl"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with open(args.data, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]

    import spacy

    import warta

    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")

    def spacy_fn(text: str) -> int:
        doc = nlp(text)
        sum(1 for _ in doc.sents)
        return len(doc)

    def warta_fn(text: str) -> int:
        return len(warta.read(text, layers=[]).tokens)

    rows = [
        measure("spaCy blank('id') + sentencizer", spacy_fn, texts, args.repeat),
        measure("warta.read (core layers)", warta_fn, texts, args.repeat),
    ]
    print(f"{len(texts)} articles, {sum(map(len, texts)) / 1e6:.1f} M characters, best of {args.repeat}")
    print(f"{'':34} {'articles/s':>11} {'tokens/s':>11} {'peak MB':>8}")
    for r in rows:
        print(f"{r['name']:34} {r['articles_s']:11.0f} {r['tokens_s']:11.0f} {r['peak_mb']:8.1f}")
    print(f"ratio warta/spaCy (articles/s): {rows[1]['articles_s'] / rows[0]['articles_s']:.2f}")


if __name__ == "__main__":
    main()
