"""Dates figures per development set and pooled by source (detik apart from the other outlets),
as ``warta read`` gives them (every layer) and as ../shared/eval/score.py pairs them (text overlap
of token F1 >= 0.5, then the value):

    python scripts/dates_pooled_figures.py            # tp/pred/gold, precision, recall, F1
    python scripts/dates_pooled_figures.py --errors   # and every miss, extra and wrong value, by set

(detik inputs missing beside their gold are read in memory from ../shared/data/news/detik_2025.jsonl)

A mixed set (dates_dev2: detik and other outlets) counts each article under its own source, so a
change that helps one source and hurts the other shows. Only development sets are named
(eval/README.md); the untouched held-out sets are never listed or read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import warta

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devsets  # noqa: E402

SETS = devsets.sets(
    "examples",
    "dev",
    "dates_dev2",
    *devsets.HELDOUT,
    *devsets.HELDOUT_MORE,
    *devsets.OUTLETS,
    *devsets.OUTLETS_MORE,
)


def _record(folder: Path, gold: dict) -> dict:
    src = folder / gold["file"]
    if src.suffix == ".json":
        return json.loads(src.read_text("utf-8"))
    if src.suffix in (".html", ".htm"):
        return {"id": gold["id"], "html": src.read_text("utf-8")}
    return {"id": gold["id"], "text": src.read_text("utf-8")}


def _pairs(sc, gds: list[dict], pds: list[dict]) -> dict[int, int]:
    """Gold index → predicted index, paired as score.py pairs dates."""

    def ok(a: dict, b: dict) -> float | None:
        s = sc.token_f1(a["text"], b.get("text", ""))
        return s + (str(b.get("value")) == str(a["value"])) if s >= 0.5 else None

    return sc.match(gds, pds, ok)


def _counts(sc, gds: list[dict], pds: list[dict]) -> tuple[int, int, int]:
    """(right, predicted, gold) for one article, paired as score.py pairs dates."""
    m = _pairs(sc, gds, pds)
    return sum(str(pds[j]["value"]) == str(gds[i]["value"]) for i, j in m.items()), len(pds), len(gds)


def _errors(sc, key: str, gds: list[dict], pds: list[dict]) -> list[str]:
    """One line per miss, extra and wrong value of one article (to group by expression shape)."""
    m = _pairs(sc, gds, pds)
    out = []
    for i, g in enumerate(gds):
        if i not in m:
            out.append(f"MISS  {key} | {g['text']!r} = {g['value']}")
        elif str(pds[m[i]]["value"]) != str(g["value"]):
            p = pds[m[i]]
            out.append(f"WRONG {key} | {g['text']!r} gold {g['value']} got {p['text']!r} {p['value']}")
    taken = set(m.values())
    out += [f"EXTRA {key} | {p['text']!r} = {p['value']}" for j, p in enumerate(pds) if j not in taken]
    return out


def _row(name: str, c: list[int]) -> str:
    tp, p, g = c
    f1 = 2 * tp / (p + g) if p + g else 1.0
    return f"{name:18} {tp:4}/{p:4}/{g:4}  P {tp / max(1, p):.3f} R {tp / max(1, g):.3f} F1 {f1:.3f}"


def main() -> None:
    sc = devsets.scorer()
    pooled = {"detik": [0, 0, 0], "outlets": [0, 0, 0]}
    errors: list[str] = []
    wanted = {
        g["id"]
        for folder in SETS
        for p in folder.glob("*.gold.json")
        if not (folder / (g := json.loads(p.read_text("utf-8")))["file"]).exists() and g["id"].startswith("detik_")
    }
    detik = devsets.detik_records(wanted)
    for folder in SETS:
        per_set = [0, 0, 0]
        for gold_path in sorted(folder.glob("*.gold.json")):
            gold = json.loads(gold_path.read_text("utf-8"))
            if (folder / gold["file"]).exists():
                rec = _record(folder, gold)
            elif gold["id"] in detik:
                rec = detik[gold["id"]]  # read in memory: the detik text is never written beside the gold
            else:
                sys.exit(f"{folder / gold['file']} missing")
            pred = warta.read(rec).to_dict()
            c = _counts(sc, gold.get("dates", []), pred.get("dates") or [])
            if "--errors" in sys.argv:
                errors += _errors(sc, f"{folder.name}/{gold['id']}", gold.get("dates", []), pred.get("dates") or [])
            source = "detik" if gold["id"].startswith("detik_") else "outlets"
            for acc in (per_set, pooled[source]):
                for k in range(3):
                    acc[k] += c[k]
        print(_row(folder.name, per_set))
    for source, c in pooled.items():
        print(_row(f"POOLED {source}", c))
    for line in errors:
        print(line)


if __name__ == "__main__":
    main()
