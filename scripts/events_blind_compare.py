"""Warta's events on a blind annotation of pool articles (notes/blind39_evdeto.tsv), item by item.

Round 39 (issue #12) annotated 14 pool articles by GUIDELINES.md before reading Warta's output on
them, to see the misses a diff of outputs never shows. This reads those articles again and matches
each annotated event to a predicted one of its type in the sentence its opening words point to:
``HIT`` (with the parties predicted), ``MISS`` (with the fate of every candidate in that sentence,
from the rules' trace: no candidate, `partial` — only the learned detector proposed one —, a veto,
or another type kept) and ``EXTRA`` (a predicted event no annotated one took). The totals are given
for every item and for the sure ones (`y`) alone.

    PYTHONPATH=src python scripts/events_blind_compare.py [notes/blind39_evdeto.tsv] [--pool /work/pool/pool.jsonl]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
from pathlib import Path

import warta
from warta.document.record import article_to_dict
from warta.events import extract

DATELINE = re.compile(r"^.{0,60}?(?:--|\s-)\s+")  # `Jakarta, CNN Indonesia -- `, `Merdeka.com - `


def _fold(s: str) -> str:
    """Spaces folded, and UTF-8 read as Latin-1 repaired (`AntÃ³nio`: the cleaner repairs it too)."""
    if "Ã" in s:
        with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
            s = s.encode("latin-1").decode("utf-8")
    return " ".join(s.split())


def _here(opening: str, sentence: str) -> bool:
    """Do the annotated opening words point to this sentence (the cleaned text drops a dateline)?"""
    want, text = _fold(opening)[:30], _fold(sentence)
    return want in text or _fold(DATELINE.sub("", opening))[:30] in text


def _name(party: dict | None) -> str | None:
    return party.get("name") if party else None


def compare(rows: list[list[str]], records: dict[str, dict]) -> dict[str, int]:
    """Print each article's hits, misses and extras; return the counts."""
    n = {"tp": 0, "fp": 0, "fn": 0, "tp_sure": 0, "fn_sure": 0}
    for aid in dict.fromkeys(r[0] for r in rows):
        rec = records[aid]
        art = warta.read(
            {"id": aid, "text": rec["text"], "title": rec.get("title")}, exclude=["summary", "tone", "themes", "events"]
        )
        trace: list = []
        art.events = extract(art, trace)
        pred = article_to_dict(art)["events"]
        used: set[int] = set()
        print("=====", aid)
        for _id, typ, trig, actor, recipient, sure, opening in (r for r in rows if r[0] == aid):
            hit = next(
                (k for k, p in enumerate(pred) if k not in used and p["type"] == typ and _here(opening, p["text"])),
                None,
            )
            key = "tp" if hit is not None else "fn"
            n[key] += 1
            n[key + "_sure"] += sure == "y"
            if hit is not None:
                used.add(hit)
                p = pred[hit]
                print(
                    f"  HIT   {typ:11} {trig[:30]:30} | {actor} -> {recipient} | read {_name(p['actor'])} -> {_name(p['recipient'])} [{sure}]"
                )
                continue
            fates = [f"{c.trigger.type}:{c.fate}" for c in trace if _here(opening, art.norm[c.ss : c.se])]
            print(f"  MISS  {typ:11} {trig[:30]:30} | {actor} -> {recipient} [{sure}] {fates or 'no candidate'}")
        for k, p in enumerate(pred):
            if k not in used:
                n["fp"] += 1
                print(
                    f"  EXTRA {p['type']:11} {p['trigger'][:30]:30} | {_name(p['actor'])} -> {_name(p['recipient'])} | {p['text'][:90]}"
                )
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("blind", nargs="?", default="notes/blind39_evdeto.tsv")
    ap.add_argument("--pool", default="/work/pool/pool.jsonl")
    args = ap.parse_args()
    lines = [
        ln.rstrip("\n").split("\t") for ln in Path(args.blind).read_text("utf-8").splitlines() if not ln.startswith("#")
    ]
    rows = [r for r in lines[1:] if len(r) == 7]
    ids = {r[0] for r in rows}
    records = {}
    with open(args.pool, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in ids:
                records[rec["id"]] = rec
    n = compare(rows, records)
    p = n["tp"] / max(1, n["tp"] + n["fp"])
    r = n["tp"] / max(1, n["tp"] + n["fn"])
    rs = n["tp_sure"] / max(1, n["tp_sure"] + n["fn_sure"])
    print(f"all: {n['tp']} found, {n['fp']} extra, {n['fn']} missed — P {p:.3f} R {r:.3f}; sure only: R {rs:.3f}")


if __name__ == "__main__":
    main()
