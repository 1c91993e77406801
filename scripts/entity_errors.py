"""Entity, label, role and country errors of annotated sets, article by article, for development:

    python scripts/make_heldout_inputs.py && python scripts/entity_errors.py eval/heldout10 eval/outlets_heldout6

A gold entity is paired with the first predicted entity sharing one of its names (the names
../shared/eval/score.py compares: canonical, text and mentions, folded); unpaired predicted
entities whose names are not in the gold's optional list are extras. Approximate beside the
scorer's own matching, but enough to see error classes. Inputs are read as `warta read` reads
them, with Warta loaded once. Run it on development sets only."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import warta
from warta.document.record import article_to_dict
from warta.sources import iter_file

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devsets  # noqa: E402

S = devsets.scorer()


def errors(gold: dict, pred: dict) -> list[str]:
    """One line per missed, mislabelled, wrongly roled, wrongly placed or extra entity."""
    ge = gold.get("entities", [])
    pe = pred.get("entities") or []
    opt = {S.fold(x) for x in gold.get("entities_optional", [])}
    gn = [S.entity_names(g) for g in ge]
    pn = [S.entity_names(p) for p in pe]
    lines = []
    used = set()
    for i, g in enumerate(ge):
        js = [j for j, p in enumerate(pe) if pn[j] & gn[i]]
        if not js:
            lines.append(f"  MISS {g['label']} {g.get('canonical')}")
            continue
        j = js[0]
        used.update(js)
        p = pe[j]
        if p["label"] != g["label"]:
            lines.append(f"  LABEL {g.get('canonical')} gold {g['label']} pred {p['label']} ({p.get('canonical')})")
        if (g.get("role") or p.get("role")) and not (
            g.get("role") and p.get("role") and S.token_f1(g["role"], p["role"]) >= 0.5
        ):
            lines.append(f"  ROLE {g.get('canonical')}: gold {g.get('role')!r} pred {p.get('role')!r}")
        if g["label"] == "LOC" and g.get("country") and str(p.get("country") or "").upper() != g["country"].upper():
            lines.append(f"  COUNTRY {g.get('canonical')}: gold {g['country']} pred {p.get('country')}")
    for j, p in enumerate(pe):
        if j not in used and not (pn[j] & opt):
            lines.append(f"  EXTRA {p['label']} {p.get('canonical')} {p.get('mentions', [])[:1]}")
    return lines


def main() -> None:
    for folder in map(Path, sys.argv[1:]):
        for gp in sorted(folder.glob("*.gold.json")):
            gold = json.loads(gp.read_text(encoding="utf-8"))
            item = next(iter_file(folder / gold["file"]))
            if item.record is None:
                raise SystemExit(f"{gp}: input unreadable: {item.error}")
            lines = errors(gold, article_to_dict(warta.read(item.record)))
            if lines:
                print("#", gp.name)
                print("\n".join(lines))


if __name__ == "__main__":
    main()
