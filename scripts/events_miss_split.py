"""Every missed gold event split by outlet and by fate, and a shape's reach on the mining pool by outlet.

Round 38 (issue #12) asked whether other outlets than detik miss acts in ways of their own (longer
sentences, acts as nouns, light verbs with an act noun) before any class is built, and how far a class
reaches on articles nobody tuned to:

- ``misses``: each gold event of a half the layer missed, by outlet (``detik`` or ``other``, from the
  article id) and by fate: ``no trigger`` (nothing of any type read in its sentence), ``no trigger,
  other vetoed`` (only triggers of other types, all dropped), ``wrong type`` (an act of another type
  kept there), the guard that vetoed a trigger of its type (``partial``, ``incomplete`` …), or ``kept,
  not matched``; with the half's P/R/F1 and end to end per outlet. ``-v`` lists the misses.
- ``reach``: the sentences of a pool output (``scripts/mining_pool.py run``) that hold a shape (a regular
  expression) and no event of the given types, counted by outlet (sentences, articles), with samples.

    python scripts/events_miss_split.py misses --half mine --cache /tmp/mine.pkl [-v]
    python scripts/events_miss_split.py reach /work/pool/out_r38start '\\bmelakukan\\s+pe\\w+an\\b' --types COERCE
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_trigger_gaps import BY_ARTICLE, HALVES, _close, _read, _row, _score, half_files  # noqa: E402


def outlet_of(article_id: str) -> str:
    """`detik` for the detik_2025 articles, `other` for every other outlet (IndoSum and the opened sets)."""
    return "detik" if article_id.startswith("detik") else "other"


def fate_of(S, gold_event: dict, cands: list[dict]) -> str:
    """What became of a missed gold event: the fate of a trigger of its type in its sentence, else
    whether another type was kept there (`wrong type`) or only vetoed, else `no trigger`."""
    here = [c for c in cands if S.token_f1(gold_event["text"], c["sentence"]) >= 0.6]
    same = [c for c in here if c["type"] == gold_event["type"]]
    if same:
        return "kept, not matched" if same[0]["fate"] == "kept" else same[0]["fate"]
    if any(c["fate"] == "kept" for c in here):
        return "wrong type"
    return "no trigger, other vetoed" if here else "no trigger"


def misses(args: argparse.Namespace) -> None:
    """The half's misses by outlet and fate, and its figures per outlet."""
    S = _score()
    cpath = Path(args.cache) if args.cache else None
    cache = pickle.loads(cpath.read_bytes()) if cpath and cpath.exists() else {}
    size = len(cache)
    tally = defaultdict(S.Tally)
    table: Counter[tuple[str, str]] = Counter()
    lines: list[str] = []
    for d in HALVES[args.half] + list(BY_ARTICLE):
        for f in half_files(d, args.half):
            gold = json.loads(f.read_text("utf-8"))
            if "events" not in gold:
                continue
            art, pred, trace = _read(S, f, gold, cache)
            outlet = outlet_of(gold["id"])
            for key in (outlet, "all"):
                S.score_events(gold, pred, {}, tally[key], {})
            ge, pe = gold["events"], pred.get("events") or []
            m = S.match(ge, pe, lambda g, p: _close(S, g, p))
            cands = [{"type": c.trigger.type, "fate": c.fate, "sentence": art.norm[c.ss : c.se]} for c in trace]
            for i, g in enumerate(ge):
                if i in m:
                    continue
                fate = fate_of(S, g, cands)
                table[outlet, fate] += 1
                lines.append(
                    f"{fate:26} {outlet:5} {g['type']:11} {g.get('trigger')!r:30} {gold['id']} | {g['text'][:90]}"
                )
    if cpath and len(cache) > size:
        cpath.write_bytes(pickle.dumps(cache))
    print(f"{'outlet':22} {'gold':>4} {'P':>6} {'R':>6} {'F1':>6} {'e2e':>6}")
    for key in ("detik", "other", "all"):
        if key in tally:
            print(_row(key, tally[key]))
    fates = Counter()
    for (_o, fate), n in table.items():
        fates[fate] += n
    print(f"\n{'fate':26} {'detik':>6} {'other':>6}")
    for fate, _n in fates.most_common():
        print(f"{fate:26} {table['detik', fate]:6d} {table['other', fate]:6d}")
    if args.verbose:
        print("\n".join(sorted(lines)))


def reach(args: argparse.Namespace) -> None:
    """Sentences of a pool output holding a shape and no event of the given types, by outlet."""
    shape = re.compile(args.shape, re.I)
    types = set(args.types.split(",")) if args.types else None
    held: Counter[str] = Counter()
    bare: Counter[str] = Counter()
    arts: dict[str, set[str]] = defaultdict(set)
    words: Counter[str] = Counter()
    samples: list[str] = []
    for f in sorted(Path(args.out).glob("*.json")):
        d = json.loads(f.read_text("utf-8"))
        outlet = d.get("outlet") or "detik"
        found: dict[int, set[str]] = defaultdict(set)
        for e in d.get("events") or []:
            found[e["sentence"]].add(e["type"])
        for i, s in enumerate(d.get("sentences") or []):
            hit = shape.search(s["text"])
            if hit is None:
                continue
            held[outlet] += 1
            if found.get(i) and (types is None or found[i] & types):
                continue
            bare[outlet] += 1
            arts[outlet].add(d["id"])
            words[hit.group(0).lower()] += 1
            samples.append(f"  {d['id']} | {hit.group(0)} | {s['text'][:200]}")
    print(f"{'outlet':18} {'shape':>6} {'no event':>9} {'articles':>9}")
    for outlet in sorted(held, key=lambda o: -held[o]):
        print(f"{outlet:18} {held[outlet]:6d} {bare[outlet]:9d} {len(arts[outlet]):9d}")
    total = sum(len(a) for a in arts.values())
    print(f"{'all':18} {sum(held.values()):6d} {sum(bare.values()):9d} {total:9d}  ({len(arts)} outlets)")
    print(words.most_common(20))
    random.seed(0)
    print("\n".join(random.sample(samples, min(args.show, len(samples)))))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("misses", help="a half's misses by outlet and fate")
    m.add_argument("--half", choices=sorted(HALVES), required=True)
    m.add_argument("--cache", default="", help="pickle of the articles read before events")
    m.add_argument("-v", "--verbose", action="store_true", help="list each miss")
    r = sub.add_parser("reach", help="a shape's sentences with no event on a pool output, by outlet")
    r.add_argument("out", help="a pool output folder (scripts/mining_pool.py run)")
    r.add_argument("shape", help="a regular expression (case-insensitive)")
    r.add_argument("--types", default="", help="event types that count as reading the shape (comma-separated)")
    r.add_argument("--show", type=int, default=0, help="sample sentences to print")
    args = ap.parse_args()
    misses(args) if args.cmd == "misses" else reach(args)


if __name__ == "__main__":
    main()
