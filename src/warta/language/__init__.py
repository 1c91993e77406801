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
def _lexicon() -> dict[str, frozenset[str]]:
    raw = json.loads(resources.files("warta.language").joinpath("data/function_words.json").read_text("utf-8"))
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


def detect(text: str, max_words: int = 2000) -> dict[str, Any]:
    """``{"code", "confidence", "is_indonesian", "scores"}`` for ``text``."""
    lex = _lexicon()
    counts = dict.fromkeys(lex, 0)
    n = 0
    for m in _WORD.finditer(text):
        w = m.group().lower()
        n += 1
        for lang, words in lex.items():
            if w in words:
                counts[lang] += 1
        if n >= max_words:
            break
    if n < MIN_WORDS or not any(counts.values()):
        return {"code": "und", "confidence": 0.0, "is_indonesian": False, "scores": {}, "words": n}
    scores = {k: round(v / n, 4) for k, v in counts.items()}
    # Malay and Indonesian share most function words: decide between them on the words that
    # only one of them uses.
    only_id = sum(1 for m in _WORD.finditer(text[:20000]) if m.group().lower() in lex["id"] - lex["ms"])
    only_ms = sum(1 for m in _WORD.finditer(text[:20000]) if m.group().lower() in lex["ms"] - lex["id"])
    best = max(scores, key=lambda k: scores[k])
    if best in ("id", "ms"):
        best = "ms" if only_ms > max(2, only_id * 1.5) else "id"
    top = scores[best]
    others = sorted((v for k, v in scores.items() if k != best and {k, best} != {"id", "ms"}), reverse=True)
    margin = top - (others[0] if others else 0.0)
    confidence = round(min(1.0, max(0.0, margin * 4)), 3)
    if top < 0.08:
        best, confidence = "und", 0.0
    return {
        "code": best,
        "confidence": confidence,
        "is_indonesian": best == "id",
        "scores": scores,
        "words": n,
    }


def annotate(article: Article) -> None:
    body_text = " ".join(article.norm[p.start : p.end] for p in article.paragraphs) or article.norm
    article.language = detect(body_text)
    if not article.language["is_indonesian"]:
        article.warnings.append(f"language: not Indonesian (detected {article.language['code']!r})")
