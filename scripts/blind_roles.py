"""Score a blind role annotation of pool articles (notes/blind39_roleso.tsv) against a pool output.

Round 39 annotated the roles of every person in a pool sample before reading Warta's output on it,
so that misses (a role Warta never printed) are counted, not only wrong items. This reads such a
file (tab-separated: article id, person, role, ``-`` for none; ``#`` lines are notes) and one
directory of ``mining_pool.py run`` records, pairs each annotated person with the PER entity whose
canonical name or mentions share the most words with it, and judges the role as
../shared/eval/score.py does (token F1 of at least 0.5).

    python scripts/blind_roles.py notes/blind39_roleso.tsv /work/pool/out_r39start [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO.parent / "shared" / "eval"))
from score import fold, prf, token_f1  # noqa: E402


def _rows(path: Path) -> list[tuple[str, str, str | None]]:
    """(article, person, role or None) for every annotated person; the header and notes skipped."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 3 or cols[0] == "article" or cols[1].startswith("("):
            continue
        rows.append((cols[0], cols[1], None if cols[2] == "-" else cols[2]))
    return rows


def _names(entity: dict) -> set[str]:
    words = set(fold(entity.get("canonical")).split())
    for m in entity.get("mentions") or []:
        words.update(fold(m.get("text") if isinstance(m, dict) else m).split())
    return words


def _person(record: dict, person: str) -> dict | None:
    """The PER entity sharing the most name words with ``person`` (None when none shares any)."""
    want = set(fold(person).split())
    best = max(
        (e for e in record.get("entities") or [] if e.get("label") == "PER"),
        key=lambda e: len(want & _names(e)),
        default=None,
    )
    return best if best is not None and want & _names(best) else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("tsv", type=Path)
    ap.add_argument("out", type=Path, help="a mining_pool.py run directory")
    ap.add_argument("-v", action="store_true", help="list every person, not only the errors")
    args = ap.parse_args()
    right = predicted = gold = 0
    for article, person, role in _rows(args.tsv):
        record = json.loads((args.out / f"{article}.json").read_text(encoding="utf-8"))
        entity = _person(record, person)
        got = entity.get("role") if entity else None
        ok = bool(role and got and token_f1(role, got) >= 0.5)
        right += ok
        predicted += bool(got)
        gold += bool(role)
        if entity is None:
            verdict = "person not found"
        elif ok or (role is None and got is None):
            verdict = "right"
        else:
            verdict = "missed" if got is None else ("extra" if role is None else "wrong")
        if args.v or verdict != "right":
            print(f"{verdict:16} {article:12} {person} | gold {role!r} | warta {got!r}")
    fig = prf(right, predicted, gold)  # the scorer's own figures
    print(f"roles right {right}, predicted {predicted}, gold {gold}:", end=" ")
    print(f"P {fig['p']:.3f} R {fig['r']:.3f} F1 {fig['f1']:.3f}")


if __name__ == "__main__":
    main()
