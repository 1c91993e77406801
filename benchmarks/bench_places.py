"""Cost of the places layer, beside baselines measured in the same run.

1. Gazetteer load: time and peak memory of a fresh process that loads it, beside a fresh
   process that only imports warta (the baseline); the difference is the gazetteer's cost.
2. Per article: time of ``warta.places.annotate`` beside the core layers (clean, segment,
   language) on the same articles. Articles are the detik corpus in ../shared when present
   (entities from the entities layer), else the shared example and dev articles with their gold
   LOC entities.

Run: ``nice python benchmarks/bench_places.py [--articles 200]``
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

PROBE = r"""
import resource, time, sys
t0 = time.perf_counter()
import warta
t1 = time.perf_counter()
if sys.argv[1] == "load":
    from warta.places import gazetteer
    gazetteer.get()
t2 = time.perf_counter()
print(t1 - t0, t2 - t1, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def probe(kind: str, runs: int = 3) -> tuple[float, float, float]:
    """Best of ``runs`` fresh processes: (import s, load s, peak MB)."""
    best = None
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", PROBE, kind], capture_output=True, text=True, check=True)
        imp, load, rss = map(float, out.stdout.split())
        if best is None or load + imp < best[0] + best[1]:
            best = (imp, load, rss)
    assert best is not None
    return best


def articles(limit: int):
    """(input, gold LOC names or None) pairs."""
    detik = SHARED / "data" / "news" / "detik_2025.jsonl"
    if detik.exists():
        with detik.open(encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i >= limit:
                    break
                yield json.loads(line), None
        return
    for gold_path in sorted([*SHARED.glob("examples/*.gold.json"), *SHARED.glob("eval/dev/*.gold.json")]):
        base = str(gold_path)[: -len(".gold.json")]
        src = Path(base + ".txt") if Path(base + ".txt").exists() else Path(base + ".json")
        raw = src.read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        locs = [[g["canonical"], *g.get("mentions", [])] for g in gold["entities"] if g["label"] == "LOC"]
        yield (json.loads(raw) if src.suffix == ".json" else raw), locs


def main() -> int:
    ap = argparse.ArgumentParser(description="places layer benchmark")
    ap.add_argument("--articles", type=int, default=200)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))

    base_imp, _, base_rss = probe("base")
    imp, load, rss = probe("load")
    print("gazetteer load (fresh process, best of 3)")
    print(f"  baseline  import warta          {base_imp * 1000:7.0f} ms  peak {base_rss:6.1f} MB")
    print(f"  + load    gazetteer.get()       {load * 1000:7.0f} ms  peak {rss:6.1f} MB  (+{rss - base_rss:.1f} MB)")

    import warta
    from warta import places
    from warta.document import Entity, Mention
    from warta.places import gazetteer

    gazetteer.get()
    t_core = t_ent = t_places = 0.0
    n = n_loc = n_resolved = 0
    for x, locs in articles(args.articles):
        t0 = time.perf_counter()
        a = warta.read(x, layers=[])
        t1 = time.perf_counter()
        if locs is None:
            from warta import entities

            entities.annotate(a)
        else:
            for names in locs:
                ms = [
                    Mention(m.start(), m.end(), name)
                    for name in dict.fromkeys(names)
                    for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", a.norm)
                ]
                a.entities.append(Entity(names[0], "LOC", ms))
        t2 = time.perf_counter()
        places.annotate(a)
        t3 = time.perf_counter()
        t_core += t1 - t0
        t_ent += t2 - t1
        t_places += t3 - t2
        n += 1
        for e in a.entities:
            if e.label == "LOC":
                n_loc += 1
                n_resolved += e.country is not None
    print(f"per article ({n} articles, {n_loc} LOC entities, {n_resolved} with a country)")
    print(f"  baseline  core layers           {t_core / n * 1000:7.2f} ms")
    print(f"  entities  (input to places)     {t_ent / n * 1000:7.2f} ms")
    print(
        f"  places    annotate              {t_places / n * 1000:7.2f} ms  ({t_places / max(t_core, 1e-9):.2f}x core)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
