"""Sentence features for the extractive summary, shared by the layer and its training script.

The input is deliberately plain — per sentence, its lower-cased words, its paragraph index
and its raw text — so that the same code scores IndoSum's tokenized sentences at training
time (``scripts/train_summary.py``) and Warta's own sentences at run time.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from operator import mul

from warta.resources import word_set

QUOTE_CHARS = '"“”'
NUMBER_RE = re.compile(r"\d")
WORD_RE = re.compile(r"\w+")

# Feature names, in the order of the learned weights (see data/summary_model.json).
FEATURE_NAMES: list[str] = [
    "bias",
    "pos0",
    "pos1",
    "pos2",
    "pos3",
    "pos4",
    "pos5_9",
    "rel_pos",
    "para0",
    "para1",
    "para2",
    "para_first",
    "log_len",
    "short",
    "long",
    "centroid_sim",
    "textrank",
    "first_sim",
    "lead_sim",
    "quote",
    "starts_quote",
    "digits",
    "caps",
    "log_n",
    "rank_centroid",
    "rank_textrank",
    "question",
    "title_cover",
    "title_sim",
    "title_rank",
    # position x signal interactions
    "pos0_len",
    "pos1_len",
    "pos2_len",
    "pos0_quote",
    "pos1_quote",
    "pos2_quote",
    "pos0_textrank",
    "pos1_textrank",
    "pos2_textrank",
    "rel_pos_sq",
]


@dataclass(slots=True)
class SentenceInput:
    words: list[str]  # lower-cased word and number tokens
    paragraph: int
    text: str  # the sentence as written (for quote marks and capitals)


@cache
def stopwords() -> frozenset[str]:
    """The ranks.nl core Indonesian stop words (stopwords-iso, MIT): ignored when comparing sentences."""
    return word_set("warta.summary", "stopwords.txt")


def _content(words: list[str]) -> Counter[str]:
    stop = stopwords()
    return Counter(w for w in words if w not in stop and len(w) > 1 and not w.isdigit())


def _norm(a: Counter[str], idf: dict[str, float]) -> float:
    return math.sqrt(sum((v * idf[w]) ** 2 for w, v in a.items()))


def _cosine(a: Counter[str], b: Counter[str], idf: dict[str, float], norms: dict[int, float] | None = None) -> float:
    """Cosine of two word bags weighted by ``idf``. ``norms`` remembers each bag's norm (by
    ``id``) across calls with the same ``idf``: a bag compared with every sentence (the first,
    the lead, the headline) is then measured once."""
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    if a.keys().isdisjoint(b):  # no shared word: the sum below would be 0
        return 0.0
    dot = sum(v * b[w] * idf[w] ** 2 for w, v in a.items() if w in b)
    if not dot:
        return 0.0
    if norms is None:
        return dot / (_norm(a, idf) * _norm(b, idf))
    na = norms.get(id(a))
    if na is None:
        na = norms[id(a)] = _norm(a, idf)
    nb = norms.get(id(b))
    if nb is None:
        nb = norms[id(b)] = _norm(b, idf)
    return dot / (na * nb)


def inverse_frequency(bags: list[Counter[str]]) -> dict[str, float]:
    """In-document inverse sentence frequency of each word of the bags."""
    n = len(bags)
    df: Counter[str] = Counter()
    for b in bags:
        df.update(b.keys())
    return {w: math.log(1 + n / c) for w, c in df.items()}


def similarity_matrix(bags: list[Counter[str]], idf: dict[str, float] | None = None) -> list[list[float]]:
    """Cosine similarity of sentence word bags, weighted by in-document inverse sentence frequency
    (``idf``: :func:`inverse_frequency` of the bags, when the caller has it already)."""
    n = len(bags)
    if idf is None:
        idf = inverse_frequency(bags)
    vecs = [{w: v * idf[w] for w, v in b.items()} for b in bags]
    norms = [math.sqrt(sum(x * x for x in v.values())) for v in vecs]
    sim = [[0.0] * n for _ in range(n)]
    for i in range(n):
        vi, ni = vecs[i], norms[i]
        if not ni:
            continue
        for j in range(i + 1, n):
            vj = vecs[j]
            if not norms[j]:
                continue
            a, b = (vi, vj) if len(vi) <= len(vj) else (vj, vi)
            if a.keys().isdisjoint(b):  # about half the pairs share no word: skip the sum (it would be 0)
                continue
            dot = sum(x * b[w] for w, x in a.items() if w in b)
            if dot:
                sim[i][j] = sim[j][i] = dot / (ni * norms[j])
    return sim


def textrank(sim: list[list[float]], damping: float = 0.85, iterations: int = 30) -> list[float]:
    """PageRank over the similarity graph (TextRank/LexRank with continuous weights)."""
    n = len(sim)
    if n == 0:
        return []
    out = [sum(row) for row in sim]
    incoming = [[(j, sim[j][i] / out[j]) for j in range(n) if out[j] and sim[j][i]] for i in range(n)]
    # Each row's sources and weights as two tuples, summed with ``map``: the same products added
    # in the same order as a generator over (j, w) pairs, so the same floats, without a Python
    # frame per term (30 iterations of n rows).
    rows = [(tuple(j for j, _ in inc), tuple(w for _, w in inc)) for inc in incoming]
    score = [1.0 / n] * n
    base = (1 - damping) / n
    for _ in range(iterations):
        get = score.__getitem__
        score = [base + damping * sum(map(mul, ws, map(get, js))) for js, ws in rows]
    return score


def _ranks(values: list[float]) -> list[int]:
    order = sorted(range(len(values)), key=lambda i: -values[i])
    ranks = [0] * len(values)
    for r, i in enumerate(order):
        ranks[i] = r
    return ranks


def headline_words(title: str | None, url: str | None) -> list[str]:
    """Words of the headline: the title, or else the slug of the URL (``/raih-juara-3-di-icmss``)."""
    if title:
        return WORD_RE.findall(title.lower())
    if not url:
        return []
    path = url.split("?", 1)[0].split("#", 1)[0]
    parts = [p for p in path.split("/")[3:] if p.count("-") >= 2]
    if not parts:
        return []
    slug = max(parts, key=len).rsplit(".", 1)[0]
    return [w for w in slug.lower().split("-") if w and not w.isdigit()]


def features(
    sentences: list[SentenceInput], headline: list[str] | None = None
) -> tuple[list[list[float]], list[list[float]]]:
    """One feature vector per sentence (in FEATURE_NAMES order) and the similarity matrix.

    ``headline`` is the lower-cased words of the title (or URL slug) when known.
    """
    n = len(sentences)
    bags = [_content(s.words) for s in sentences]
    head = set(_content(headline or []))
    cover = [len(head & b.keys()) / len(head) if head else 0.0 for b in bags]
    head_bag = Counter(head)
    idf = inverse_frequency(bags)
    sim = similarity_matrix(bags, idf)
    tr = textrank(sim)
    tr_max = max(tr) if tr else 1.0
    centroid_sim = [sum(row) / max(1, n - 1) for row in sim]
    c_max = max(centroid_sim) if centroid_sim and max(centroid_sim) > 0 else 1.0
    rank_c = _ranks(centroid_sim)
    rank_t = _ranks(tr)
    lead = Counter()
    for b in bags[:3]:
        lead.update(b)
    idf_all = dict.fromkeys(head, math.log(1 + n)) | idf
    para_seen: set[int] = set()
    para_rank: dict[int, int] = {}
    title_norms: dict[int, float] = {}
    title_sim = [_cosine(b, head_bag, idf_all, title_norms) for b in bags] if head else [0.0] * n
    norms: dict[int, float] = {}
    rank_h = _ranks(title_sim)
    log_n = math.log(1 + n)
    rows = []
    for i, s in enumerate(sentences):
        if s.paragraph not in para_rank:
            para_rank[s.paragraph] = len(para_rank)
        p = para_rank[s.paragraph]
        first_in_para = s.paragraph not in para_seen
        para_seen.add(s.paragraph)
        nw = len(s.words)
        text = s.text.strip()
        parts = text.split()
        caps = sum(1 for w in parts if w[:1].isupper())
        has_quote = float(any(q in text for q in QUOTE_CHARS))
        tr_i = tr[i] / tr_max if tr_max else 0.0
        rel = i / max(1, n - 1)
        log_len = math.log(1 + nw)
        rows.append(
            [
                1.0,
                float(i == 0),
                float(i == 1),
                float(i == 2),
                float(i == 3),
                float(i == 4),
                float(5 <= i < 10),
                rel,
                float(p == 0),
                float(p == 1),
                float(p == 2),
                float(first_in_para),
                log_len,
                float(nw < 8),
                float(nw > 40),
                centroid_sim[i] / c_max,
                tr_i,
                _cosine(bags[i], bags[0], idf, norms) if i else 1.0,
                _cosine(bags[i], lead, idf, norms) if i >= 3 else 1.0,
                has_quote,
                float(text[:1] in QUOTE_CHARS),
                sum(map(bool, map(NUMBER_RE.search, s.words))) / max(1, nw),
                caps / max(1, len(parts)),
                log_n,
                1.0 / (1 + rank_c[i]),
                1.0 / (1 + rank_t[i]),
                float(text.endswith("?")),
                cover[i],
                title_sim[i],
                1.0 / (1 + rank_h[i]) if head else 0.0,
                float(i == 0) * log_len,
                float(i == 1) * log_len,
                float(i == 2) * log_len,
                float(i == 0) * has_quote,
                float(i == 1) * has_quote,
                float(i == 2) * has_quote,
                float(i == 0) * tr_i,
                float(i == 1) * tr_i,
                float(i == 2) * tr_i,
                rel**2,
            ]
        )
    return rows, sim
