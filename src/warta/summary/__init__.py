"""Layer 'summary': an extractive summary — 2–3 sentences of the article itself, in order.

Each sentence is scored by a small logistic regression (position, paragraph, length,
TextRank centrality, similarity to the lead and to the headline, quotes, numbers — see
``features.py``) trained on IndoSum by ``scripts/train_summary.py``; the best ones are taken,
skipping near-duplicates, and returned in article order as indices into
``article.sentences``. A sentence inside a heading or furniture line, or one that is only
boilerplate (``Baca juga``…), is never chosen. The length is
``options["summary_sentences"]`` (default 3).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from warta.document import Article, Sentence
from warta.document.model import PAD
from warta.summary.features import SentenceInput, features, headline_words
from warta.summary.model import load_model, score, select

DEFAULT_SENTENCES = 3
MIN_WORDS = 4  # shorter sentences (captions, bylines) are not summary material
# Only the first sentences are candidates: TextRank's similarity matrix is quadratic, and a
# news summary comes from the top of the story (a normal article has fewer than 100).
MAX_CANDIDATES = 300
WORD_KINDS = ("word", "number")


@cache
def _boilerplate() -> re.Pattern[str]:
    """Sentence openings that are page furniture, from data/boilerplate.txt."""
    text = resources.files("warta.summary").joinpath("data/boilerplate.txt").read_text(encoding="utf-8")
    phrases = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return re.compile(r"^\W*(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.IGNORECASE)


def _blocked_spans(article: Article) -> list[tuple[int, int]]:
    spans = [(h.start, h.end) for h in article.headings]
    spans += [(ln.start, ln.end) for ln in article.lines if ln.kind in ("furniture", "heading", "title")]
    return spans


def _sentence_words(article: Article, i: int, padded: bool = True) -> list[str]:
    """The sentence's word and number tokens, lower-cased. ``padded=False`` says the text holds no
    padding joiner, so a token's text is its slice of ``norm`` as it is (what ``norm_text`` gives)."""
    s = article.sentences[i]
    tokens = article.tokens[s.token_start : s.token_end]
    if not padded:
        norm = article.norm
        words = [norm[t.start : t.end].lower() for t in tokens if t.kind in WORD_KINDS]
    else:
        words = [article.norm_text(t.start, t.end).lower() for t in tokens if t.kind in WORD_KINDS]
    if not words:  # tokens missing: fall back on a plain split of the sentence
        words = re.findall(r"\w+", article.sentence_text(i).lower())
    return words


def _inside_quote(article: Article, s: Sentence) -> bool:
    """A sentence that begins inside someone's quotation reads as a fragment on its own."""
    if s.paragraph < 0:
        return False
    return article.norm.count('"', article.paragraphs[s.paragraph].start, s.start) % 2 == 1


class _QuoteParity:
    """:func:`_inside_quote` for the sentences of an article asked in order: each paragraph's
    quote marks are counted once, forward, so a long paragraph of many sentences costs its
    length, not its length times its sentences."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.paragraph = -1
        self.pos = 0  # the quote marks in [paragraph start, pos) number ``count``
        self.count = 0

    def __call__(self, s: Sentence) -> bool:
        if s.paragraph < 0:
            return False
        norm = self.article.norm
        if s.paragraph != self.paragraph or s.start < self.pos:
            self.paragraph = s.paragraph
            self.pos = self.article.paragraphs[s.paragraph].start
            self.count = 0
        if s.start > self.pos:
            self.count += norm.count('"', self.pos, s.start)
            self.pos = s.start
        return self.count % 2 == 1


def summarize(article: Article, k: int) -> list[int]:
    """Indices of the k best sentences of the article, in article order."""
    n = min(len(article.sentences), MAX_CANDIDATES)
    if n == 0 or k <= 0:
        return []
    last_end = article.sentences[n - 1].end
    blocked = [(a, b) for a, b in _blocked_spans(article) if a < last_end]
    boiler = _boilerplate()
    inputs: list[SentenceInput] = []
    eligible: list[bool] = []
    padded = PAD in article.norm
    inside_quote = _QuoteParity(article)
    for i, s in enumerate(article.sentences[:n]):
        words = _sentence_words(article, i, padded)
        text = article.sentence_text(i)
        inputs.append(SentenceInput(words=words, paragraph=s.paragraph, text=text))
        ok = len(words) >= MIN_WORDS and not boiler.match(text)
        ok = ok and not any(a < s.end and s.start < b for a, b in blocked)
        ok = ok and not inside_quote(s)
        eligible.append(ok)
    if not any(eligible):
        return []
    rows, sim = features(inputs, headline_words(article.title, article.url))
    model = load_model()
    probs = score(rows, model["weights"], model["mean"], model["scale"])
    return select(probs, sim, k, eligible)


def annotate(article: Article) -> None:
    """Fill ``article.summary`` with sentence indices (see module docstring)."""
    k = article.meta.get("options", {}).get("summary_sentences", DEFAULT_SENTENCES)
    try:
        k = max(0, int(k))
    except (TypeError, ValueError):
        k = DEFAULT_SENTENCES
    article.summary = summarize(article, k)
