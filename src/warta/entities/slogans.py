"""`penerapan Waste to Energy`, `Telkom Indonesia, Elevating Your Future`: capitalised words an
English word of a phrase ties together (data/english_phrase_words.txt) are a concept or a slogan,
not a body or a place, even when the tagger reads a word of them as one."""

from __future__ import annotations

import re

from warta.document.model import Entity
from warta.resources import word_set

_WORD = re.compile(r"[\w'-]+")
_REACH = 40  # characters looked at on each side: a slogan is short


def _phrase_words() -> frozenset[str]:
    return word_set("warta.entities", "english_phrase_words.txt", lower=True)


def _run_words(text: str, start: int, end: int) -> list[str]:
    """The words of the capitalised run around ``text[start:end]`` (on the same line), with the
    phrase words that join it."""
    ties = _phrase_words()
    left = [w.group() for w in _WORD.finditer(text[max(0, start - _REACH) : start].split("\n")[-1])]
    right = [w.group() for w in _WORD.finditer(text[end : end + _REACH].split("\n")[0])]
    out = [w.group() for w in _WORD.finditer(text[start:end])]
    for w in reversed(left):
        if not (w[:1].isupper() or w in ties):
            break
        out.insert(0, w)
    for w in right:
        if not (w[:1].isupper() or w in ties):
            break
        out.append(w)
    return out


def _in_phrase(text: str, start: int, end: int) -> bool:
    """The mention sits in a run of capitalised words that a phrase word joins (`Waste to
    Energy`), the phrase word between two capitalised words."""
    words = _run_words(text, start, end)
    ties = _phrase_words()
    return any(
        w.lower() in ties and 0 < k < len(words) - 1 and words[k - 1][:1].isupper() and words[k + 1][:1].isupper()
        for k, w in enumerate(words)
    )


def drop_slogans(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities less the ORG and LOC ones every mention of which lies in an English phrase."""
    return [
        e
        for e in entities
        if e.label == "PER" or not e.mentions or not all(_in_phrase(text, m.start, m.end) for m in e.mentions)
    ]
