"""`read` with all layers, this tree against an earlier revision, in one run: the same articles,
each side in its own process, alternated, best of N rounds (CPU time, so other load on the
machine counts less). The earlier revision is unpacked with `git archive` into a temporary folder.

    python benchmarks/bench_read_vs.py [--base REV] [--n 120] [--rounds 3] [--data FILE.jsonl]

Prints articles per CPU second for each side and the ratio (this tree / base; above 1 is faster).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared/data/news/detik_2025.jsonl"

# Run inside each side's process: read N records with every layer, report CPU seconds.
CHILD = r"""
import json, sys, time
import warta
records = [json.loads(line) for _, line in zip(range(int(sys.argv[2])), open(sys.argv[1], encoding="utf-8"))]
warta.read(records[0])  # lazy loads (word lists, model) are not throughput
t = time.process_time()
for r in records:
    warta.read(r)
print(json.dumps({"seconds": time.process_time() - t, "n": len(records), "file": warta.__file__}))
"""


def unpack(rev: str, into: Path) -> Path:
    """The revision's ``src`` folder, unpacked from ``git archive``."""
    blob = subprocess.run(["git", "-C", str(REPO), "archive", rev, "src"], check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(blob)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def run(src: Path, n: int, data: Path = DATA) -> float:
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(data), str(n)], check=True, capture_output=True, text=True, env=env
    )
    res = json.loads(out.stdout.strip().splitlines()[-1])
    if not res["file"].startswith(str(src)):
        raise SystemExit(f"imported {res['file']}, not the tree under {src}")
    return res["n"] / res["seconds"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="5efbf9c", help="earlier revision (default: where this branch started)")
    ap.add_argument("--n", type=int, default=120)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--data", type=Path, default=DATA, help="JSONL of records (e.g. only development-set articles)")
    args = ap.parse_args()
    if not args.data.exists():
        sys.exit(f"no data at {args.data}")
    with tempfile.TemporaryDirectory() as tmp:
        base_src = unpack(args.base, Path(tmp))
        here_src = REPO / "src"
        best = {"base": 0.0, "here": 0.0}
        for _ in range(args.rounds):
            best["base"] = max(best["base"], run(base_src, args.n, args.data))
            best["here"] = max(best["here"], run(here_src, args.n, args.data))
    print(f"base {args.base}: {best['base']:.1f} articles/CPU-s")
    print(f"this tree:     {best['here']:.1f} articles/CPU-s")
    print(f"ratio (this tree / base): {best['here'] / best['base']:.3f}")


if __name__ == "__main__":
    main()
