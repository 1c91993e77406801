"""In-domain training sentences for the name tagger from Warta's own entity gold (issue #16).

Warta's annotated IndoSum-derived articles (CC BY-SA 4.0, ship-ok) list every name an article
uses, with its mentions, but no offsets. Each mention is projected onto every place it is written
(as whole tokens of the segmentation layer) and the sentence becomes BIO tags. A sentence is left
out rather than guessed when a tag there would be unsure: it holds an ``entities_optional`` name,
a mention that does not fall on token bounds, or a capitalised word no gold name covers and no
word list explains (a title, a weekday, a function word opening the sentence). Headings are left
out too: the tagger is not used there. detik articles are never read (their text is not ship-ok).

    python scripts/ner_gold.py                  # how many sentences and names each set gives
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO / "eval"
sys.path.insert(0, str(REPO / "scripts"))
import devsets  # noqa: E402

# the sets of annotated IndoSum articles with complete entity gold (eval/README.md): every
# other-outlet development set devsets.py names (the list was frozen at outlets_heldout7 until
# round 27); detik records of entities_dev2 and dates_dev2 are skipped by id
GOLD_SETS = (
    *devsets.OUTLETS,
    *devsets.OUTLETS_MORE,
    "quotes_outlets9",
    "entities_dev2",
    "dates_dev2",
)
# where a capital opens a sentence inside a sentence (as train_ner.truecase_table reads them)
OPENERS = frozenset(('"', ":", ".", "!", "?", "\u201c", "(", "'", "-", "\u2013", "\u2014"))


def _names(e: dict) -> list[str]:
    out = [e.get("canonical"), e.get("text")]
    out += [m.get("text") if isinstance(m, dict) else m for m in e.get("mentions") or []]
    return [x.strip() for x in out if isinstance(x, str) and len(x.strip()) >= 2]


def _explained_words() -> frozenset[str]:
    """Capitalised words that are not names, from Warta's lists: titles and honorifics, words
    that are never names, function words and common words."""
    from warta.entities.patterns import lexicon

    lex = lexicon()
    words = {w for ph in lex.roles | lex.honorifics for w in ph}
    return frozenset(words | set(lex.nonentities) | set(lex.stopwords) | set(lex.common))


@cache
def _lower_case_words() -> frozenset[str]:
    """Words the tagger's case table says are capitalised under 10% of the time mid-sentence: one
    opening a sentence (`Kenyataannya`, `Cuman`, `Deposito`) is no name. Without them every such
    sentence was left out, and the tagger learnt that a capital opening a sentence is a name."""
    from warta.entities.features import LEXICON_PATH, Lexicon

    return frozenset(w for w, code in Lexicon.load(LEXICON_PATH).truecase.items() if code.startswith("0"))


def article_sentences(record: dict, gold: dict, stats: Counter | None = None) -> list[tuple[list[str], list[str]]]:
    """The sentences of one annotated article as ``(words, BIO tags)``, sure ones only."""
    import warta
    from warta.entities import regions_of

    stats = stats if stats is not None else Counter()
    art = warta.read(record, layers=[])
    norm, toks = art.norm, art.tokens
    if not art.sentences or not toks:
        return []
    label_of: dict[str, str] = {}
    clash: set[str] = set()
    for e in gold.get("entities", []):
        for n in _names(e):
            if label_of.setdefault(n, e["label"]) != e["label"]:
                clash.add(n)
    unsure = {n for n in gold.get("entities_optional", []) if isinstance(n, str) and n.strip()} | clash
    for n in clash:
        label_of.pop(n)
    spans: list[tuple[int, int, str]] = []  # gold occurrences, longest first, no overlaps
    for n in sorted(label_of, key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(n) + r"(?!\w)", norm):
            if not any(s < m.end() and m.start() < e for s, e, _ in spans):
                spans.append((m.start(), m.end(), label_of[n]))
    blocked = [
        (m.start(), m.end())
        for n in unsure
        for m in re.finditer(r"(?<!\w)" + re.escape(n.strip()) + r"(?!\w)", norm)
        if not any(s <= m.start() and m.end() <= e for s, e, _ in spans)  # `DKI` in `Pemprov DKI Jakarta`
    ]
    titled = [(r.toks[0].start, r.toks[-1].end) for r in regions_of(art) if r.titlecase and r.toks]
    explained = _explained_words()
    lower_words = {norm[t.start : t.end] for t in toks if norm[t.start : t.end].islower()} | _lower_case_words()
    out = []
    for sent in art.sentences:
        st = toks[sent.token_start : sent.token_end]
        if not st:
            continue
        a, b = st[0].start, st[-1].end
        if any(s <= a < e for s, e in titled):
            stats["heading"] += 1
            continue
        if any(s < b and a < e for s, e in blocked):
            stats["optional name"] += 1
            continue
        words = [norm[t.start : t.end].replace("\u2060", "") or "_" for t in st]
        tags = ["O"] * len(st)
        starts = {t.start: k for k, t in enumerate(st)}
        ends = {t.end: k for k, t in enumerate(st)} | {t.clitic: k for k, t in enumerate(st) if t.clitic}
        ok = True
        for s, e, label in spans:
            if not (a <= s < b):
                continue
            i, j = starts.get(s), ends.get(e)
            if i is None or j is None or j < i:
                ok = False  # a name cut inside a token (`Jokowi-JK`): unsure
                break
            tags[i : j + 1] = ["B-" + label] + ["I-" + label] * (j - i)
        if not ok:
            stats["off token bounds"] += 1
            continue
        loose = [
            w
            for k, (w, t) in enumerate(zip(words, tags, strict=True))
            if t == "O"
            and w[:1].isupper()
            and w.lower() not in explained
            and not ((k == 0 or words[k - 1] in OPENERS) and w.lower() in lower_words)
        ]
        if loose:
            stats["unmatched capital"] += 1
            stats.update("cap:" + w for w in loose)
            continue
        stats["kept"] += 1
        stats["names"] += sum(t.startswith("B-") for t in tags)
        out.append((words, tags))
    return out


def gold_sentences(
    sets: Iterable[str] = GOLD_SETS,
    leave_out: Iterable[str] = (),
    stats: Counter | None = None,
    detik: bool = False,
) -> list[tuple[list[str], list[str]]]:
    """Training sentences from every IndoSum article of the named sets (not ``leave_out``);
    ``detik``: the detik articles too, to measure the tagger on, never to train on."""
    from warta.sources import iter_file

    skip = set(leave_out)
    out = []
    for name in sets:
        if name in skip:
            continue
        folder = Path(name) if "/" in name else EVAL / name
        for gp in sorted(folder.glob("*.gold.json")):
            gold = json.loads(gp.read_text(encoding="utf-8"))
            is_detik = str(gold.get("id", "")).startswith("detik") or gold["file"].startswith("detik")
            if "entities" not in gold or is_detik != detik:
                continue  # detik text is not ship-ok: never trained on
            item = next(iter_file(folder / gold["file"]))
            if item.record is None:
                raise SystemExit(f"{gp}: input unreadable: {item.error}")
            if stats is not None:
                stats["articles"] += 1
            out.extend(article_sentences(item.record, gold, stats))
    return out


def score_tagger(model_dir: Path, sents: list[tuple[list[str], list[str]]]) -> dict[str, dict]:
    """Exact-span P/R/F1 of the tagger in ``model_dir`` (as ``tagger.tag_tokens`` post-edits
    its tags) on projected gold sentences."""
    import pycrfsuite

    from warta.cli.eval import score
    from warta.entities.features import FeatureExtractor, Lexicon
    from warta.entities.tagger import _join_persons, _repair, _title_word

    fx = FeatureExtractor(Lexicon.load(model_dir / "lexicon.json.gz"))
    t = pycrfsuite.Tagger()
    t.open(str(model_dir / "ner.crfsuite"))
    pred = [_join_persons(w, _title_word(w, _repair(t.tag(fx.sentence(w))))) for w, _ in sents]
    return score([g for _, g in sents], pred, ["PER", "ORG", "LOC"])


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--score", type=Path, nargs="*", help="model folders to score on the sets' sure sentences")
    ap.add_argument("--sets", nargs="*", default=list(GOLD_SETS), help="set names or folders")
    ap.add_argument("--detik", action="store_true", help="the sets' detik articles (to score on, never to train)")
    args = ap.parse_args()
    if args.score:
        per_set = [(Path(n).name, gold_sentences([n], detik=args.detik)) for n in args.sets]
        for name, sents in [*per_set, ("POOLED", [s for _, ss in per_set for s in ss])]:
            if not sents:
                continue
            row = []
            for m in args.score:
                r = score_tagger(m, sents)
                row.append(" ".join(f"{k[:3]} {r[k]['f1']:.3f}" for k in ("overall", "PER", "ORG", "LOC")))
            print(f"{name:<17} {len(sents):>4} sents  " + "  |  ".join(row), flush=True)
        return
    stats: Counter = Counter()
    sents = gold_sentences(stats=stats)
    print(f"{len(sents)} sentences, {sum(len(w) for w, _ in sents)} tokens")
    print({k: v for k, v in stats.items() if not k.startswith("cap:")})
    print("commonest unmatched capitals:", [(k[4:], v) for k, v in stats.most_common() if k.startswith("cap:")][:40])


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "src"))
    main()
