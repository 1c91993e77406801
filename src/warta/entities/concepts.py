"""`sistem Moderate List Proportional Representation (MLPR)`, `uji Confirmatory Factor Analysis`,
`kelompok Penyandang Disabilitas`: capitalised words closed by an abstract noun (an ending no
name has, data/concept_suffixes.txt) are a concept, a measure or a programme, which GUIDELINES
counts as no entity; the tagger reads such a run as a person. A "person" with a post, or with a
known given name among its words (`Eric Hartness`), stays."""

from __future__ import annotations

from functools import cache

from warta.document.model import Entity
from warta.entities.patterns import lexicon
from warta.resources import word_set

_STEM = 3  # letters before the ending at least: `City` or `Nancy` are no abstract nouns


@cache
def _suffixes() -> tuple[str, ...]:
    return tuple(sorted(word_set("warta.entities", "concept_suffixes.txt", lower=True), key=len, reverse=True))


def _abstract(word: str) -> bool:
    low = word.lower()
    return low.isalpha() and any(low.endswith(s) and len(low) - len(s) >= _STEM for s in _suffixes())


def drop_concepts(entities: list[Entity]) -> list[Entity]:
    """Entities less the persons of two words or more, with no post and no known given name, one
    word of whose name is an abstract noun."""
    given = lexicon().given
    out = []
    for e in entities:
        words = e.canonical.split()
        if (
            e.label == "PER"
            and len(words) >= 2
            and not e.role
            and not any(w in given for w in words)
            and any(_abstract(w) for w in words)
        ):
            continue
        out.append(e)
    return out
