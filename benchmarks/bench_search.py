"""In-process search latency on a stored corpus, this code beside an earlier revision's (not a test).

Runs a fixed mix of queries (common and rare words, a phrase, OR, NOT; since/until, outlet,
entity and theme filters) one at a time against --store with the search code of the work
tree and with ``src/warta/corpus/search.py`` as of --before (default ``main``), interleaved
in the same run, and prints p50/p95 of each, their ratio, the slowest queries and how many
queries' first page differs (ids of the hits). Nothing is written to the store beyond the
schema migration that opening it runs (copy a store before pointing this at it); the earlier
code reads --before-store, a copy at the schema version it was written for, as it is.

    nice python benchmarks/bench_search.py --store /tmp/warta-web-100k-v5.db \
        --before-store /tmp/warta-web-100k-v3.db --before 1e9f3d1 --rounds 3
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from warta.corpus.store import Store

ROOT = Path(__file__).resolve().parents[1]

MIX: list[tuple[str, dict[str, Any]]] = [
    ("inflasi", {}),
    ("pemerintah", {}),
    ("Prabowo", {}),
    ("gempa", {}),
    ('"harga beras"', {}),
    ("investasi OR ekspor", {}),
    ("korupsi -KPK", {}),
    ("inflasi", {"outlet": "kompas.com"}),
    ("korupsi", {"since": "2025-06-01", "until": "2025-06-30"}),
    ("anggaran", {"since": "2025-10-01"}),
    ("Prabowo", {"entity": "Purbaya Yudhi Sadewa"}),
    ("pemerintah", {"entity": "Bank Indonesia"}),
    ("pemerintah", {"theme": "politik"}),
    ("inflasi", {"theme": "ekonomi dan keuangan", "since": "2025-03-01"}),
    ('"harga beras"', {"outlet": "detik.com", "since": "2025-05-01"}),
    ("sawit", {"entity": "Indonesia", "outlet": "antaranews.com"}),
    ("gempa", {"outlet": "kompas.com"}),
    ("Jakarta", {"until": "2025-01-15"}),
]


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, int(round(p * len(xs))) - 1))]


class _Unmigrated(Store):
    """A store opened as it is: the earlier code reads the schema it was written for."""

    def migrate(self) -> None:
        pass


def old_queries(rev: str, store: Any) -> Any:
    """A ``Queries`` of ``search.py`` as of git revision ``rev``, over ``store``."""
    src = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{rev}:src/warta/corpus/search.py"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    path = Path(tempfile.mkdtemp(prefix="warta-bench-")) / "old_search.py"
    path.write_text(src, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("warta_old_search", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # (dataclasses look their module up)
    spec.loader.exec_module(mod)
    q = mod.Queries()
    q.store = store
    return q


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", default=os.path.join(tempfile.gettempdir(), "warta-web-100k.db"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument(
        "--mix", choices=["search", "web"], default="search", help="web: the queries of bench_web.py/bench_corpus.py"
    )
    ap.add_argument("--before", default="main", help="git revision of the code to compare with ('' to skip)")
    ap.add_argument(
        "--before-store",
        help="a copy of the store at the schema version the earlier code knows (opened without migrating); "
        "default: --store",
    )
    args = ap.parse_args()
    from warta.corpus import Corpus

    if not Path(args.store).exists():
        print(f"no store at {args.store} (benchmarks/bench_web.py builds one)", file=sys.stderr)
        return 2
    mix = MIX
    if args.mix == "web":
        spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benchmarks" / "bench_corpus.py")
        assert spec and spec.loader
        bc = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(bc)
        mix = bc.QUERIES
    with Corpus(args.store, create=False) as c:
        sides: dict[str, Any] = {"now": c}
        if args.before:
            before_store = _Unmigrated(args.before_store, create=False) if args.before_store else c.store
            sides["before"] = old_queries(args.before, before_store)
        times: dict[str, list[float]] = {k: [] for k in sides}
        per: dict[str, dict[str, float]] = {k: {} for k in sides}
        differs: list[str] = []
        for q, f in mix:  # warm the caches once, and compare the first pages
            pages = {k: [h.id for h in side.search(q, limit=10, **f)] for k, side in sides.items()}
            if len(pages) == 2 and pages["now"] != pages["before"]:
                differs.append(f"{q} {f}: now {pages['now'][:3]}… before {pages['before'][:3]}…")
        for _ in range(args.rounds):
            for q, f in mix:
                for k, side in sides.items():
                    t = time.perf_counter()
                    side.search(q, limit=10, **f)
                    dt = (time.perf_counter() - t) * 1000
                    times[k].append(dt)
                    key = q + (f" {f}" if f else "")
                    per[k][key] = max(per[k].get(key, 0.0), dt)
    print(f"store {args.store}; {len(mix)} queries x {args.rounds} rounds; load average {os.getloadavg()}")
    for k in sides:
        slow = sorted(per[k].items(), key=lambda kv: -kv[1])[:3]
        print(
            f"{k:>6}: p50 {statistics.median(times[k]):6.1f} ms  p95 {pct(times[k], 0.95):6.1f} ms; slowest: "
            + "; ".join(f"{q} {t:.0f} ms" for q, t in slow)
        )
    if "before" in sides:
        print(
            f"before/now: p50 x{statistics.median(times['before']) / statistics.median(times['now']):.1f}, "
            f"p95 x{pct(times['before'], 0.95) / pct(times['now'], 0.95):.1f}"
        )
        print(f"first pages that differ: {len(differs)} of {len(mix)}")
        for d in differs:
            print("  " + d)
    return 0


if __name__ == "__main__":
    sys.exit(main())
