"""Dateline, boilerplate, content-kept and headings figures (and quotes/entities, to see they do not
move) on the development sets, read in one process, with every cleaning miss listed.

    python scripts/cleaning_figures.py                     # all development sets the cleaning reads
    python scripts/cleaning_figures.py outlets_dev dev     # some of them
    python scripts/cleaning_figures.py --save /tmp/a.json  # figures and misses, to compare runs

Only development sets are named (eval/README.md). detik inputs are read in memory from
../shared/data/news/detik_2025.jsonl by id (scripts/devsets.py), never written into eval/.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from devsets import HELDOUT, HELDOUT_MORE, OUTLETS, OUTLETS_MORE, detik_records, named, scorer

SETS = (*OUTLETS, *OUTLETS_MORE, "quotes_outlets9", *HELDOUT, *HELDOUT_MORE, "dev", "examples")
CLEANING = ("dateline_outlet", "dateline_place", "boilerplate_removed", "content_kept", "headings")
WATCH = (*CLEANING, "entities_ALL", "quotes_end_to_end", "quotes_direct", "quotes_indirect")


def items(folder: Path, golds: list[dict]):
    """(gold, Item) per gold of the folder."""
    from warta.sources import Item, iter_paths

    detik = detik_records({g["id"] for g in golds if not (folder / g["file"]).exists()})
    for g in golds:
        src = folder / g["file"]
        if src.exists():
            got = list(iter_paths([str(src)]))
            yield g, got[0]
        elif g["id"] in detik:
            yield g, Item(g["id"], record=detik[g["id"]])


def _missing_words(score, raw: str, gold: dict, body: str) -> list[str]:
    """The story words of ``raw`` the body lost, as score.py counts them (plain-text records only:
    on an HTML page the scorer counts the markup as content)."""
    skip = {score.fold(x) for x in gold.get("boilerplate", []) + gold.get("headings", [])}
    pool: dict[str, int] = {}
    for w in score.words(body):
        pool[w] = pool.get(w, 0) + 1
    lost = []
    for ln in raw.splitlines():
        if not score.fold(ln) or score.fold(ln) in skip:
            continue
        for w in score.words(ln):
            if pool.get(w, 0) > 0:
                pool[w] -= 1
            else:
                lost.append(w)
    return lost


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*", default=list(SETS))
    ap.add_argument("--save", type=Path)
    args = ap.parse_args()
    from warta.cli.read import read_items

    score = scorer()
    total = score.Tally()
    misses: list[str] = []
    for name, folder in named(*args.sets).items():
        golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.gold.json"))]
        pairs = list(items(folder, golds))
        t = score.Tally()
        for (gold, item), (_, article, error) in zip(pairs, read_items(iter(i for _, i in pairs)), strict=True):
            pred = {} if error else article.to_dict()
            src = folder / gold["file"]
            raw = (
                score.load_input(folder / f"{gold['id']}.gold.json", gold)[1] if src.exists() else item.record or {}
            ).get("text") or ""
            per: dict = {}
            score.score_article(gold, raw, pred, t, per)
            score.score_article(gold, raw, pred, total, {})
            one = score.Tally()
            score.score_article(gold, raw, pred, one, {})
            kept = one.get("content_kept")
            if kept["r"] < 1 and not gold["file"].endswith((".html", ".htm")):
                missing = _missing_words(score, raw, gold, pred.get("body") or "")
                misses.append(f"{name}/{gold['id']} content_kept {kept['r']:.3f}: lost {missing[:12]}")
            gd, pd = gold.get("dateline") or {}, pred.get("dateline") or {}
            for k in ("outlet", "place"):
                if score.fold(gd.get(k)) != score.fold(pd.get(k)):
                    misses.append(f"{name}/{gold['id']} dateline_{k}: gold {gd.get(k)!r} got {pd.get(k)!r}")
            body = {score.fold(x) for x in (pred.get("body") or "").splitlines()}
            for b in gold.get("boilerplate", []):
                if score.fold(b) in body:
                    misses.append(f"{name}/{gold['id']} boilerplate kept: {b[:110]!r}")
            ph = {score.fold(h if isinstance(h, str) else h.get("text", "")) for h in pred.get("headings") or []}
            gh = {score.fold(h) for h in gold.get("headings", [])}
            for h in sorted(gh - ph):
                misses.append(f"{name}/{gold['id']} heading missed: {h[:100]!r}")
            for h in sorted(ph - gh):
                misses.append(f"{name}/{gold['id']} heading extra: {h[:100]!r}")
            if error:
                misses.append(f"{name}/{gold['id']} error: {error}")
        print(
            name,
            " ".join(
                f"{k.replace('dateline_', 'dl_')}={t.get(k)['f1' if k.startswith(('headings', 'ent', 'quo')) else 'r']:.3f}"
                for k in WATCH
            ),
        )
    print(
        "ALL",
        " ".join(f"{k}={total.get(k)['f1' if k.startswith(('headings', 'ent', 'quo')) else 'r']:.3f}" for k in WATCH),
    )
    for m in misses:
        print(m)
    if args.save:
        args.save.write_text(
            json.dumps(
                {"scores": {k: total.get(k) for k in sorted(total.c)}, "misses": misses}, indent=1, ensure_ascii=False
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
