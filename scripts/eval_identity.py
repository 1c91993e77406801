"""Merge precision and recall of cross-article entity identity on the hand-labelled pairs.

    python scripts/eval_identity.py [--db warta.db] [--pairs eval/identity/pairs_detik_2025.tsv] [--aliases]
    python scripts/eval_identity.py --db warta.db --all [--aliases] [--show]

``--all`` scores every pair file of ``eval/identity`` (each, then pooled). ``--show`` lists each wrong
decision on stderr with the evidence the identity rules used: the link reason of each name (why it
joined, or why a link was dropped) and the full names the corpus wrote the short form for.

Without ``--db`` the detik_2025 records are ingested into a temporary corpus first. A pair is
predicted "same" when both names are stored entities of the same identity; a pair whose names
are not both stored is counted apart (and reported). With ``--aliases`` a name that is no stored
entity but a written form the store records as an alias (``entity_aliases``: an article wrote it
for a stored name) is scored too, as the identity rules decide the form corpus-wide
(``warta.identity.forms``): "same" when they give it the other name's identity, else "not same".
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

from warta.corpus import Corpus
from warta.corpus.store import normalize_name
from warta.identity import candidates, root
from warta.identity.forms import decide, form_identity

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "eval" / "identity" / "pairs_detik_2025.tsv"
NEWS = ROOT.parent / "shared" / "data" / "news" / "detik_2025.jsonl"


def evidence(s: Any, label: str, name: str) -> str:
    """Why the rules decided a name as they did: its link reason and the names it was written for."""
    form = normalize_name(name)
    num = s.scalar("SELECT num FROM entities WHERE key = ?", (f"{label}:{form}",))
    parts = []
    if num is not None:
        row = s.execute("SELECT reason, undone FROM entity_links WHERE entity = ?", (num,)).fetchone()
        if row is not None:
            parts.append(("[dropped] " if row[1] else "[linked] ") + row[0])
    written = candidates(s, form, label)[:4]
    if written:
        parts.append("written for " + ", ".join(f"{n} ({c})" for _, n, c in written))
    if num is None:
        parts.append(f"no stored entity; as a form: {decide(s, form, label)[1]}")
    return f"{name}: " + ("; ".join(parts) or "no link, no evidence")


def score(db: str, pairs: Path, show: bool = False, aliases: bool = False) -> dict[str, float]:
    tp = fp = fn = tn = missing = 0
    with Corpus(db) as c:
        s = c.store

        def num(label: str, name: str) -> int | None:
            v = s.scalar("SELECT num FROM entities WHERE key = ?", (f"{label}:{normalize_name(name)}",))
            if v is not None:
                return int(v)
            if not aliases:
                return None
            form = normalize_name(name)
            if not s.scalar("SELECT COUNT(*) FROM entity_aliases WHERE form = ? AND label = ?", (form, label)):
                return None
            # the identity the rules give the form, or -1 (matches none) when they decide none
            ident = form_identity(s, form, label)
            return -1 if ident is None else ident

        for line in pairs.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            same, label, a, b = line.split("\t")
            na, nb = num(label, a), num(label, b)
            if na is None or nb is None:
                missing += 1
                continue
            pred = na != -1 and nb != -1 and root(s, na) == root(s, nb)
            gold = same == "1"
            tp += pred and gold
            fp += pred and not gold
            fn += gold and not pred
            tn += not pred and not gold
            if show and pred != gold:
                print(f"{'FP' if pred else 'FN'}\t{pairs.stem}\t{label}\t{a}\t{b}", file=sys.stderr)
                for n in (a, b):
                    print(f"    {evidence(s, label, n)}", file=sys.stderr)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"pairs": tp + fp + fn + tn, "tp": tp, "fp": fp, "fn": fn, "missing": missing, "precision": p, "recall": r}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db")
    ap.add_argument("--pairs", type=Path, action="append", help="a pair file (repeatable; default the first set)")
    ap.add_argument("--all", action="store_true", help="score every pair file of eval/identity, each and pooled")
    ap.add_argument("--news", type=Path, default=NEWS)
    ap.add_argument("--show", action="store_true", help="list the wrong decisions on stderr")
    ap.add_argument("--aliases", action="store_true", help="also score a name stored only as an alias of an identity")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = str(Path(tmp) / "detik.db")
            with Corpus(db) as c:
                c.ingest([str(args.news)], jobs=1)
        elif not Path(db).exists():
            raise SystemExit(f"no corpus at {db}: make it with `warta ingest {args.news} --db {db}` or leave out --db")
        files = sorted(PAIRS.parent.glob("pairs_*.tsv")) if args.all else (args.pairs or [PAIRS])
        results = [(f, score(db, f, args.show, args.aliases)) for f in files]
    if not sum(r["pairs"] for _, r in results):
        raise SystemExit(f"none of the pairs has both names stored: is {db} a corpus of {args.news.name}?")
    for f, r in results:
        print((f"{f.stem}: " if len(results) > 1 else "") + line(r))
    if len(results) > 1:
        pooled = {k: sum(r[k] for _, r in results) for k in ("pairs", "tp", "fp", "fn", "missing")}
        pooled["precision"] = pooled["tp"] / (pooled["tp"] + pooled["fp"]) if pooled["tp"] + pooled["fp"] else 0.0
        pooled["recall"] = pooled["tp"] / (pooled["tp"] + pooled["fn"]) if pooled["tp"] + pooled["fn"] else 0.0
        print("pooled: " + line(pooled))


def line(r: dict[str, float]) -> str:
    return (
        f"pairs {r['pairs']} (not both stored: {r['missing']})  merge precision {r['precision']:.3f}  "
        f"recall {r['recall']:.3f}  (tp {r['tp']}, fp {r['fp']}, fn {r['fn']})"
    )


if __name__ == "__main__":
    main()
