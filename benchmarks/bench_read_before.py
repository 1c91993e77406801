"""``warta.read`` with every layer: this working tree against the code of another revision, in
one run, interleaved (so machine load hits both alike), on the same articles.

    nice python benchmarks/bench_read_before.py --before 5efbf9c [--n 150] [--rounds 3]

The revision's ``src/`` is exported with ``git archive`` into a temporary folder (no worktree is
added) and each side runs in its own Python process; each round times every article once on each
side and the best round counts. Time is the process's CPU time, so that other work on a shared
machine does not decide the ratio. Prints articles per CPU-second of both and the ratio
now/before (> 1: faster).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "news" / "detik_2025.jsonl"

# run in the child process: read the articles once to warm up, then time one pass per line of input
CHILD = r"""
import json, sys, time
import warta
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")][: int(sys.argv[2])]
warta.read(rows[0])
print("ready", flush=True)
for _ in sys.stdin:
    t = time.process_time()
    for r in rows:
        warta.read(r)
    print(time.process_time() - t, flush=True)
"""


def export(rev: str, into: Path) -> Path:
    """The ``src`` folder of ``rev``, unpacked under ``into``."""
    tar = into / "src.tar"
    with tar.open("wb") as f:
        subprocess.run(["git", "-C", str(REPO), "archive", rev, "src"], stdout=f, check=True)
    with tarfile.open(tar) as t:
        t.extractall(into, filter="data")
    return into / "src"


def start(src: Path, data: Path, n: int) -> subprocess.Popen:
    env = {"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"}
    p = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data), str(n)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert p.stdout is not None and p.stdout.readline().strip() == "ready"
    return p


def lap(p: subprocess.Popen) -> float:
    assert p.stdin is not None and p.stdout is not None
    p.stdin.write("go\n")
    p.stdin.flush()
    return float(p.stdout.readline())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--before", required=True, help="git revision to compare with")
    ap.add_argument("--n", type=int, default=150, help="articles")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args()
    if not args.data.exists():
        print(f"bench_read_before: no data at {args.data}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        old = start(export(args.before, Path(tmp)), args.data, args.n)
        new = start(REPO / "src", args.data, args.n)
        t_old = t_new = float("inf")
        for _ in range(args.rounds):
            t_old = min(t_old, lap(old))
            t_new = min(t_new, lap(new))
        for p in (old, new):
            p.stdin.close()  # type: ignore[union-attr]
            p.wait()
    print(json.dumps({"articles": args.n, "before": args.before}))
    print(f"before ({args.before}): {args.n / t_old:6.1f} articles/s  ({t_old:.2f} s)")
    print(f"now (working tree):  {args.n / t_new:6.1f} articles/s  ({t_new:.2f} s)")
    print(f"ratio now/before: {t_old / t_new:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
