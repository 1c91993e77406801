"""Layer 'themes': which of 20 Indonesian news themes an article is about, and why.

A transparent lexicon method. ``data/themes.txt`` lists, for each theme, trigger words and
phrases with weights (see ``data/README.md`` for the taxonomy). Every sentence and the
title are scanned; a theme's evidence is the sum over its distinct triggers of
``weight × (1 + ln count)`` (title hits count extra). Themes with enough evidence are kept,
best first, each with ``score`` (its share of all theme evidence, 0–1), the ``triggers``
that fired and the ``sentences`` (indices into ``article.sentences``) they fired in.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from warta.document import Article
from warta.tone import longest_phrase

WORD_RE = re.compile(r"\w+(?:-\w+)*")
TITLE_BOOST = 1.5  # a trigger in the title counts as this many extra body hits
MIN_EVIDENCE = 3.0  # below this a theme is noise (one weak word)
MIN_SHARE = 0.05
MAX_THEMES = 6


@dataclass(slots=True)
class Theme:
    name: str
    english: str
    description: str
    terms: dict[str, float] = field(default_factory=dict)


@dataclass(slots=True)
class Lexicon:
    themes: list[Theme]
    exact: dict[tuple[str, ...], list[tuple[int, float, str]]]  # word n-gram -> (theme, weight, term)
    prefixes: dict[str, list[tuple[int, float, str]]]  # word prefix -> (theme, weight, term)
    max_n: int
    phrase_starts: frozenset[str] = frozenset()  # first words of multi-word terms
    prefix_lengths: tuple[int, ...] = ()


def parse_lexicon(text: str) -> Lexicon:
    """Read the ``== name | English | description`` / ``term [weight]`` format of themes.txt."""
    themes: list[Theme] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=="):
            name, english, description = (p.strip() for p in line[2:].split("|", 2))
            themes.append(Theme(name, english, description))
            continue
        if not themes:
            raise ValueError(f"term before any theme: {line!r}")
        parts = line.rsplit(" ", 1)
        try:
            term, weight = parts[0], float(parts[1])
        except (IndexError, ValueError):
            term, weight = line, 1.0
        themes[-1].terms[term.lower()] = weight
    exact: dict[tuple[str, ...], list[tuple[int, float, str]]] = defaultdict(list)
    prefixes: dict[str, list[tuple[int, float, str]]] = defaultdict(list)
    max_n = 1
    for ti, theme in enumerate(themes):
        for term, weight in theme.terms.items():
            if term.endswith("*"):
                prefixes[term[:-1]].append((ti, weight, term))
                continue
            key = tuple(WORD_RE.findall(term))
            exact[key].append((ti, weight, term))
            max_n = max(max_n, len(key))
    starts = frozenset(k[0] for k in exact if len(k) > 1)
    lengths = tuple(sorted({len(p) for p in prefixes}))
    return Lexicon(themes, dict(exact), dict(prefixes), max_n, starts, lengths)


@cache
def lexicon() -> Lexicon:
    text = resources.files("warta.themes").joinpath("data/themes.txt").read_text(encoding="utf-8")
    return parse_lexicon(text)


def _hits(words: list[str], lex: Lexicon) -> list[tuple[int, float, str]]:
    """Every (theme, weight, term) a run of words triggers; longer phrases win over their parts."""
    out = []
    exact, starts = lex.exact, lex.phrase_starts
    i, n = 0, len(words)
    while i < n:
        w = words[i]
        if w in starts:
            matched, found = longest_phrase(words, i, exact, lex.max_n, starts)
        else:  # as longest_phrase finds it, without a call per word
            found = exact.get((w,))
            matched = 0 if found is None else 1
        if found:
            out.extend(found)
        else:
            for plen in lex.prefix_lengths:
                if plen > len(w):
                    break
                found = lex.prefixes.get(w[:plen])
                if found:
                    out.extend(found)
            matched = 1
        i += matched
    return out


def classify(sentences: list[str], title: str | None = None, lex: Lexicon | None = None) -> list[dict[str, Any]]:
    """Themes of a text given as sentences (plus an optional title), best first."""
    lex = lex or lexicon()
    counts: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    weights: dict[tuple[int, str], float] = {}
    where: dict[int, set[int]] = defaultdict(set)
    units = [(None, title)] if title else []
    units += list(enumerate(sentences))
    for idx, text in units:
        for ti, weight, term in _hits(WORD_RE.findall(text.lower()), lex):
            counts[ti][term] += 1.0 + (TITLE_BOOST if idx is None else 0.0)
            weights[(ti, term)] = weight
            if idx is not None:
                where[ti].add(idx)
    evidence = {
        ti: sum(weights[(ti, term)] * (1 + math.log(c)) for term, c in terms.items()) for ti, terms in counts.items()
    }
    total = sum(evidence.values())
    ranked = sorted(evidence, key=lambda ti: -evidence[ti])
    result = []
    for ti in ranked[:MAX_THEMES]:
        share = evidence[ti] / total
        if evidence[ti] < MIN_EVIDENCE or share < MIN_SHARE:
            continue
        terms = sorted(counts[ti], key=lambda t: (-weights[(ti, t)] * counts[ti][t], t))
        result.append(
            {
                "theme": lex.themes[ti].name,
                "score": round(share, 3),
                "evidence": round(evidence[ti], 2),
                "triggers": terms[:10],
                "sentences": sorted(where[ti]),
            }
        )
    return result


def annotate(article: Article) -> None:
    """Fill ``article.themes`` (see module docstring)."""
    sentences = [article.sentence_text(i) for i in range(len(article.sentences))]
    article.themes = classify(sentences, article.title)
