"""``eval``: measure a layer against labelled data.

``warta eval ner FILE [--format conll|nergrit|nerp|idner|nerui]`` — entity-level exact-match
precision / recall / F1 of the name tagger per type (PER, ORG, LOC) and overall, on a CoNLL-style
file (one token per line, blank line between sentences; ``token TAB tag`` or ``token POS tag``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable
from pathlib import Path

TYPES = ("PER", "ORG", "LOC")
FORMATS = ("conll", "nergrit", "nerp", "idner", "nerui", "nerugm")

# Dataset labels → Warta types; anything else (EVT, IND, FNB, TIME, QUANTITY, …) → O.
LABEL_MAP = {
    "PERSON": "PER",
    "PPL": "PER",
    "PER": "PER",
    "ORGANISATION": "ORG",
    "ORGANIZATION": "ORG",
    "ORG": "ORG",
    "PLACE": "LOC",
    "PLC": "LOC",
    "LOCATION": "LOC",
    "LOC": "LOC",
}
# Types each format does not annotate at all (NERP has no organisation class: its IND is
# industry/brand, and government bodies are left O), so they are left out of "overall".
UNANNOTATED = {"nerp": ("ORG",)}


def map_tag(tag: str) -> str:
    """``B-PERSON`` → ``B-PER``; unknown types → ``O``."""
    if tag in ("O", "") or len(tag) < 3 or tag[1] != "-":
        return "O"
    t = LABEL_MAP.get(tag[2:].upper())
    return f"{tag[0].upper()}-{t}" if t and tag[0].upper() in "BI" else "O"


def read_conll(path: str | Path, fmt: str = "conll") -> list[tuple[list[str], list[str]]]:
    """Sentences as (words, mapped BIO tags). The tag is the last column; the word the first."""
    sents: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line.strip():
                if words:
                    sents.append((words, tags))
                    words, tags = [], []
                continue
            parts = line.split("\t") if "\t" in line else line.split()
            if len(parts) < 2:
                continue
            words.append(parts[0])
            tags.append(map_tag(parts[-1].strip()))
    if words:
        sents.append((words, tags))
    return sents


def entity_spans(tags: Iterable[str]) -> set[tuple[int, int, str]]:
    """Exact spans (start, end exclusive, type); an ``I-X`` not continuing an ``X`` opens one."""
    out: set[tuple[int, int, str]] = set()
    start, label = -1, ""
    for i, t in enumerate([*tags, "O"]):
        if t == "O" or t.startswith("B-") or t[2:] != label:
            if start >= 0:
                out.add((start, i, label))
            start, label = (i, t[2:]) if t != "O" else (-1, "")
    return out


def score(gold: list[list[str]], pred: list[list[str]], types: Iterable[str] = TYPES) -> dict[str, dict[str, float]]:
    """Entity-level exact-match P/R/F1 per type and micro-averaged ``overall`` over ``types``."""
    types = tuple(types)
    counts = {t: [0, 0, 0] for t in TYPES}  # tp, n_pred, n_gold
    for g, p in zip(gold, pred, strict=True):
        gs, ps = entity_spans(g), entity_spans(p)
        for s in gs:
            counts[s[2]][2] += 1
        for s in ps:
            counts[s[2]][1] += 1
            if s in gs:
                counts[s[2]][0] += 1
    result: dict[str, dict[str, float]] = {}
    total = [0, 0, 0]
    for t in TYPES:
        result[t] = _prf(*counts[t])
        if t in types:
            total = [a + b for a, b in zip(total, counts[t], strict=True)]
    result["overall"] = _prf(*total)
    return result


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "predicted": n_pred, "gold": n_gold}


def guess_format(path: str) -> str:
    low = path.lower()
    for name in ("nergrit", "nerp", "idner", "nerui", "nerugm"):
        if name in low:
            return name
    return "conll"


def eval_ner(path: str, fmt: str | None = None, types: Iterable[str] | None = None) -> dict:
    from warta.entities.tagger import model_available, tag_tokens

    fmt = fmt or guess_format(path)
    if types is None:
        types = [t for t in TYPES if t not in UNANNOTATED.get(fmt, ())]
    sents = read_conll(path, fmt)
    if not model_available():
        raise RuntimeError("NER model missing (run scripts/train_ner.py)")
    t0 = time.perf_counter()
    tag_tokens(["Jakarta"])  # load the model and its lists first: speed is the tagging alone
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    pred = [tag_tokens(w) for w, _ in sents]
    elapsed = time.perf_counter() - t0
    res = score([g for _, g in sents], pred, types)
    n_tok = sum(len(w) for w, _ in sents)
    return {
        "file": path,
        "format": fmt,
        "sentences": len(sents),
        "tokens": n_tok,
        "types": list(types),
        "tokens_per_s": n_tok / elapsed if elapsed else 0.0,
        "load_s": load,
        "scores": res,
    }


def _run_ner(args: argparse.Namespace) -> int:
    path = args.file
    if not Path(path).is_file():
        print(f"warta eval ner: no such file: {path}", file=sys.stderr)
        return 2
    types = None
    if args.types:
        types = [t.strip().upper() for t in args.types.split(",") if t.strip()]
        bad = [t for t in types if t not in TYPES]
        if bad:
            print(f"warta eval ner: unknown type(s): {','.join(bad)}", file=sys.stderr)
            return 2
    try:
        out = eval_ner(path, args.format, types)
    except (RuntimeError, UnicodeDecodeError, ValueError) as e:
        print(f"warta eval ner: {e}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(out, indent=2))
        return 0
    print(f"{out['file']}  format={out['format']}  sentences={out['sentences']}  tokens={out['tokens']}")
    print(f"{'type':<22}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}{'pred':>7}")
    for t in (*TYPES, "overall"):
        s = out["scores"][t]
        name = t if t != "overall" else f"overall({'+'.join(out['types'])})"
        print(f"{name:<22}{s['precision']:>8.4f}{s['recall']:>8.4f}{s['f1']:>8.4f}{s['gold']:>7}{s['predicted']:>7}")
    print(f"speed: {out['tokens_per_s']:,.0f} tokens/s on one core (model load {out['load_s']:.2f} s, not counted)")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("eval", help="measure a layer against labelled data")
    sub = p.add_subparsers(dest="eval_what", metavar="WHAT")
    ner = sub.add_parser("ner", help="name tagger: entity-level exact-match P/R/F1 on a CoNLL-style file")
    ner.add_argument("file", help="CoNLL-style file: token TAB tag, or token POS tag (IDNer)")
    ner.add_argument("--format", choices=FORMATS, default=None, help="label set / layout (default: guess from path)")
    ner.add_argument("--types", default=None, help="types counted in 'overall', e.g. PER,LOC (default: all annotated)")
    ner.add_argument("--json", action="store_true", help="print the scores as JSON")
    ner.set_defaults(func=_run_ner)
    p.set_defaults(func=lambda a: (p.print_help(sys.stderr), 2)[1])
