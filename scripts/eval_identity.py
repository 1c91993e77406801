"""Merge precision and recall of cross-article entity identity on the hand-labelled pairs.

    python scripts/eval_identity.py [--db warta.db] [--pairs eval/identity/pairs_detik_2025.tsv] [--aliases]

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

from warta.corpus import Corpus
from warta.corpus.store import normalize_name
from warta.identity import root
from warta.identity.forms import form_identity

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "eval" / "identity" / "pairs_detik_2025.tsv"
NEWS = ROOT.parent / "shared" / "data" / "news" / "detik_2025.jsonl"


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
                print(f"{'FP' if pred else 'FN'}\t{label}\t{a}\t{b}", file=sys.stderr)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"pairs": tp + fp + fn + tn, "tp": tp, "fp": fp, "fn": fn, "missing": missing, "precision": p, "recall": r}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db")
    ap.add_argument("--pairs", type=Path, default=PAIRS)
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
        r = score(db, args.pairs, args.show, args.aliases)
    if not r["pairs"]:
        raise SystemExit(
            f"none of the {r['missing']} pairs has both names stored: is {db} a corpus of {args.news.name}?"
        )
    print(
        f"pairs {r['pairs']} (not both stored: {r['missing']})  merge precision {r['precision']:.3f}  "
        f"recall {r['recall']:.3f}  (tp {r['tp']}, fp {r['fp']}, fn {r['fn']})"
    )


if __name__ == "__main__":
    main()
