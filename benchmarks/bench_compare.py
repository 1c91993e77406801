"""``warta.read`` with all layers: this checkout beside an earlier commit, in one command.

    python benchmarks/bench_compare.py [--base 5efbf9c] [--limit 200] [--rounds 3]

A change must not make reading slower; an absolute time on a shared machine says little, so
this runs the same articles through both versions, alternating them round by round (each
round a fresh process per version, so neither inherits the other's caches), and prints the best
time of each, articles/s, peak memory and the ratio. The base version is checked out into a
temporary git worktree and imported from its ``src`` ahead of the installed package.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "news" / "detik_2025.jsonl"

# Run in a child process: read the articles once to warm up, then time one pass.
CHILD = r"""
import json, resource, sys, time
import warta
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")][: int(sys.argv[2])]
warta.read(texts[0]).to_dict()
t0 = time.perf_counter()
for t in texts:
    warta.read(t).to_dict()
secs = time.perf_counter() - t0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": secs, "peak_mb": rss, "module": warta.__file__}))
"""


def run(src: Path, data: Path, limit: int) -> dict:
    env = {"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(data), str(limit)], capture_output=True, text=True, env=env, check=True
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    if not result["module"].startswith(str(src)):
        raise SystemExit(f"imported {result['module']}, not the checkout in {src}")
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="5efbf9c", help="the commit to compare against")
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--limit", type=int, default=200, help="articles to read")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    if not args.data.exists():
        raise SystemExit(f"no data at {args.data}")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", "-q", str(base), args.base], check=True)
        try:
            sides = {"base " + args.base: base / "src", "this checkout": REPO / "src"}
            best: dict[str, dict] = {}
            for _ in range(args.rounds):
                for name, src in sides.items():
                    r = run(src, args.data, args.limit)
                    if name not in best or r["seconds"] < best[name]["seconds"]:
                        best[name] = r
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(base)], check=False)
    print(f"{args.limit} articles of {args.data.name}, best of {args.rounds} alternating rounds, all layers")
    for name, r in best.items():
        print(
            f"{name:>22}: {r['seconds']:7.2f} s  {args.limit / r['seconds']:6.1f} articles/s  peak {r['peak_mb']:.0f} MB"
        )
    (b, h) = best.values()
    print(f"ratio this/base time: {h['seconds'] / b['seconds']:.2f} (below 1 is faster)")


if __name__ == "__main__":
    main()
