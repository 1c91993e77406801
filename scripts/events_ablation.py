"""How much each part of the events layer buys: events F1 (type + sentence, as score.py
matches them) of a bare lexicon of the guideline's own word lists (GUIDELINES.md `events`: the
issue's baseline), of the bare verb-pattern lexicon (verbs.tsv and the forms of roots.tsv), of the
lexicon with the rules that drop acts that did not happen, and of the whole layer (which also
needs a party in each act).

    python scripts/events_ablation.py ../shared/examples ../shared/eval/dev

Reads ../shared/eval/score.py for its matching, so the figures agree with score.py's.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devsets  # noqa: E402

GUIDELINES = devsets.SHARED / "eval" / "GUIDELINES.md"


def _with_passives(word: str) -> list[str]:
    """`a/b` as its words, each meN- verb with its di- passives (`menangkap` → `ditangkap`): the
    guideline says its forms include them."""
    out = []
    for w in word.lower().split("/"):
        out.append(w)
        for prefix, roots in (
            ("meny", ("s",)),
            ("meng", ("", "k")),
            ("mem", ("", "p")),
            ("men", ("", "t")),
            ("me", ("",)),
        ):
            if w.startswith(prefix) and len(w) > len(prefix) + 2:
                out += ["di" + r + w[len(prefix) :] for r in roots]
                break
    return out


def _guideline_patterns() -> list[tuple[str, re.Pattern]]:
    """`TYPE (form, form, …)` of GUIDELINES.md `events` as regular expressions: `a/b` is either
    word, `X` a gap of up to four words."""
    text = GUIDELINES.read_text("utf-8")
    section = text[text.index("### `events`") :]
    section = section[: section.index("\n### ", 10)]
    out = []
    for typ, forms in re.findall(r"\b([A-Z]{4,})\s*\(([^()]*)\)", section):
        for form in forms.split(","):
            words = [w for w in form.replace("…", " ").split() if w]
            if not words:
                continue
            parts = [
                r"(?:\S+\s+){0,4}?" if w == "X" else "(?:" + "|".join(map(re.escape, _with_passives(w))) + r")\b\s*"
                for w in words
            ]
            out.append((typ, re.compile(r"\b" + "".join(parts), re.IGNORECASE)))
    return out


def _variants(article) -> dict[str, list[dict]]:
    from warta.events import extract
    from warta.events.triggers import blocked, find
    from warta.quotes.text import layout, words

    lex, filtered, guide = [], [], []
    pats = _guideline_patterns()
    for ss, se, _p in layout(article).sentences:
        ws = words(article.norm, ss, se)
        text = article.norm_text(ss, se)
        for typ in sorted({typ for typ, rx in pats if rx.search(text)}):
            guide.append({"type": typ, "text": text})
        for t in find(ws):
            lex.append({"type": t.type, "text": text})
            if blocked(article.norm, ws, t, se) is None:
                filtered.append({"type": t.type, "text": text})
    full = [{"type": e.type, "text": article.norm_text(e.start, e.end)} for e in extract(article)]
    return {
        "guideline word lists": guide,
        "lexicon only": lex,
        "lexicon + not-happened rules": filtered,
        "whole layer": full,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="+", help="*.gold.json files or folders of them")
    args = ap.parse_args()
    import warta

    score = devsets.scorer()
    files = []
    for g in args.gold:
        p = Path(g)
        files += sorted(p.glob("*.gold.json")) if p.is_dir() else [p]
    tally: dict[str, list[int]] = {}
    for gf in files:
        gold = json.loads(gf.read_text("utf-8"))
        if "events" not in gold:
            continue
        inp = gf.parent / gold["file"]
        raw = inp.read_text("utf-8")
        art = warta.read(json.loads(raw) if inp.suffix == ".json" else raw, exclude=["summary", "tone", "themes"])
        ge = gold["events"]
        for name, pe in _variants(art).items():

            def close(g, p):
                s = score.token_f1(g["text"], p["text"])
                return s if p["type"] == g["type"] and s >= 0.6 else None

            m = score.match(ge, pe, close)
            t = tally.setdefault(name, [0, 0, 0])
            t[0] += len(m)
            t[1] += len(pe)
            t[2] += len(ge)
    print(f"{'':32} {'P':>6} {'R':>6} {'F1':>6}   hit/pred/gold")
    for name, (hit, pred, gold) in tally.items():
        p = hit / pred if pred else 0.0
        r = hit / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name:32} {p:6.3f} {r:6.3f} {f:6.3f}   {hit}/{pred}/{gold}")


if __name__ == "__main__":
    main()
