"""Quick in-process entity check against the gold files (misses and extras), for development.

Usage: python scripts/eval_entities.py [DIR ...]   (default: ../shared/examples ../shared/eval/dev)
The official figure is ../shared/eval/score.py; this only shows what differs, article by article.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import warta

ROOT = Path(__file__).resolve().parents[1]


def fold(s: str | None) -> str:
    return " ".join((s or "").replace("\u2019", "'").split()).casefold()


def names(e: dict) -> set[str]:
    out = {fold(e.get("canonical")), fold(e.get("text"))} | {
        fold(m if isinstance(m, str) else m["text"]) for m in e.get("mentions") or []
    }
    out.discard("")
    return out


def main() -> None:
    dirs = [Path(d) for d in sys.argv[1:]] or [ROOT.parent / "shared/examples", ROOT.parent / "shared/eval/dev"]
    tp = npred = ngold = 0
    for d in dirs:
        for gp in sorted(d.glob("*.gold.json")):
            gold = json.loads(gp.read_text())
            src = gp.with_name(gold.get("file") or gp.name.replace(".gold.json", ".json"))
            rec = json.loads(src.read_text()) if src.suffix == ".json" else {"id": gold["id"], "text": src.read_text()}
            art = warta.read(rec, layers=["entities"])
            pred = [
                {
                    "canonical": e.canonical,
                    "label": e.label,
                    "mentions": [m.text for m in e.mentions],
                    "role": e.role,
                    "country": e.country,
                }
                for e in art.entities
            ]
            ge = gold.get("entities", [])
            opt = {fold(x) for x in gold.get("entities_optional", [])}
            allg = set().union(*[names(g) for g in ge]) if ge else set()
            used = set()
            print(f"# {gold['id']}")
            for g in ge:
                j = next(
                    (
                        j
                        for j, p in enumerate(pred)
                        if j not in used and p["label"] == g["label"] and names(g) & names(p)
                    ),
                    None,
                )
                if j is None:
                    print(f"  MISS {g['label']} {g['canonical']}  {g.get('mentions')}")
                else:
                    used.add(j)
                    tp += 1
                    if g.get("country") and (pred[j]["country"] or "") != g["country"]:
                        print(f"  COUNTRY {g['canonical']} gold {g['country']} got {pred[j]['country']}")
            for j, p in enumerate(pred):
                if j in used:
                    continue
                neutral = bool(names(p) & (opt | allg))
                if not neutral:
                    npred += 1
                    print(f"  EXTRA {p['label']} {p['canonical']}  {sorted(set(p['mentions']))}")
            npred += len(used)
            ngold += len(ge)
    p = tp / npred if npred else 0
    r = tp / ngold if ngold else 0
    print(f"entities P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r) if p + r else 0:.3f}  ({tp}/{npred}/{ngold})")


if __name__ == "__main__":
    main()
