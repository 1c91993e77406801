"""Score a blind quote annotation of pool articles (notes/blind39_quoteso.tsv, notes/blind40_quotes.tsv).

Rounds 39 and 40 annotated every quote of a pool sample before reading Warta's output on it, so that
misses (a quote Warta never printed) are counted, not only wrong items. A row gives the article id,
the paragraph index (the record's ``text`` split on newlines), the kind, the quoted text as
``start words … end words``, the speaker, the cue, the via and a note (``optional`` = borderline).
The gold span is rebuilt from the paragraph: from the first piece's place to the end of the last
piece found after it. Quotes are then matched as ../shared/eval/score.py does (token F1 of at least
0.6, a gold quote matched at most once, optional quotes counted neither way); a speaker is right
when it folds to the gold speaker or the predicted speaker entity has the gold name among its
canonical name and mentions (the blind file has no gold entities, so this is the nearest reading).

    python scripts/blind_quotes.py notes/blind40_quotes.tsv /work/pool/out_r40start [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO.parent / "shared" / "eval"))
from score import fold, prf, token_f1  # noqa: E402

POOL = Path("/work/pool/pool.jsonl")


def _span(paragraph: str, written: str) -> str | None:
    """The gold text ``written`` (``start … end``) stands for in ``paragraph``: the shortest span
    holding its pieces in order (its first words may occur earlier too); None when not found."""
    pieces = [p.strip().lower() for p in written.split("…") if p.strip()]
    low = paragraph.lower()
    best = None
    begin = low.find(pieces[0])
    while begin >= 0:
        end = begin + len(pieces[0])
        for piece in pieces[1:]:
            at = low.find(piece, end)
            if at < 0:
                end = -1
                break
            end = at + len(piece)
        if end >= 0 and (best is None or end - begin < best[1] - best[0]):
            best = (begin, end)
        begin = low.find(pieces[0], begin + 1)
    return paragraph[best[0] : best[1]] if best else None


def _gold(tsv: Path, texts: dict[str, str]) -> list[dict]:
    rows = []
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cols = (line.split("\t") + [""] * 8)[:8]
        article, para, kind, written, speaker, cue, via, note = cols
        paragraph = texts[article].split("\n")[int(para)]
        text = _span(paragraph, written)
        if text is None:
            sys.exit(f"span not found: {article} ¶{para} {written!r}")
        rows.append(
            {
                "article": article,
                "para": int(para),
                "kind": kind,
                "text": text,
                "speaker": speaker,
                "cue": cue,
                "via": via,
                "optional": note.startswith("optional"),
                "note": note,
            }
        )
    return rows


def _names(record: dict, quote: dict) -> set[str]:
    """The folded names the predicted speaker goes by (its string and its entity's names)."""
    names = {fold(quote.get("speaker"))}
    index = quote.get("speaker_entity")
    entities = record.get("entities") or []
    if isinstance(index, int) and 0 <= index < len(entities):
        entity = entities[index]
        names.add(fold(entity.get("canonical")))
        names.update(fold(m.get("text")) for m in entity.get("mentions") or [])
    return names


def _match(golds: list[dict], preds: list[dict]) -> list[tuple[dict, dict | None]]:
    """Each gold quote with its prediction (best token F1 ≥ 0.6, each prediction used once)."""
    pairs = sorted(
        ((token_f1(p["text"], g["text"]), gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(preds)),
        reverse=True,
    )
    got: dict[int, int] = {}
    used: set[int] = set()
    for f1, gi, pi in pairs:
        if f1 < 0.6:
            break
        if gi in got or pi in used:
            continue
        got[gi] = pi
        used.add(pi)
    return [(g, preds[got[gi]] if gi in got else None) for gi, g in enumerate(golds)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("tsv", type=Path, nargs="+")
    ap.add_argument("out", type=Path, help="a mining_pool.py run directory")
    ap.add_argument("-v", action="store_true", help="list every quote, not only the errors")
    args = ap.parse_args()
    texts = {}
    with POOL.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            texts[rec["id"]] = rec["text"]
    golds = [g for tsv in args.tsv for g in _gold(tsv, texts)]
    tally = {k: [0, 0, 0, 0] for k in ("all", "direct", "indirect")}  # span tp, e2e tp, pred, gold
    for article in sorted({g["article"] for g in golds}, key=lambda a: int(a.split("_")[1])):
        record = json.loads((args.out / f"{article}.json").read_text(encoding="utf-8"))
        preds = record.get("quotes") or []
        mine = [g for g in golds if g["article"] == article]
        matched = _match(mine, preds)
        used = {id(p) for _, p in matched if p is not None}
        for g, p in matched:
            if g["optional"]:
                continue
            ok = p is not None and fold(g["speaker"]) in _names(record, p)
            for k in ("all", g["kind"]):
                tally[k][0] += p is not None
                tally[k][1] += ok
                tally[k][3] += 1
            verdict = "MISSED" if p is None else "right" if ok else "SPEAKER"
            if args.v or verdict != "right":
                said = f" | warta {p['speaker']!r} {p['text'][:70]!r}" if p else ""
                print(
                    f"{verdict:8} {article:12} ¶{g['para']:<2} {g['kind']:8} {g['speaker']!r} {g['text'][:90]!r}{said}"
                )
        optional_hits = {id(p) for g, p in matched if p is not None and g["optional"]}
        for p in preds:
            if id(p) in optional_hits:
                continue  # a borderline quote found counts neither way
            for k in ("all", p["kind"]):
                tally[k][2] += 1
            if id(p) not in used:
                print(f"EXTRA    {article:12} {p['kind']:8} {p['speaker']!r} {p['text'][:110]!r}")
    for k, (span, e2e, npred, ngold) in tally.items():
        s, e = prf(span, npred, ngold), prf(e2e, npred, ngold)
        print(
            f"{k:8} gold {ngold} pred {npred} span {span} e2e {e2e}: span P {s['p']:.3f} R {s['r']:.3f}"
            f" | e2e P {e['p']:.3f} R {e['r']:.3f} F1 {e['f1']:.3f}"
        )


if __name__ == "__main__":
    main()
