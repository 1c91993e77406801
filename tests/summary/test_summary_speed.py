"""The summary's faster paths give what the plain definitions give: the quote parity counted
forward per paragraph, TextRank summed with ``map``, cosines with remembered norms."""

from __future__ import annotations

import json
import math
import time
from collections import Counter

import warta
from warta.document import Sentence
from warta.summary import _inside_quote, _QuoteParity
from warta.summary.features import FEATURE_NAMES, _content, _cosine, similarity_matrix, textrank

QUOTED = (
    'Jakarta - "Kami sudah siap. Semua tim bergerak," kata Kepala BPBD Budi Santoso. Ia menambahkan bantuan '
    'dikirim pada Selasa. "Warga diminta tenang. Jangan panik. Ikuti arahan petugas," ujarnya. Hujan turun lagi.\n'
    '"Posko dibuka," kata dia. Petugas berjaga. "Malam ini kami siaga. Besok pagi evakuasi," lanjutnya.\n'
)


def test_quote_parity_is_the_plain_count() -> None:
    art = warta.read(QUOTED, layers=[])
    parity = _QuoteParity(art)
    got = [parity(s) for s in art.sentences]
    assert got == [_inside_quote(art, s) for s in art.sentences]
    assert any(got) and not all(got)  # the text has sentences on both sides
    # asked out of order, or for a heading's sentence, it still answers as the plain count
    again = _QuoteParity(art)
    order = list(reversed(art.sentences)) + [Sentence(art.sentences[0].start, art.sentences[0].end, 0, 1, -1)]
    assert [again(s) for s in order] == [_inside_quote(art, s) for s in order]


def test_quote_parity_is_linear_in_a_long_paragraph() -> None:
    text = "Jakarta - " + ' "Ya," kata dia. Ia pergi.' * 4000
    art = warta.read(text, layers=[])
    assert len(art.sentences) > 2000 and len(art.paragraphs) == 1
    t = time.process_time()
    plain = [_inside_quote(art, s) for s in art.sentences]  # reads ~4e8 characters here
    t_plain = time.process_time() - t
    parity = _QuoteParity(art)
    t = time.process_time()
    got = [parity(s) for s in art.sentences]
    assert 5 * (time.process_time() - t) < t_plain  # ~50 times faster when measured
    assert got == plain


def _textrank_plain(sim: list[list[float]], damping: float = 0.85, iterations: int = 30) -> list[float]:
    n = len(sim)
    if n == 0:
        return []
    out = [sum(row) for row in sim]
    incoming = [[(j, sim[j][i] / out[j]) for j in range(n) if out[j] and sim[j][i]] for i in range(n)]
    score = [1.0 / n] * n
    for _ in range(iterations):
        score = [(1 - damping) / n + damping * sum(w * score[j] for j, w in inc) for inc in incoming]
    return score


def _cosine_plain(a: Counter[str], b: Counter[str], idf: dict[str, float]) -> float:
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b[w] * idf[w] ** 2 for w, v in a.items() if w in b)
    if not dot:
        return 0.0
    na = math.sqrt(sum((v * idf[w]) ** 2 for w, v in a.items()))
    nb = math.sqrt(sum((v * idf[w]) ** 2 for w, v in b.items()))
    return dot / (na * nb)


def test_textrank_and_cosine_are_the_plain_floats() -> None:
    art = warta.read(QUOTED * 3, layers=[])
    bags = [_content(art.sentence_text(i).lower().split()) for i in range(len(art.sentences))]
    sim = similarity_matrix(bags)
    assert textrank(sim) == _textrank_plain(sim)  # exactly: the same floats
    assert textrank([]) == []
    df: Counter[str] = Counter()
    for b in bags:
        df.update(b.keys())
    idf = {w: math.log(1 + len(bags) / c) for w, c in df.items()}
    norms: dict[int, float] = {}
    pairs = [(a, b) for a in bags for b in (bags[0], bags[-1])]
    assert [_cosine(a, b, idf, norms) for a, b in pairs] == [_cosine_plain(a, b, idf) for a, b in pairs]
    assert any(_cosine(a, b, idf) > 0 for a, b in pairs[2:])


def test_textrank_on_recorded_matrix() -> None:
    sim = json.loads("[[0, 0.5, 0, 0.2], [0.5, 0, 0.1, 0], [0, 0.1, 0, 0], [0.2, 0, 0, 0]]")
    assert textrank(sim) == _textrank_plain(sim)


def test_score_is_the_plain_logistic() -> None:
    import random

    import pytest

    from warta.summary.model import score

    rng = random.Random(7)
    k = len(FEATURE_NAMES)
    w, m, s = ([rng.gauss(0, 1) for _ in range(k)] for _ in range(3))
    s = [abs(x) + 0.1 for x in s]
    rows = [[rng.random() * rng.choice([0, 1, 50]) for _ in range(k)] for _ in range(200)]
    plain = []
    for row in rows:
        z = sum(a * (x - b) / c for a, x, b, c in zip(w, row, m, s, strict=True))
        plain.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
    assert score(rows, w, m, s) == plain
    with pytest.raises(ValueError):
        score([[0.0] * (k - 1)], w, m, s)
