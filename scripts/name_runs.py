"""Names swallowed by a neighbouring organisation, place or role run (issue #16, class 4), on every
development set with entity or quote gold, in one process:

    python scripts/name_runs.py [--errors] [--json OUT] [--entities OUT.jsonl]

Prints entities_ALL/PER/ORG/LOC, entities_role and quotes_end_to_end per set and pooled (the
scorer's own functions, ../shared/eval/score.py). With ``--errors`` it also lists every gold PER
that no predicted entity names while a predicted ORG/LOC mention covers or touches one of its
mentions, and every predicted ORG/LOC whose last words are a gold person's name. detik inputs are
read in memory from ../shared/data/news/detik_2025.jsonl by the ids of these sets only. Only
development sets are read (eval/README.md), never the untouched ones."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import warta

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devsets  # noqa: E402

S = devsets.scorer()

NAMES = devsets.ENTITY_SETS
KEYS = ["entities_ALL", "entities_PER", "entities_ORG", "entities_LOC", "entities_role", "quotes_end_to_end"]
LAYERS = ["entities", "places", "quotes"]


def inputs(folder: Path, golds: list[tuple[Path, dict]]) -> dict[str, tuple[dict, str]]:
    """The input record (as `warta read` reads it) and raw text of each gold, by gold id."""
    missing = {g["id"] for p, g in golds if not (folder / g["file"]).exists()}
    detik = devsets.detik_records(missing)
    out = {}
    for p, g in golds:
        src = folder / g["file"]
        if g["id"] in detik:
            rec = detik[g["id"]]
            out[g["id"]] = (rec, rec.get("text") or "")
            continue
        _, rec = S.load_input(p, g)
        raw = rec.get("text") or ""
        if src.suffix in (".html", ".htm"):
            rec = {"id": g["id"], "html": raw}
        out[g["id"]] = (rec, raw)
    return out


def swallowed(gold: dict, pred: dict) -> list[str]:
    """Gold PERs missed while an ORG/LOC mention holds one of their names; ORG/LOC ending in a name."""
    lines = []
    pn = [S.entity_names(p) for p in pred.get("entities") or []]
    found = set().union(*pn) if pn else set()
    others = [
        (p["label"], m.get("text") if isinstance(m, dict) else m)
        for p in pred.get("entities") or []
        if p["label"] in ("ORG", "LOC")
        for m in p.get("mentions") or [{"text": p.get("canonical")}]
    ]
    for g in gold.get("entities", []):
        if g["label"] != "PER":
            continue
        names = S.entity_names(g)
        for label, text in others:
            t = S.fold(text)
            hit = [n for n in names if n and (n in t or t.split()[-1:] == n.split()[:1])]
            if not hit:
                continue
            if names & found:
                kind = "SWALLOWED-ENDS-IN-NAME" if any(t.endswith(" " + n) for n in names) else None
                if kind:
                    lines.append(f"  {kind} {label} {text!r} <- PER {g.get('canonical')!r}")
            else:
                lines.append(f"  MISSED-PER {g.get('canonical')!r} inside/touching {label} {text!r}")
    return sorted(set(lines))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--errors", action="store_true", help="list swallowed names")
    ap.add_argument("--json", help="write the tallies here")
    ap.add_argument("--sets", nargs="*", default=list(NAMES))
    ap.add_argument("--entities", help="write each article's predicted entities here (JSON lines), to diff two runs")

    args = ap.parse_args()
    pool, pool_q = S.Tally(), S.Tally()
    dump = open(args.entities, "w", encoding="utf-8") if args.entities else None  # noqa: SIM115
    out: dict[str, dict] = {}
    for name, folder in devsets.named(*args.sets).items():
        golds = [(p, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(folder.glob("*.gold.json"))]
        golds = [(p, g) for p, g in golds if g.get("entities") or g.get("quotes")]
        recs = inputs(folder, golds)
        t, t_q = S.Tally(), S.Tally()
        for p, g in golds:
            rec, raw = recs[g["id"]]
            try:
                pred = warta.read(rec, layers=LAYERS).to_dict()
            except Exception as e:  # a failed article scores zero, as in the scorer
                print(f"failed {p.name}: {e}", file=sys.stderr)
                pred = {}
            # entity figures only over articles with entity gold (quote-only sets would count every
            # predicted entity as an extra); quotes over all
            for tally in ((t, pool) if g.get("entities") else ()) + (t_q, pool_q):
                S.score_article(g, raw, pred, tally, {})
            if dump:
                ents = [(e["label"], e.get("canonical"), e.get("role")) for e in pred.get("entities") or []]
                dump.write(json.dumps({"set": name, "id": g["id"], "entities": ents}, ensure_ascii=False) + "\n")
            if args.errors:
                lines = swallowed(g, pred)
                if lines:
                    print(f"# {name}/{p.name}")
                    print("\n".join(lines))
        t.c["quotes_end_to_end"] = t_q.c.get("quotes_end_to_end", [0, 0, 0])
        out[name] = {k: t.c.get(k) for k in KEYS}
        print(f"{name:18}", " ".join(f"{k.removeprefix('entities_')}={t.get(k)['f1']:.3f}" for k in KEYS), flush=True)
    pool.c["quotes_end_to_end"] = pool_q.c.get("quotes_end_to_end", [0, 0, 0])
    out["POOLED"] = {k: pool.c.get(k) for k in KEYS}
    print(f"{'POOLED':18}", " ".join(f"{k.removeprefix('entities_')}={pool.get(k)['f1']:.4f}" for k in KEYS))
    if dump:
        dump.close()
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
