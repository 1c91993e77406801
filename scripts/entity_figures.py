"""Entity figures (entities_ALL/PER/ORG/LOC and place_country) on every development set with
annotated entities, in one process, with the scorer's own functions (../shared/eval/score.py):

    python scripts/entity_figures.py [--json OUT]

(detik inputs that `scripts/make_heldout_inputs.py` has not written are read from
../shared/data/news/detik_2025.jsonl in memory.)

Runs only the entities and places layers, so it is quick to compare a change before and after;
`dates_dev2` annotates places only, so it is printed but left out of the pooled figures. Only
development sets are read (eval/README.md), never the untouched ones. `--halves` also pools the MINE
and JUDGE halves of notes/ents_split.md (whole sets by name; a set halved by article, `MINE (set): ids`)."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import warta

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devsets  # noqa: E402

sys.path.insert(0, str(devsets.SHARED / "eval"))
import score as S  # noqa: E402

SETS = devsets.sets(*devsets.ENTITY_SETS, "dates_dev2")
PLACES_ONLY = {"dates_dev2"}
KEYS = ["entities_ALL", "entities_PER", "entities_ORG", "entities_LOC", "place_country"]
SPLIT = devsets.REPO / "notes" / "ents_split.md"


def halves() -> dict[str, str]:
    """Which half each set (by name) or article (``set/id``) is in, from the split file's paragraphs
    ``MINE: a, b`` / ``JUDGE (set): id, id``."""
    out: dict[str, str] = {}
    for para in re.split(r"\n\s*\n", SPLIT.read_text(encoding="utf-8")):
        m = re.match(r"(MINE|JUDGE)(?: \((\w+)\))?[^:]*:(.*)", para, re.S)
        if not m:
            continue
        for item in m.group(3).split(","):
            name = item.strip()
            if re.fullmatch(r"\w+", name):
                out[f"{m.group(2)}/{name}" if m.group(2) else name] = m.group(1)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", help="write the tallies here")
    ap.add_argument("--halves", action="store_true", help="also pool the MINE and JUDGE halves")
    args = ap.parse_args()
    out: dict[str, dict] = {}
    pool = S.Tally()
    split = halves() if args.halves else {}
    half_tally = {"MINE": S.Tally(), "JUDGE": S.Tally()}
    wanted = {
        f.name.removesuffix(".gold.json")
        for d in SETS
        for f in d.glob("detik_*.gold.json")
        if not (d / f.name.replace(".gold.json", ".json")).exists()
    }
    detik = devsets.detik_records(wanted)
    for d in SETS:
        t = S.Tally()
        for f in sorted(d.glob("*.gold.json")):
            gold = json.loads(f.read_text(encoding="utf-8"))
            if not gold.get("entities"):
                continue
            src = f.parent / gold["file"]
            if not src.exists() and gold["id"].startswith("detik_"):
                rec = dict(detik[gold["id"]])  # not written to disk: read from the corpus in memory
            else:
                src, rec = S.load_input(f, gold)
            raw = rec.get("text") or ""
            if src.suffix in (".html", ".htm"):
                rec = {"id": gold["id"], "html": raw}  # as `warta read` reads a page
            try:
                pred = warta.read(rec, layers=["entities", "places"]).to_dict()
            except Exception as e:  # a failed article scores zero, as in the scorer
                print(f"failed {f.name}: {e}", file=sys.stderr)
                pred = {}
            half = split.get(f"{d.name}/{gold['id']}") or split.get(d.name)
            tallies = (t,) if d.name in PLACES_ONLY else (t, pool, *([half_tally[half]] if half else []))
            for tally in tallies:
                S.score_article(gold, raw, pred, tally, {})
        out[d.name] = {k: t.c.get(k) for k in KEYS}
        print(f"{d.name:18}", " ".join(f"{k.removeprefix('entities_')}={t.get(k)['f1']:.3f}" for k in KEYS), flush=True)
    out["POOLED"] = {k: pool.c.get(k) for k in KEYS}
    print(f"{'POOLED':18}", " ".join(f"{k.removeprefix('entities_')}={pool.get(k)['f1']:.4f}" for k in KEYS))
    for name, tally in half_tally.items() if args.halves else ():
        out[name] = {k: tally.c.get(k) for k in KEYS}
        print(f"{name:18}", " ".join(f"{k.removeprefix('entities_')}={tally.get(k)['f1']:.4f}" for k in KEYS))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
