"""Name keys: the one folding that both the gazetteer build and the lookups use, so that
``Zürich``, ``Zurich`` and ``ZURICH``, or ``Tangerang-Selatan`` and ``Tangerang Selatan``, meet."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPECIAL = str.maketrans(
    {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae", "Æ": "AE", "đ": "d", "Đ": "D", "ı": "i", "œ": "oe"}
)
_DROP = re.compile(r"['’‘`ʿʾ\u2060]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 16)  # the same few names are folded many times an article
def name_key(name: str) -> str:
    """Lower-cased ASCII form with punctuation as single spaces (apostrophes dropped)."""
    s = unicodedata.normalize("NFKD", name.translate(_SPECIAL))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = _DROP.sub("", s.lower())
    return _NON_ALNUM.sub(" ", s).strip()


def is_latin_name(name: str) -> bool:
    """True when every letter is in the Latin script (keeps transliterations, drops 'Москва')."""
    for ch in name:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return any(ch.isalpha() for ch in name)
