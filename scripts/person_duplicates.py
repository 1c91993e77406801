"""Persons of one article that are likely one person output as two entities, and bodies or places
that share a person's name, listed from a directory of `warta read` JSON outputs (the mining pool's
`scripts/mining_pool.py run` output), so that the duplicates class can be counted and read by hand:

    python scripts/person_duplicates.py /work/pool/out_r36start [--pool /work/pool/pool.jsonl]

Each line is one pair: the article, the kinds of evidence, and both entities (canonical [role] ×mentions).
Kinds: `subset` (one canonical name's words inside the other's), `share` (some name word in common:
also family members, `Ivanka Trump`/`Donald Trump`, to be judged), `slip` (a name word one letter off
or spelled another way, entities/spellings.py), `cue:` (`atau`, `alias`, `sapaan akrab…`, `disapa`
between two mentions; needs the records' text), `per/ORG`, `per/LOC` (a person and a body or place
with the same name). Reads outputs only: no set is scored or opened."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from warta.entities.spellings import folded, one_slip

_CUES = re.compile(r"\b(atau|alias|sapaan akrab\w*|biasa disapa|akrab disapa|disapa|panggilan)\b", re.I)
_CUE_GAP = 30


def _words(e: dict) -> set[str]:
    return {w.casefold() for m in e["mentions"] for w in m["text"].split()}


def _slip(a: set[str], b: set[str]) -> bool:
    return any(
        x[:1] == y[:1] and (one_slip(x, y) or (x != y and folded(x) == folded(y)))
        for x in a
        for y in b
        if len(x) >= 4 and len(y) >= 4
    )


def _cue(text: str, a: dict, b: dict) -> str | None:
    for ma in a["mentions"]:
        for mb in b["mentions"]:
            lo, hi = (ma, mb) if ma["start"] < mb["start"] else (mb, ma)
            gap = text[lo["end"] : hi["start"]]
            if len(gap) <= _CUE_GAP and _CUES.search(gap):
                return "cue:" + " ".join(gap.split())
    return None


def pairs(doc: dict, text: str) -> list[tuple[list[str], dict, dict]]:
    """The likely-duplicate pairs of one output, with their kinds of evidence."""
    people = [e for e in doc["entities"] if e["label"] == "PER"]
    others = [e for e in doc["entities"] if e["label"] != "PER"]
    out = []
    for i, a in enumerate(people):
        for b in people[i + 1 :]:
            ca, cb = set(a["canonical"].casefold().split()), set(b["canonical"].casefold().split())
            kinds = ["subset"] if ca <= cb or cb <= ca else ["share"] if ca & cb else []
            if _slip(_words(a), _words(b)):
                kinds.append("slip")
            if text and (cue := _cue(text, a, b)):
                kinds.append(cue)
            if kinds:
                out.append((kinds, a, b))
    for a in people:
        for b in others:
            if set(a["canonical"].casefold().split()) == set(b["canonical"].casefold().split()):
                out.append(([f"per/{b['label']}"], a, b))
    return out


def _show(e: dict) -> str:
    return f"{e['canonical']} [{e.get('role')}] x{len(e['mentions'])}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", help="directory of one JSON output per record")
    ap.add_argument("--pool", default="/work/pool/pool.jsonl", help="the records (for the cues between mentions)")
    args = ap.parse_args()
    texts: dict[str, str] = {}
    if Path(args.pool).is_file():
        with open(args.pool, encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                texts[rec["id"]] = rec.get("text") or ""
    counts: dict[str, int] = {}
    for path in sorted(Path(args.out).glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        for kinds, a, b in pairs(doc, texts.get(doc["id"], "")):
            for k in kinds:
                counts[k.split(":")[0]] = counts.get(k.split(":")[0], 0) + 1
            print(doc["id"], " ".join(kinds), "|", _show(a), "||", _show(b))
    print("pairs by kind:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
