"""How well the events trigger lexicon generalises: leave-one-set-out over the events
development sets. For each set, the lexicon entries (a line of ``verbs.tsv`` or a root line of
``roots.tsv`` with all its forms) that found one of its gold events and that no other set's gold
needed are taken out, and the set is read again: what is still found estimates the recall on
articles nobody fitted the lexicon to (a set's own entries are the ones an unseen article may
not have).

    python scripts/events_recall_loso.py            # the development sets of eval/README.md
    python scripts/events_recall_loso.py eval/events_dev2 ../shared/eval/dev

Per set and pooled: gold events; the recall of the lexicon with its not-happened rules
(``lexicon R``) and of the whole layer (``R``), each with all entries and leave-one-set-out
(``loso``); the layer's events P/F1 and events_end_to_end F1 as ../shared/eval/score.py
computes them (its matching is imported from there). detik inputs are taken from
../shared/data/news/detik_2025.jsonl by id (never written beside the gold).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devsets  # noqa: E402

REPO = devsets.REPO
# the events development sets (eval/README.md); the untouched sets are never named here
DEV_SETS = (
    "../shared/examples",
    "../shared/eval/dev",
    "eval/events_dev2",
    "eval/events_heldout",
    "eval/events_heldout3",
    "eval/events_heldout4",
    "eval/events_heldout5",
    "eval/events_heldout6",
    "eval/events_heldout7",
    "eval/events_heldout8",
    "eval/events_heldout9",
    "eval/events_heldout10",
    "eval/events_heldout11",
    "eval/events_heldout12",
    "eval/events_heldout13",
    "eval/events_heldout15",
    "eval/events_heldout16",
    "eval/events_heldout17",
    "eval/events_heldout18",
    "eval/events_heldout19",
    "eval/events_heldout20",
    "eval/events_heldout21",
    "eval/events_heldout22",
    "eval/events_heldout29",
    "eval/events_heldout30",
    "eval/events_heldout32",
    "eval/heldout1",
    "eval/heldout3",
    "eval/heldout6",
    "eval/heldout7",
    "eval/heldout8",
    "eval/heldout9",
    "eval/outlets_dev",
    "eval/outlets_heldout2",
    "eval/outlets_heldout3",
    "eval/outlets_heldout4",
    "eval/outlets_heldout5",
)


def _load(sets: list[str]) -> dict[str, list[tuple[dict, object]]]:
    """``{set: [(gold, raw input)]}`` for the gold files that carry events."""
    golds: dict[str, list[tuple[dict, Path]]] = {}
    for s in sets:
        p = (REPO / s).resolve()
        for gf in sorted(p.glob("*.gold.json")):
            g = json.loads(gf.read_text("utf-8"))
            if "events" in g:
                golds.setdefault(s, []).append((g, gf.parent / g["file"]))
    missing = {g["id"] for v in golds.values() for g, src in v if not src.exists()}
    detik = devsets.detik_records(missing)
    out: dict[str, list[tuple[dict, object]]] = {}
    for s, v in golds.items():
        for g, src in v:
            if src.exists():
                raw = src.read_text("utf-8")
                inp = json.loads(raw) if src.suffix == ".json" else raw
            elif g["id"] in detik:
                inp = detik[g["id"]]
            else:
                raise SystemExit(f"no input for {g['id']} ({s})")
            out.setdefault(s, []).append((g, inp))
    return out


def _articles(data, cache: Path | None):
    """The read articles (events aside), cached: earlier layers do not read the events lexicon."""
    import warta

    keyed = {(s, g["id"]): inp for s, v in data.items() for g, inp in v}
    have = {}
    if cache and cache.exists():
        have = pickle.loads(cache.read_bytes())
    todo = [k for k in keyed if k not in have]
    for k in todo:
        have[k] = warta.read(keyed[k], exclude=["summary", "tone", "themes", "events"])
    if cache and todo:
        cache.write_bytes(pickle.dumps(have))
    return have


def _lexicon_level(art) -> list[dict]:
    """Acts the lexicon finds and the not-happened rules keep, with the entry that found each."""
    from warta.events.triggers import blocked, find
    from warta.quotes.text import layout, words

    out = []
    for ss, se, _p in layout(art).sentences:
        ws = words(art.norm, ss, se)
        for t in find(ws):
            if blocked(art.norm, ws, t, se) is None:
                out.append({"type": t.type, "text": art.norm_text(ss, se), "source": t.pattern.source})
    return out


def _layer(art) -> dict:
    from warta.document.record import article_to_dict
    from warta.events import extract

    art.events = extract(art)
    return article_to_dict(art)


def _run(score, data, arts, drop: set[str] | None, only: str | None):
    """Tallies per set (``only``: that set alone) with the entries ``drop`` taken out."""
    from warta.events.lexicon import lexicon

    lex = lexicon()
    full = lex.by_first
    if drop:
        lex.by_first = {k: [p for p in v if p.source not in drop] for k, v in full.items()}
    try:
        res = {}
        for s, v in data.items():
            if only is not None and s != only:
                continue
            t = score.Tally()
            support = defaultdict(set)
            for g, _inp in v:
                art = arts[(s, g["id"])]
                ge = g["events"]
                lexp = _lexicon_level(art)

                def close(a, b):
                    f = score.token_f1(a["text"], b["text"])
                    return f if a["type"] == b["type"] and f >= 0.6 else None

                m = score.match(ge, lexp, close)
                t.add("lexicon", len(m), len(lexp), len(ge))
                for i, g_ev in enumerate(ge):  # every kept trigger of the gold's type in its sentence
                    for p in lexp:
                        if close(g_ev, p) is not None:
                            support[(g["id"], i)].add(p["source"])
                names_of = {}
                for e in g.get("entities", []):
                    for n in score.entity_names(e):
                        names_of.setdefault(n, set()).update(score.entity_names(e))
                score.score_events(g, _layer(art), names_of, t, {})
            res[s] = (t, support)
        return res
    finally:
        lex.by_first = full


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*", default=list(DEV_SETS), help="folders of *.gold.json (relative to the repo)")
    ap.add_argument("--cache", default="", help="pickle of the read articles, reused between runs")
    ap.add_argument(
        "--missed", action="store_true", help="list the gold events the layer misses and the events it adds"
    )
    ap.add_argument("--lost", action="store_true", help="list the entries of the gold events only their own set needs")
    args = ap.parse_args()
    score = devsets.scorer()
    data = _load(args.sets)
    arts = _articles(data, Path(args.cache) if args.cache else None)
    base = _run(score, data, arts, None, None)
    needs = {s: set().union(*sup.values()) if sup else set() for s, (_t, sup) in base.items()}
    rows = []
    pooled = score.Tally()
    for s, (t, _sup) in base.items():
        others = set().union(*(needs[o] for o in needs if o != s))
        own = needs[s] - others
        lt = _run(score, data, arts, own, s)[s][0] if own else t
        if args.lost:
            for key, sup in sorted(_sup.items()):
                if sup and sup <= own:
                    print(f"LOST {s} {key[0]} {sorted(sup)}")
        row = {
            "set": s,
            "gold": t.get("events")["gold"],
            "lexR": t.get("lexicon")["r"],
            "lexR_loso": lt.get("lexicon")["r"],
            "P": t.get("events")["p"],
            "R": t.get("events")["r"],
            "R_loso": lt.get("events")["r"],
            "F1": t.get("events")["f1"],
            "e2e": t.get("events_end_to_end")["f1"],
            "own": len(own),
        }
        rows.append(row)
        for k in ("lexicon", "events", "events_end_to_end"):
            pooled.add(k, *t.c.get(k, [0, 0, 0]))
        pooled.add("lexicon_loso", *lt.c.get("lexicon", [0, 0, 0]))
        pooled.add("events_loso", *lt.c.get("events", [0, 0, 0]))
    head = f"{'set':28} {'gold':>4} {'lexR':>5} {'loso':>5} {'P':>5} {'R':>5} {'loso':>5} {'F1':>5} {'e2e':>5} own"
    print(head)
    for r in rows:
        print(
            f"{r['set']:28} {r['gold']:4d} {r['lexR']:5.2f} {r['lexR_loso']:5.2f} {r['P']:5.2f} {r['R']:5.2f}"
            f" {r['R_loso']:5.2f} {r['F1']:5.2f} {r['e2e']:5.2f} {r['own']}"
        )
    print(
        f"{'pooled':28} {pooled.get('events')['gold']:4d} {pooled.get('lexicon')['r']:5.3f}"
        f" {pooled.get('lexicon_loso')['r']:5.3f} {pooled.get('events')['p']:5.3f} {pooled.get('events')['r']:5.3f}"
        f" {pooled.get('events_loso')['r']:5.3f} {pooled.get('events')['f1']:5.3f}"
        f" {pooled.get('events_end_to_end')['f1']:5.3f}"
    )
    if args.missed:
        for s, v in data.items():
            for g, _inp in v:
                art = arts[(s, g["id"])]
                pe = _layer(art)["events"]
                m = score.match(
                    g["events"],
                    pe,
                    lambda a, b: (
                        f if a["type"] == b["type"] and (f := score.token_f1(a["text"], b["text"])) >= 0.6 else None
                    ),
                )
                for i, ev in enumerate(g["events"]):
                    if i not in m:
                        print(f"MISS {s} {ev['type']:11} {ev.get('trigger')!r:28} {ev['text'][:90]}")
                for j, ev in enumerate(pe):
                    if j not in m.values():
                        print(f"EXTRA {s} {ev['type']:11} {ev.get('trigger')!r:28} {ev['text'][:90]}")


if __name__ == "__main__":
    main()
