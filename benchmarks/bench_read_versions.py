"""``warta.read`` with all layers, this tree against an earlier commit, in one run.

    nice python benchmarks/bench_read_versions.py [--baseline 5efbf9c] [--n 200] [--rounds 3]

The baseline's ``src`` is taken with ``git archive`` into a temporary folder; each version reads
the same detik articles in its own process (models loaded and one article read before timing),
rounds alternating so that the shared machine's load falls on both alike. Prints the best CPU
seconds of each and the ratio (this tree / baseline; below 1.0 is faster).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "news" / "detik_2025.jsonl"


def worker(n: int) -> None:
    """Read the first ``n`` articles; print CPU and wall seconds as JSON."""
    import warta

    recs = [json.loads(line) for line, _ in zip(DATA.open(encoding="utf-8"), range(n), strict=False)]
    warta.read(recs[0])  # lazy model and gazetteer loads are not throughput
    w0, t0 = time.perf_counter(), time.process_time()
    for r in recs:
        warta.read(r)
    print(json.dumps({"cpu": time.process_time() - t0, "wall": time.perf_counter() - w0, "n": len(recs)}))


def run(src: Path, n: int) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run(
        [sys.executable, __file__, "--worker", "--n", str(n)], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", default="5efbf9c")
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args.n)
        return 0
    if not DATA.exists():
        print(f"no data at {DATA}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        blob = subprocess.run(
            ["git", "-C", str(REPO), "archive", args.baseline, "src"], capture_output=True, check=True
        )
        with tarfile.open(fileobj=BytesIO(blob.stdout)) as tar:
            tar.extractall(tmp, filter="data")
        versions = {"baseline": Path(tmp) / "src", "this tree": REPO / "src"}
        best: dict[str, dict[str, float]] = {}
        for _ in range(args.rounds):
            for name, src in versions.items():
                r = run(src, args.n)
                if name not in best or r["cpu"] < best[name]["cpu"]:
                    best[name] = r
    n = best["this tree"]["n"]
    print(f"{n} detik articles, all layers, best CPU of {args.rounds} alternating rounds")
    for name, r in best.items():
        print(
            f"{name:10} ({args.baseline if name == 'baseline' else 'HEAD+work'}): {r['cpu']:6.2f} s CPU, {n / r['cpu']:6.1f} articles/s"
        )
    print(f"ratio this tree / baseline (CPU time): {best['this tree']['cpu'] / best['baseline']['cpu']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
