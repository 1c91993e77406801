"""How precise the events layer's guards are, over every events development set named: for each
guard (a rule verdict that drops a candidate: `partial`, `incomplete`, `background`, `modal` by
default), the candidates it vetoed that the gold codes as an act of their type in their sentence
(*vetoed gold*: still missed, or found anyway by another candidate) against those it rightly vetoed
(*no gold*). A guard, or a sub-shape of it (type, voice, whether an actor and a recipient were read),
that vetoes as much gold as it rightly vetoes is a place to narrow it; the sub-shapes are listed.
``--typed`` adds the misses typed wrong (no candidate of the gold's type in the sentence, a kept act
of another type there) by confusion pair. ``--parties`` counts, for each guard, the vetoed gold still
missed by whether the parties the candidate was read with match the gold's (both, the actor only, the
recipient only, neither: score.py's matching, the gold's entity names included) — what letting a
veto through could add to end to end, not only to events F1. Each (guard, sentence, type) counts once.

    python scripts/events_guard_precision.py --cache /tmp/mine.pkl eval/events_dev2 eval/events_heldout3
    python scripts/events_guard_precision.py --cache /tmp/mine.pkl --show incomplete --typed <MINE sets>

Run it on the half whose errors may be read; on the other half read only its totals.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_party_errors import _close, _score  # noqa: E402
from events_trigger_gaps import BY_ARTICLE, EVENT_SETS, HALVES, _read, half_files  # noqa: E402

GUARDS = ("partial", "incomplete", "background", "modal")
VERDICTS = ("missed", "found", "none")  # vetoed gold still missed / found by another candidate / no gold


def _shape(c) -> str:
    """A candidate's sub-shape: its type, its pattern's voice, and which parties were read."""
    ev = c.event
    parties = ("A" if ev is not None and ev.actor else "-") + ("R" if ev is not None and ev.recipient else "-")
    return f"{c.trigger.type}/{c.trigger.pattern.voice}/{parties}"


def _party_name(art, sp) -> str | None:
    """A party as the record names it: the entity's canonical name, else the phrase."""
    if sp is None:
        return None
    return art.entities[sp.entity].canonical if sp.entity is not None else sp.name


def _parties_read(S, art, c, golds: list[dict], names_of: dict[str, set[str]]) -> str:
    """Do the parties a vetoed candidate was read with match one of the missed gold acts it stands
    for: `both`, `actor`, `recipient` or `neither` (a mutual act either way round)."""

    def right(g: dict, got: str | None, key: str) -> bool:
        want = S.fold(g.get(key))
        if not want:
            return not S.fold(got)
        return S.fold(got) in {want} | {S.fold(a) for a in g.get(key + "_aliases", [])} | names_of.get(want, set())

    ev = c.event
    a = _party_name(art, ev.actor) if ev is not None else None
    r = _party_name(art, ev.recipient) if ev is not None else None
    best = "neither"
    for g in golds:
        ok_a, ok_r = right(g, a, "actor"), right(g, r, "recipient")
        if g.get("mutual") and right(g, r, "actor") and right(g, a, "recipient"):
            ok_a = ok_r = True
        got = "both" if ok_a and ok_r else "actor" if ok_a else "recipient" if ok_r else "neither"
        best = min(best, got, key=("both", "actor", "recipient", "neither").index)
    return best


def _article(S, f: Path, cache: dict) -> tuple[list[tuple[str, str, str, str, str]], list[tuple[str, str]]]:
    """The guard rows of one gold file (guard, verdict, shape, line, parties read for a missed act)
    and its typed-wrong pairs."""
    gold = json.loads(f.read_text("utf-8"))
    if "events" not in gold:
        return [], []
    art, pred, trace = _read(S, f, gold, cache)
    ge, pe = gold["events"], pred.get("events") or []
    m = S.match(ge, pe, lambda g, p: _close(S, g, p))
    names_of: dict[str, set[str]] = {}
    for ent in gold.get("entities", []):
        for n in S.entity_names(ent):
            names_of.setdefault(n, set()).update(S.entity_names(ent))
    rows, seen = [], set()
    for c in trace:
        sent = art.norm[c.ss : c.se]
        key = (c.fate, c.ss, c.trigger.type)
        if c.fate == "kept" or key in seen:
            continue
        seen.add(key)
        near = [i for i, g in enumerate(ge) if g["type"] == c.trigger.type and S.token_f1(g["text"], sent) >= 0.6]
        verdict = "none" if not near else ("missed" if any(i not in m for i in near) else "found")
        t = c.trigger
        trig = art.norm[c.ws[t.first].start : c.ws[t.last].end]
        missed = [ge[i] for i in near if i not in m]
        read = _parties_read(S, art, c, missed, names_of) if verdict == "missed" else ""
        rows.append((c.fate, verdict, _shape(c), f"{trig!r:28} {gold['id']} | {sent[:110]}", read))
    pairs = []
    for i, g in enumerate(ge):
        if i in m:
            continue
        here = [c for c in trace if S.token_f1(g["text"], art.norm[c.ss : c.se]) >= 0.6]
        if any(c.trigger.type == g["type"] for c in here):
            continue  # a candidate of its own type was there: a guard's veto, not a typing
        other = [p for p in pe if p["type"] != g["type"] and S.token_f1(g["text"], p["text"]) >= 0.6]
        if other:
            pairs.append((f"{other[0]['type']} -> {g['type']}", gold["id"]))
    return rows, pairs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="*", default=list(EVENT_SETS), help="events development sets (folders)")
    ap.add_argument("--cache", default="", help="pickle of the articles read before events")
    ap.add_argument("--guards", default=",".join(GUARDS), help="the verdicts counted, comma-separated")
    ap.add_argument("--show", default="", help="list the vetoed gold of this guard, item by item")
    ap.add_argument("--typed", action="store_true", help="count the misses typed wrong by confusion pair")
    ap.add_argument("--parties", action="store_true", help="count the vetoed gold still missed by the parties read")
    ap.add_argument("--half", choices=sorted(HALVES), help="one half of notes/events_split.md (replaces the sets)")
    args = ap.parse_args()
    if args.half:
        args.gold = HALVES[args.half] + list(BY_ARTICLE)
    S = _score()
    cpath = Path(args.cache) if args.cache else None
    cache = pickle.loads(cpath.read_bytes()) if cpath and cpath.exists() else {}
    size = len(cache)
    guards = args.guards.split(",")
    rows, pairs = [], []
    for d in args.gold:
        for f in half_files(d, args.half):
            r, p = _article(S, f, cache)
            rows += [x for x in r if x[0] in guards]
            pairs += p
    if cpath and len(cache) > size:
        cpath.write_bytes(pickle.dumps(cache))
    print(f"{'guard':12} {'vetoed':>6} {'missed':>6} {'found':>6} {'none':>6} {'precision':>9}")
    for g in guards:
        n = Counter(v for fate, v, *_ in rows if fate == g)
        total = sum(n.values())
        print(f"{g:12} {total:6d} {n['missed']:6d} {n['found']:6d} {n['none']:6d} {n['none'] / max(total, 1):9.3f}")
    shapes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for fate, v, shape, *_ in rows:
        shapes[(fate, shape)][v] += 1
    print("\nsub-shapes vetoing as much gold as they rightly veto (at least 3 gold):")
    for (fate, shape), n in sorted(shapes.items(), key=lambda kv: -kv[1]["missed"]):
        gold_n = n["missed"] + n["found"]
        if gold_n >= 3 and gold_n >= n["none"]:
            print(f"  {fate:12} {shape:28} missed {n['missed']:3d}  found {n['found']:3d}  none {n['none']:3d}")
    if args.show:
        print(f"\nvetoed gold of `{args.show}`:")
        for fate, v, shape, line, read in sorted(rows):
            if fate == args.show and v != "none":
                print(f"{v:6} {shape:28} {read:9} {line}")
    if args.parties:
        print("\nvetoed gold still missed, by the parties the candidate was read with:")
        print(f"  {'guard':12} both actor recipient neither")
        for g in guards:
            n = Counter(read for fate, v, _, _, read in rows if fate == g and v == "missed")
            print(f"  {g:12} {n['both']:4d} {n['actor']:5d} {n['recipient']:9d} {n['neither']:7d}")
    if args.typed:
        count = Counter(pair for pair, _ in pairs)
        articles = {pair: len({a for p, a in pairs if p == pair}) for pair in count}
        print(f"\n{len(pairs)} misses typed wrong (kept type -> gold type: misses, articles):")
        for pair, n in count.most_common():
            print(f"  {pair:28} {n:3d} {articles[pair]:3d}")


if __name__ == "__main__":
    main()
