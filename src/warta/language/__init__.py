"""The language check: is this record Indonesian? English, Malay and Javanese are told
apart by the share of each language's function words, so a wrong record is flagged, not
misread."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from warta.document import Article

_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 8


@lru_cache(maxsize=1)
def _raw() -> dict[str, Any]:
    return json.loads(resources.files("warta.language").joinpath("data/function_words.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """word → the languages that use it; and the language codes."""
    raw = _raw()
    langs = tuple(k for k in raw if not k.startswith("_"))
    index: dict[str, list[str]] = {}
    for lang in langs:
        for w in raw[lang]:
            index.setdefault(w, []).append(lang)
    return {w: tuple(v) for w, v in index.items()}, langs


def detect(text: str | None = None, words: list[str] | None = None, max_words: int = 1500) -> dict[str, Any]:
    """``{"code", "confidence", "is_indonesian", "scores", "words"}`` for a text or its words."""
    index, langs = _lexicon()
    if words is None:
        words = _words(text or "", 40 * max_words)
    words = words[:max_words]
    counts = dict.fromkeys(langs, 0)
    only = {"id": 0, "ms": 0}  # Indonesian and Malay share most function words
    n = len(words)
    for w in words:
        hit = index.get(w.lower())
        if hit:
            for lang in hit:
                counts[lang] += 1
            if len(hit) == 1 and hit[0] in only and not w[0].isupper():  # `Wang` the surname is no Malay `wang`
                only[hit[0]] += 1
    if n < MIN_WORDS or not any(counts.values()):
        return {"code": "und", "confidence": 0.0, "is_indonesian": False, "scores": {}, "words": n}
    scores = {k: round(v / n, 4) for k, v in counts.items()}
    best = max(scores, key=lambda k: scores[k])
    if best in only:
        best = "ms" if only["ms"] >= 2 and only["ms"] > only["id"] * 1.5 else "id"
    top = scores[best]
    others = sorted((v for k, v in scores.items() if k != best and {k, best} != {"id", "ms"}), reverse=True)
    margin = top - (others[0] if others else 0.0)
    confidence = round(min(1.0, max(0.0, margin * 4)), 3)
    if top < 0.08:
        best, confidence = "und", 0.0
    return {"code": best, "confidence": confidence, "is_indonesian": best == "id", "scores": scores, "words": n}


def _words(text: str, end: int) -> list[str]:
    """The words of ``text[:end]``, a sentence's first word lower-cased as :func:`annotate`
    lower-cases it (:func:`_openers_lowered`)."""
    out: list[str] = []
    firsts: set[int] = set()
    last = 0
    for m in _WORD.finditer(text, 0, end):
        if not out or text[last : m.start()].strip(_OPENERS).endswith(_ENDS):
            firsts.add(len(out))
        out.append(m.group())
        last = m.end()
    return _openers_lowered(out, firsts)


_OPENERS = " \t\r\n\"'“”‘’("
_ENDS = (".", "!", "?")


def _openers_lowered(words: list[str], firsts: set[int]) -> list[str]:
    """``words`` with each sentence's first word (at the indexes ``firsts``) lower-cased:
    capitalised there it need be no name, so a Malay-only word opening a sentence counts. Not a
    word the text shows to be a name, capitalised inside a sentence or before another capitalised
    word (`Wang Yi …` then `Wang menegaskan …`: the surname Wang, no Malay `wang`)."""
    names = {
        w
        for i, w in enumerate(words)
        if w[:1].isupper() and (i not in firsts or (i + 1 < len(words) and words[i + 1][:1].isupper()))
    }
    return [w.lower() if i in firsts and w not in names else w for i, w in enumerate(words)]


def annotate(article: Article) -> None:
    norm, tokens = article.norm, article.tokens
    first_tokens = set()  # each sentence's first word
    for s in article.sentences:
        first_tokens.add(next((i for i in range(s.token_start, s.token_end) if tokens[i].kind == "word"), -1))
    words: list[str] = []
    firsts: set[int] = set()
    for i, t in enumerate(tokens[:3000]):
        if t.kind == "word":
            if i in first_tokens:
                firsts.add(len(words))
            words.append(norm[t.start : t.end])
    words = _openers_lowered(words, firsts)
    article.language = detect(words=words) if words else detect(norm)
    if not article.language["is_indonesian"]:
        article.warnings.append(not_indonesian(article.language["code"]))


def not_indonesian(code: str) -> str:
    """The warning of a record read although it is not Indonesian, naming the likely language
    (the record is kept: a user feeding Malaysian news wants it read and told, not dropped)."""
    name = _raw()["_names"].get(code)
    if name is None:
        return f"language: not Indonesian (detected {code!r}); read as Indonesian"
    return f"language: not Indonesian (looks like {name}, {code!r}); read as Indonesian"
