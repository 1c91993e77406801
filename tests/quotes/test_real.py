"""The layer on real articles: the Liputan6 example end to end against its gold, the dev
articles' quotes, and robustness on scraped detik articles (read from ../shared, skipped when
absent)."""

from __future__ import annotations

import json
import re
import unicodedata

import warta


def _words(s: str) -> list[str]:
    s = unicodedata.normalize("NFKC", s).translate(dict.fromkeys(map(ord, "\"'“”‘’«»„`"), " "))
    return re.findall(r"\w+", s.lower())


def _f1(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    common = sum(min(wa.count(w), wb.count(w)) for w in set(wa))
    if not common:
        return 0.0
    p, r = common / len(wb), common / len(wa)
    return 2 * p * r / (p + r)


def _speaker_ok(gold: dict, gold_entities: list[dict], name: str | None) -> bool:
    if not name:
        return False
    ok = {gold["speaker"].lower()} | {x.lower() for x in gold.get("speaker_aliases", [])}
    for e in gold_entities:
        forms = {e["canonical"].lower()} | {m.lower() for m in e.get("mentions", [])}
        if gold["speaker"].lower() in forms:
            ok |= forms
    return name.lower() in ok


def _check(gold: dict, article) -> tuple[int, int, int]:
    """(matched end to end, predicted, gold) with the scorer's rule: token F1 >= 0.6 and speaker."""
    used: set[int] = set()
    hits = 0
    for g in gold["quotes"]:
        best, best_j = 0.0, None
        for j, q in enumerate(article.quotes):
            if j not in used and (f := _f1(g["text"], q.text)) >= 0.6 and f > best:
                best, best_j = f, j
        if best_j is not None:
            used.add(best_j)
            q = article.quotes[best_j]
            hits += _speaker_ok(g, gold["entities"], q.speaker.name if q.speaker else None)
    return hits, len(article.quotes), len(gold["quotes"])


def test_liputan6_example_all_ten_quotes_right(h):
    text = h.shared("examples/liputan6_kim_putin.txt").read_text("utf-8")
    gold = json.loads(h.shared("examples/liputan6_kim_putin.gold.json").read_text("utf-8"))
    a = warta.read(text, layers=["quotes"])  # this layer alone: names as written
    hits, n_pred, n_gold = _check(gold, a)
    assert (hits, n_pred, n_gold) == (10, 10, 10)
    vias = [q.via for q in a.quotes if q.via]
    # `TASS melaporkan, …`: a medium as the source is also the via (round 38; the example's gold leaves
    # it out, half A's `The Sun melaporkan` and `demikian laporan Xinhua` give it; score.py counts gold vias)
    assert vias == ["The Guardian", "TASS", "CNN", "CNN"]


def test_dev_articles_end_to_end(h):
    folder = h.shared("eval/dev")
    hits = n_pred = n_gold = 0
    for gpath in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gpath.read_text("utf-8"))
        rec = json.loads((folder / gold["file"]).read_text("utf-8"))
        a = warta.read(rec, layers=["quotes"])
        x, y, z = _check(gold, a)
        hits, n_pred, n_gold = hits + x, n_pred + y, n_gold + z
    p, r = hits / max(n_pred, 1), hits / max(n_gold, 1)
    assert 2 * p * r / (p + r) >= 0.85


def test_scraped_articles_offsets_and_shapes(h):
    path = h.shared("data/news/detik_2025.jsonl")
    with path.open(encoding="utf-8") as f:
        records = [json.loads(line) for _, line in zip(range(60), f, strict=False)]
    total = 0
    for rec in records:
        a = warta.read(rec, layers=["quotes"])
        for q in a.quotes:
            total += 1
            assert q.kind in ("direct", "indirect")
            assert 0 <= q.start < q.end <= len(a.text)
            assert q.text and q.text[:10] == " ".join(a.norm_text(q.start, q.end).split())[:10]
            if q.cue_start is not None:
                assert a.norm[q.cue_start : q.cue_end].lower() == q.cue.lower()
            if q.kind == "indirect":
                assert not q.text.lower().startswith("bahwa ")
    assert total > 100  # news articles quote people a lot


def test_other_outlets_end_to_end() -> None:
    """Ten outlets' house styles (two as HTML pages): place adjuncts after the name, roles
    written alone, interjected cues. First blind figure 0.78; the floor is the project's 0.88."""
    from pathlib import Path

    from warta.sources import iter_paths

    folder = Path(__file__).resolve().parents[2] / "eval" / "outlets_heldout2"
    golds = sorted(folder.glob("*.gold.json"))
    assert golds, f"eval set missing: {folder}"
    hits = n_pred = n_gold = 0
    for gpath in golds:
        gold = json.loads(gpath.read_text("utf-8"))
        (item,) = iter_paths([str(folder / gold["file"])])  # as `warta read` takes it (HTML pages too)
        a = warta.read(item.record, layers=["entities", "quotes"])
        x, y, z = _check(gold, a)
        hits, n_pred, n_gold = hits + x, n_pred + y, n_gold + z
    p, r = hits / max(n_pred, 1), hits / max(n_gold, 1)
    assert 2 * p * r / (p + r) >= 0.9
