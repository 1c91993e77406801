"""The segmentation layer: tokens and sentences for every paragraph and heading."""

from __future__ import annotations

from warta.document import Article, Sentence
from warta.segmentation.sentences import split
from warta.segmentation.tokens import tokenize

__all__ = ["annotate", "tokenize"]


def annotate(article: Article) -> None:
    norm = article.norm
    tokens = []
    sentences: list[Sentence] = []
    blocks = [(p.start, p.end, i) for i, p in enumerate(article.paragraphs)]
    heads = [(h.start, h.end, -1) for h in article.headings]
    for start, end, para in sorted(blocks + heads):
        if article.dateline and article.dateline.start == start:
            start = article.dateline.end  # the dateline is not part of the first sentence
        first = len(tokens)
        tokens.extend(tokenize(norm, start, end))
        for i, j in split(norm, tokens, first, len(tokens)):
            sentences.append(Sentence(tokens[i].start, tokens[j - 1].end, i, j, para))
    article.tokens = tokens
    article.sentences = sentences
