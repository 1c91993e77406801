"""Layer 'tone': GDELT-style tone figures from the InSet sentiment lexicon.

Every body sentence is scanned for lexicon words and phrases (``data/inset.tsv``, built by
``scripts/build_lexicons.py`` from InSet, Koto & Rahmaningtyas 2017). A hit is flipped by a
negator in the few words before it (``tidak baik`` is negative), scaled by an intensifier
before it (``sangat``, ``amat``, ``paling``…) or after it (``sekali``, ``banget``) and damped
by a diminisher (``agak``…); see ``data/modifiers.json``. Figures, as in GDELT's GKG tone
field, are percentages of the body's word count:

- ``positive`` / ``negative``: share of words that carry positive / negative tone;
- ``tone`` = positive − negative; ``polarity`` = positive + negative;
- ``activity``: share of verb-like words (meN-/ber-/di-/ter- forms; an approximation of
  GDELT's activity reference density); ``self_group``: share of first-person pronouns;
- ``weighted_tone``: sum of lexicon weights per 100 words (uses InSet's −5…+5 strengths);
- ``word_count``; ``sentences``: net weight of each sentence; ``terms``: the strongest hits
  with offsets into the original text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, TypeVar

from warta.document import Article

WORD_RE = re.compile(r"\w+(?:-\w+)*")
VERB_RE = re.compile(r"^(?:me|ber|di|ter)[a-z]{3,}")
VERB_PREFIXES = ("me", "ber", "di", "ter")  # VERB_RE's openings: a cheap test before the pattern
NEGATION_WINDOW = 3  # a negator up to this many words before a hit flips it
NEGATION_FACTOR = -1.0
MAX_TERMS = 12

T = TypeVar("T")


@dataclass(slots=True)
class Lexicon:
    words: dict[tuple[str, ...], float]
    max_n: int
    phrase_starts: frozenset[str]
    negators: frozenset[str]
    intensifiers: dict[str, float]
    post_intensifiers: dict[str, float]
    diminishers: dict[str, float]
    self_group: frozenset[str]
    not_verbs: frozenset[str]
    not_negating_after: frozenset[str]
    singles: dict[str, float] = field(init=False)  # the one-word entries of ``words``, by word

    def __post_init__(self) -> None:
        self.singles = {k[0]: v for k, v in self.words.items() if len(k) == 1}


@cache
def lexicon() -> Lexicon:
    root = resources.files("warta.tone").joinpath("data")
    words: dict[tuple[str, ...], float] = {}
    for line in root.joinpath("inset.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            term, weight = line.rsplit("\t", 1)
            words[tuple(WORD_RE.findall(term))] = float(weight)
    mods = json.loads(root.joinpath("modifiers.json").read_text(encoding="utf-8"))
    return Lexicon(
        words=words,
        max_n=max((len(k) for k in words), default=1),
        phrase_starts=frozenset(k[0] for k in words if len(k) > 1),
        negators=frozenset(mods["negators"]),
        intensifiers=mods["intensifiers"],
        post_intensifiers=mods["post_intensifiers"],
        diminishers=mods["diminishers"],
        self_group=frozenset(mods["self_group"]),
        not_verbs=frozenset(mods.get("not_verbs", [])),
        not_negating_after=frozenset(mods.get("not_negating_after", [])),
    )


def longest_phrase(
    words: list[str], i: int, table: Mapping[tuple[str, ...], T], max_n: int, phrase_starts: AbstractSet[str]
) -> tuple[int, T | None]:
    """The longest run of words from ``words[i]`` that ``table`` holds, as (its length, its value),
    or (0, None); only a word in ``phrase_starts`` can begin a phrase of more than one word.
    (The themes layer matches its lexicon the same way.)"""
    w = words[i]
    if w not in phrase_starts:  # the common case: one word, no slice
        found = table.get((w,))
        return (0, None) if found is None else (1, found)
    top = min(max_n, len(words) - i)
    for k in range(top, 0, -1):
        found = table.get(tuple(words[i : i + k]))
        if found is not None:
            return k, found
    return 0, None


@dataclass(slots=True)
class Hit:
    start: int  # offsets of the lexicon word(s), relative to the scanned text
    end: int
    term: str
    base: float  # lexicon weight
    weight: float  # after negation and intensifiers
    negated: bool


def scan(text: str, lex: Lexicon | None = None) -> tuple[list[Hit], list[str]]:
    """Lexicon hits in a stretch of text (with modifiers applied) and its lower-cased words."""
    lex = lex or lexicon()
    words = [w.lower() for w in WORD_RE.findall(text)]
    matches: list[re.Match[str]] = []  # the words' spans, found only once a sentence has a hit
    hits: list[Hit] = []
    table, starts, singles = lex.words, lex.phrase_starts, lex.singles
    i, n = 0, len(words)
    while i < n:
        w = words[i]
        if w in starts:
            found, base = longest_phrase(words, i, table, lex.max_n, starts)
        else:  # as longest_phrase finds it, without a call per word
            found, base = 1, singles.get(w)
        if base is None:
            i += 1
            continue
        weight, negated = base, False
        for j in range(i - 1, max(-1, i - 1 - NEGATION_WINDOW), -1):
            w = words[j]
            if w in lex.negators:
                negated = words[j + 1] not in lex.not_negating_after
                break
        for j in range(i - 1, max(-1, i - 3), -1):  # modifiers sit right before the word
            w = words[j]
            if w in lex.intensifiers:
                weight *= lex.intensifiers[w]
            elif w in lex.diminishers:
                weight *= lex.diminishers[w]
        after = i + found
        if after < n and words[after] in lex.post_intensifiers:
            weight *= lex.post_intensifiers[words[after]]
        if negated:
            weight *= NEGATION_FACTOR
        if not matches:
            matches = list(WORD_RE.finditer(text))
        hits.append(
            Hit(
                start=matches[i].start(),
                end=matches[i + found - 1].end(),
                term=" ".join(words[i : i + found]),
                base=base,
                weight=weight,
                negated=negated,
            )
        )
        i += found
    return hits, words


def measure(sentences: list[tuple[int, str]], lex: Lexicon | None = None) -> dict[str, Any]:
    """Tone figures for sentences given as (offset of the text in the article, text)."""
    lex = lex or lexicon()
    word_count = pos = neg = active = selfref = 0
    total = 0.0
    per_sentence: list[float] = []
    terms: list[dict[str, Any]] = []
    for offset, text in sentences:
        hits, words = scan(text, lex)
        word_count += len(words)
        active += sum(1 for w in words if w.startswith(VERB_PREFIXES) and VERB_RE.match(w) and w not in lex.not_verbs)
        selfref += sum(1 for w in words if w in lex.self_group)
        net = 0.0
        for h in hits:
            pos += h.weight > 0
            neg += h.weight < 0
            net += h.weight
            terms.append(
                {
                    "text": h.term,
                    "start": offset + h.start,
                    "end": offset + h.end,
                    "weight": round(h.weight, 2),
                    "negated": h.negated,
                }
            )
        total += net
        per_sentence.append(round(net, 2))
    share = 100.0 / word_count if word_count else 0.0
    terms.sort(key=lambda t: (-abs(t["weight"]), t["start"]))
    return {
        "tone": round((pos - neg) * share, 3),
        "positive": round(pos * share, 3),
        "negative": round(neg * share, 3),
        "polarity": round((pos + neg) * share, 3),
        "activity": round(active * share, 3),
        "self_group": round(selfref * share, 3),
        "weighted_tone": round(total * share, 3),
        "word_count": word_count,
        "sentences": per_sentence,
        "terms": sorted(terms[:MAX_TERMS], key=lambda t: t["start"]),
    }


def annotate(article: Article) -> None:
    """Fill ``article.tone`` (see module docstring)."""
    sentences = [(s.start, article.norm[s.start : s.end]) for s in article.sentences]
    article.tone = measure(sentences)
