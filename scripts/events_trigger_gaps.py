"""Where the events layer's recall goes, over every events development set: per set and pooled
events P/R/F1 and end to end (../shared/eval/score.py's own matching), and for each gold event
the layer missed, whether the lexicon found no trigger of its type in its sentence at all
(`no trigger`) or found one that a rule then dropped (the rule's name, e.g. `incomplete`).

    python scripts/events_trigger_gaps.py --cache /tmp/ev16.pkl --dump /tmp/after.json
    python scripts/events_trigger_gaps.py --cache /tmp/ev16.pkl --dump /tmp/after.json --against /tmp/before.json

``--against`` a dump of another run (another commit of the word lists) lists the triggers found
now and not then, with what the rules made of them (kept and right, kept and extra, or the
filter that dropped them): how a change of the lists reaches the output. Development sets only.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devsets  # noqa: E402
from events_party_errors import _close, _score  # noqa: E402

# the events development sets (eval/README.md); the untouched sets are never named here
EVENT_SETS = (
    "../shared/examples",
    "../shared/eval/dev",
    "eval/events_dev2",
    "eval/events_heldout",
    *(f"eval/events_heldout{n}" for n in range(3, 17) if n != 14),
    "eval/events_heldout29",
    "eval/events_heldout30",
    "eval/events_heldout32",
)
# notes/events_split.md: the whole sets of each half, and the sets split by article (sorted ids, even MINE, odd JUDGE)
HALVES = {
    "mine": ["eval/events_dev2"] + [f"eval/events_heldout{n}" for n in (3, 5, 7, 9, 11, 13, 15, 17, 20, 21)],
    "judge": ["../shared/examples", "../shared/eval/dev", "eval/events_heldout"]
    + [f"eval/events_heldout{n}" for n in (4, 6, 8, 10, 12, 16, 18, 19, 22)],
}
BY_ARTICLE = ("eval/events_heldout29", "eval/events_heldout30", "eval/events_heldout32")


def half_files(d: str, half: str | None) -> list[Path]:
    """A set's gold files; with a half, only that half's articles of a set split by article."""
    folder = Path(d) if Path(d).is_absolute() else devsets.REPO / d
    files = sorted(folder.glob("*.gold.json"))
    return files[half == "judge" :: 2] if half and d in BY_ARTICLE else files


def _read(S, f: Path, gold: dict, cache: dict):
    """The article read by the layers before ``events`` (cached), and its events with the trace."""
    import warta
    from warta.document.record import article_to_dict
    from warta.events import extract

    key = str(f.resolve())
    if key not in cache:
        try:
            _src, rec = S.load_input(f, gold)
        except FileNotFoundError:  # a detik record: its text is not committed, read it by id
            rec = devsets.detik_records({gold["id"]}).get(gold["id"])
        cache[key] = warta.read(rec, exclude=["summary", "tone", "themes", "events"])
    art = cache[key]
    trace: list = []
    art.events = extract(art, trace)
    return art, article_to_dict(art), trace


def _row(name: str, t) -> str:
    e, x = t.get("events"), t.get("events_end_to_end")
    return f"{name:22} {e['gold']:4d} {e['p']:6.3f} {e['r']:6.3f} {e['f1']:6.3f} {x['f1']:6.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="*", default=list(EVENT_SETS), help="events development sets")
    ap.add_argument("--cache", default="", help="pickle of the articles read before events")
    ap.add_argument("--dump", default="", help="write this run's triggers and misses here (JSON)")
    ap.add_argument("--against", default="", help="a dump of another run: list the triggers new in this one")
    ap.add_argument("-v", "--verbose", action="store_true", help="list each miss")
    ap.add_argument("--half", choices=sorted(HALVES), help="one half of notes/events_split.md (replaces the sets)")
    args = ap.parse_args()
    if args.half:
        args.gold = HALVES[args.half] + list(BY_ARTICLE)
    S = _score()
    cpath = Path(args.cache) if args.cache else None
    cache = pickle.loads(cpath.read_bytes()) if cpath and cpath.exists() else {}
    size = len(cache)
    pooled = S.Tally()
    gaps: Counter[str] = Counter()
    miss_lines: list[str] = []
    dump: dict[str, dict] = {}
    print(f"{'set':22} {'gold':>4} {'P':>6} {'R':>6} {'F1':>6} {'e2e':>6}")
    for d in args.gold:
        t = S.Tally()
        for f in half_files(d, args.half):
            gold = json.loads(f.read_text("utf-8"))
            if "events" not in gold:
                continue
            art, pred, trace = _read(S, f, gold, cache)
            S.score_events(gold, pred, {}, t, {})
            ge, pe = gold["events"], pred.get("events") or []
            m = S.match(ge, pe, lambda g, p: _close(S, g, p))
            kept_right = {(pe[j]["start"], pe[j]["type"], pe[j]["trigger"]) for j in m.values()}
            cands = []
            for c in trace:
                sent = art.norm[c.ss : c.se]
                trig = art.norm[c.ws[c.trigger.first].start : c.ws[c.trigger.last].end]
                key = (c.ss, c.trigger.type, trig)
                right = "kept, right" if key in kept_right else "kept, extra"
                fate = right if c.fate == "kept" else c.fate
                cands.append({"ss": c.ss, "type": c.trigger.type, "trigger": trig, "fate": fate, "sentence": sent})
            missed = []
            for i, g in enumerate(ge):
                if i in m:
                    continue
                near = [c for c in cands if c["type"] == g["type"] and S.token_f1(g["text"], c["sentence"]) >= 0.6]
                why = "no trigger" if not near else near[0]["fate"]
                if why.startswith("kept"):
                    why = "kept, but not matched"
                gaps[why] += 1
                missed.append({"type": g["type"], "trigger": g.get("trigger"), "why": why})
                miss_lines.append(f"{why:22} {g['type']:11} {g.get('trigger')!r:28} {gold['id']} | {g['text'][:90]}")
            dump[f"{Path(d).name}/{gold['id']}"] = {"cands": cands, "missed": missed}
        if "events" not in t.c:
            continue
        for k in ("events", "events_end_to_end"):
            pooled.add(k, *t.c.get(k, [0, 0, 0]))
        print(_row(Path(d).name, t))
    print(_row("pooled", pooled))
    if cpath and len(cache) > size:
        cpath.write_bytes(pickle.dumps(cache))
    total = sum(gaps.values())
    print(f"\n{total} gold events missed:")
    for why, n in gaps.most_common():
        print(f"{n:4d}  {n / max(total, 1):.3f}  {why}")
    if args.verbose:
        print("\n".join(sorted(miss_lines)))
    if args.dump:
        Path(args.dump).write_text(json.dumps(dump, ensure_ascii=False), "utf-8")
    if args.against:
        old = json.loads(Path(args.against).read_text("utf-8"))
        fates: Counter[str] = Counter()
        rows = []
        for art_id, rec in dump.items():
            before = {(c["ss"], c["type"], c["trigger"]) for c in old.get(art_id, {}).get("cands", [])}
            for c in rec["cands"]:
                if (c["ss"], c["type"], c["trigger"]) in before:
                    continue
                fates[c["fate"]] += 1
                rows.append(f"{c['fate']:16} {c['type']:11} {c['trigger']!r:28} {art_id} | {c['sentence'][:90]}")
        print(f"\n{sum(fates.values())} triggers new in this run, by what the rules made of them:")
        for fate, n in fates.most_common():
            print(f"{n:4d}  {fate}")
        print("\n".join(sorted(rows)))


if __name__ == "__main__":
    main()
