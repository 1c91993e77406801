"""How much the name tagger could give the entities layer (issue #16), over development sets:

    python scripts/tagger_gain.py                      # every development set with entity gold
    python scripts/tagger_gain.py eval/heldout10 -v    # one set, one line per error

For each gold entity the layer does not find (no predicted entity of its label sharing a name, as
../shared/eval/score.py pairs them), the error's kind: LABEL (found under another label),
BOUNDARY (a predicted mention overlaps where the gold name is written, cut or run on) or MISS
(nothing there); and what the tagger proposed where the gold name is written: ``right`` (a span
whose text is one of the gold names, with its label), ``span`` (right span, wrong label),
``wrong`` (a span over it with other bounds) or ``none``; ``hidden`` marks a right span that
the heading filter (``entities._outside_titlecase``) kept from the rules. Run it on development
sets only (eval/README.md)."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import warta
from warta.document.record import article_to_dict
from warta.entities import _outside_titlecase, regions_of
from warta.entities.tagger import tag_article
from warta.sources import iter_file

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devsets  # noqa: E402

S = devsets.scorer()
# every development set with complete entity gold, detik first (eval/README.md)
DETIK = (*devsets.HELDOUT, *devsets.HELDOUT_MORE, "dev", "examples")
OTHER = (*devsets.OUTLETS, *devsets.OUTLETS_MORE, "quotes_outlets9", "entities_dev2", "dates_dev2")


def occurrences(text: str, names: set[str]) -> list[tuple[int, int]]:
    """Where any of the (folded) names is written, as whole words."""
    low = text.lower()
    out = []
    for n in names:
        if len(n) < 2:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(n) + r"(?!\w)", low):
            out.append((m.start(), m.end()))
    return sorted(set(out))


def verdict(spans: list, occ: list[tuple[int, int]], names: set[str], label: str, text: str) -> str:
    """What the tagger's spans say where a gold name is written (``occ``)."""
    over = [(s, e, lab) for s, e, lab in spans if any(s < b and a < e for a, b in occ)]
    exact = [lab for s, e, lab in over if S.fold(text[s:e]) in names]
    if label in exact:
        return "right"
    if exact:
        return "span"
    return "wrong" if over else "none"


def classify(gold: dict, pred: dict, text: str, raw: list, used: list) -> list[tuple[str, str, str, str]]:
    """``(kind, tagger verdict, label, name)`` for each gold entity the layer does not find."""
    out = []
    pe = pred.get("entities") or []
    pn = [S.entity_names(p) for p in pe]
    for g in gold.get("entities", []):
        names = S.entity_names(g)
        if any(p["label"] == g["label"] and n & names for p, n in zip(pe, pn, strict=True)):
            continue
        occ = occurrences(text, names)
        if any(n & names for n in pn):
            kind = "LABEL"
        elif any(s < m["end"] and m["start"] < e for s, e in occ for p in pe for m in p.get("mentions") or []):
            kind = "BOUNDARY"
        else:
            kind = "MISS"

        v = verdict(used, occ, names, g["label"], text)
        if v != "right" and verdict(raw, occ, names, g["label"], text) == "right":
            v = "hidden"
        out.append((kind, v, g["label"], g.get("canonical") or g.get("text") or ""))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="one line per error")
    args = ap.parse_args()
    folders = args.folders or devsets.sets(*DETIK, *OTHER)
    pooled: dict[str, Counter] = {"detik": Counter(), "other": Counter()}
    for folder in folders:
        counts: Counter = Counter()
        for gp in sorted(folder.glob("*.gold.json")):
            gold = json.loads(gp.read_text(encoding="utf-8"))
            if "entities" not in gold:
                continue
            item = next(iter_file(folder / gold["file"]))
            if item.record is None:
                raise SystemExit(f"{gp}: input unreadable: {item.error}")
            art = warta.read(item.record)
            raw = tag_article(art)
            used = _outside_titlecase(regions_of(art), raw)
            group = "detik" if str(gold.get("id", "")).startswith("detik") or folder.name in DETIK else "other"
            for kind, v, label, name in classify(gold, article_to_dict(art), art.text, raw, used):
                counts[kind, v] += 1
                pooled[group][kind, v] += 1
                if args.verbose:
                    print(f"  {folder.name}/{gp.name[:-10]}  {kind:<8} tagger {v:<6} {label} {name}")
        print(folder.name, dict(sorted(counts.items())), flush=True)
    for group, counts in pooled.items():
        print(f"\n{group} articles: gold entities not found, by kind and by what the tagger proposed")
        for kind in ("MISS", "BOUNDARY", "LABEL"):
            row = {v: counts[kind, v] for v in ("right", "hidden", "span", "wrong", "none")}
            print(f"  {kind:<8} {sum(row.values()):>3}  " + "  ".join(f"{v} {n}" for v, n in row.items()))


if __name__ == "__main__":
    main()
