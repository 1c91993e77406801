"""What keeping stories and identities up to date costs at ingest, and how the cost grows.

    python benchmarks/bench_stories.py [--articles 100000] [--db /tmp/stories_bench.db]

The detik_2025 records are read once (all layers, one core: the reading time per article is
the ingest budget's main part), then grown synthetically to ``--articles``: copy k of an
article is moved k // copies-per-day days later and has a share of its words replaced by
fresh ones, so the corpus spans months, its vocabulary grows, and every "story" recurs. The
copies are written to a fresh SQLite corpus in batches as ingest writes them; per slice of
the corpus it prints the milliseconds per article spent writing, clustering stories and
linking identities, and at the end the share of the ingest time (reading + writing) that
stories and identities add. Flat per-article costs across slices mean no all-pairs work.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import random
import re
import tempfile
import time
from pathlib import Path

import warta
from warta.corpus import dedup
from warta.corpus.store import Processed, Store

REPO = Path(__file__).resolve().parents[1]
NEWS = REPO.parent / "shared" / "data" / "news" / "detik_2025.jsonl"
BATCH = 200
REPLACE = 0.3  # share of words replaced in each copy


def read_all(path: Path, limit: int | None) -> tuple[list[dict], float]:
    recs = [json.loads(x) for x in path.open(encoding="utf-8")][:limit]
    warta.read(recs[0])  # warm up
    t0 = time.perf_counter()
    out = [warta.read(r).to_dict() | {"id": r["id"]} for r in recs]
    return out, (time.perf_counter() - t0) / len(out)


_WORD = re.compile(r"[^\W\d_]{4,}")


def mutate(rec: dict, k: int, day_shift: int, rng: random.Random) -> dict:
    """Copy ``k`` of a record: new id and url, a later day, some words replaced by fresh ones."""
    r = copy.copy(rec)

    def fresh(m: re.Match[str]) -> str:
        return f"w{rng.randrange(10**6):x}" if rng.random() < REPLACE else m.group(0)

    r["id"] = f"{rec['id']}#{k}"
    r["url"] = (rec.get("url") or "") + f"?copy={k}"
    r["title"] = _WORD.sub(fresh, rec.get("title") or "")
    r["sentences"] = [dict(s, text=_WORD.sub(fresh, s["text"])) for s in rec.get("sentences") or []]
    r["body"] = "\n".join(s["text"] for s in r["sentences"])
    day = rec.get("published") or "2025-10-20"
    from datetime import date, timedelta

    r["published"] = (date.fromisoformat(day[:10]) + timedelta(days=day_shift)).isoformat()
    return r


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--per-day", type=int, default=1000, help="synthetic articles per day")
    ap.add_argument("--data", type=Path, default=NEWS)
    ap.add_argument("--db")
    ap.add_argument("--slices", type=int, default=10)
    args = ap.parse_args()
    base, read_s = read_all(args.data, None)
    print(f"read {len(base)} records: {read_s * 1000:.1f} ms/article on one core (the reading part of ingest)")
    rng = random.Random(1)
    tmp = tempfile.mkdtemp()
    db = args.db or os.path.join(tmp, "stories_bench.db")
    store = Store(db)
    slice_n = max(BATCH, args.articles // args.slices)
    t_write = t_story = t_ident = 0.0
    s_write = s_story = s_ident = 0.0
    done = 0
    print(f"{'articles':>9} {'write ms/art':>12} {'stories ms/art':>14} {'identity ms/art':>15}")
    while done < args.articles:
        batch = []
        for _ in range(min(BATCH, args.articles - done)):
            k = done + len(batch)
            rec = mutate(base[k % len(base)], k, k // args.per_day, rng)
            sig = dedup.signature(rec["body"])
            batch.append(
                Processed(
                    rec["id"],
                    "bench",
                    rec["id"],
                    rec,
                    None,
                    sig.to_bytes() if sig else None,
                    sig.n_shingles if sig else 0,
                )
            )
        story0, ident0 = store.story_seconds, store.identity_seconds
        t0 = time.perf_counter()
        store.write_batch(batch)
        dt = time.perf_counter() - t0
        ds, di = store.story_seconds - story0, store.identity_seconds - ident0
        t_write, t_story, t_ident = t_write + dt, t_story + ds, t_ident + di
        s_write, s_story, s_ident = s_write + dt, s_story + ds, s_ident + di
        done += len(batch)
        if done % slice_n == 0 or done == args.articles:
            n = slice_n if done % slice_n == 0 else done % slice_n
            plain = (s_write - s_story - s_ident) / n * 1000
            print(f"{done:>9,} {plain:>12.2f} {s_story / n * 1000:>14.2f} {s_ident / n * 1000:>15.2f}", flush=True)
            s_write = s_story = s_ident = 0.0
    n = args.articles
    ingest = read_s * n + t_write  # one core reading + the writer
    extra = t_story + t_ident
    print(
        f"\n{n:,} articles: stories {t_story:.0f}s, identities {t_ident:.0f}s, other writing {t_write - extra:.0f}s, "
        f"reading (estimated, one core) {read_s * n:.0f}s"
    )
    print(f"stories + identities add {extra / (ingest - extra):.1%} to the ingest time without them")
    print(f"stories alone add {t_story / (ingest - extra):.1%}; corpus at {db}")
    store.close()


if __name__ == "__main__":
    main()
