"""How ``read`` time and peak memory grow with the length of one article (10 KB … 10 MB).

Each size runs in a fresh process, so its peak RSS is its own. The article is real detik text
(``../shared/data/news/detik_2025.jsonl``) joined until it is long enough, as paragraphs or as
one single line (``--one-line``: the scrape that lost its newlines, the hardest shape). Beside
each full ``read`` the same process times the core layers only (clean, segment, language) as
the baseline, so the ratio holds on a busy machine. The fitted exponent is the slope of
log(time) over log(length) between the smallest and largest sizes (goal: at most 1.1).

    python benchmarks/bench_scaling.py [--sizes 10000,100000,1000000,10000000] [--one-line]
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

CHILD = r"""
import json, sys, time
import warta
from warta.pipeline import CORE_LAYERS
size, one_line, path = int(sys.argv[1]), sys.argv[2] == "1", sys.argv[3]
recs = [json.loads(line) for line in open(path, encoding="utf-8")]
parts, n, i = [], 0, 0
while n < size:
    t = recs[i % len(recs)]["text"]
    parts.append(t)
    n += len(t) + 2
    i += 1
text = "\n\n".join(parts)[:size]
if one_line:
    text = text.replace("\n", " ")
warta.read("Jakarta - Presiden mengatakan inflasi turun. " * 5)  # models loaded before timing
t0 = time.perf_counter()
warta.read(text, layers=list(CORE_LAYERS))
base = time.perf_counter() - t0
t0 = time.perf_counter()
art = warta.read(text)
full = time.perf_counter() - t0
import re  # VmHWM: ru_maxrss would keep the forking parent's peak across exec
rss = int(re.search(r"VmHWM:\s+(\d+)", open("/proc/self/status").read()).group(1)) / 1024
print(json.dumps({"size": len(text), "base": base, "full": full, "rss_mb": rss,
                  "entities": len(art.entities), "quotes": len(art.quotes)}))
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000,10000000")
    ap.add_argument("--one-line", action="store_true", help="join the article into a single line")
    ap.add_argument("--data", default=str(SHARED / "data/news/detik_2025.jsonl"))
    args = ap.parse_args()
    if not Path(args.data).is_file():
        print(f"bench_scaling: {args.data} not found (needs ../shared)", file=sys.stderr)
        return 2
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    print(
        f"{'chars':>10} {'read s':>8} {'core s':>8} {'ratio':>6} {'MB/s':>6} {'peak MB':>8} {'ents':>6} {'quotes':>6}"
    )
    for size in sizes:
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(size), "1" if args.one_line else "0", args.data],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        r = json.loads(out.strip().splitlines()[-1])
        rows.append(r)
        print(
            f"{r['size']:>10,} {r['full']:>8.2f} {r['base']:>8.2f} {r['full'] / max(r['base'], 1e-9):>6.1f} "
            f"{r['size'] / 1e6 / max(r['full'], 1e-9):>6.2f} {r['rss_mb']:>8.0f} {r['entities']:>6} {r['quotes']:>6}"
        )
    if len(rows) >= 2:
        a, b = rows[0], rows[-1]
        k = math.log(b["full"] / a["full"]) / math.log(b["size"] / a["size"])
        kb = math.log(b["base"] / a["base"]) / math.log(b["size"] / a["size"])
        print(f"fitted exponent (time ~ length^k), whole range: read k={k:.2f}; core layers k={kb:.2f}")
        from warta.pipeline import MAX_ANALYSED_CHARS

        full = [r for r in rows if r["size"] <= MAX_ANALYSED_CHARS]
        if len(full) >= 2:  # where every layer reads the whole text (below the analysis cap)
            a, b = full[0], full[-1]
            kf = math.log(b["full"] / a["full"]) / math.log(b["size"] / a["size"])
            print(f"  up to {MAX_ANALYSED_CHARS:,} characters (every layer reads all of it): read k={kf:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
