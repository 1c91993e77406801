"""A named pondok pesantren is a place (the entities layer opens its name as a site's:
entities/data/heads.txt), but its name may be cut by the head's acronym in brackets,
`di Pondok Pesantren (Ponpes) Al Khoziny`, into the bare head and the name: the two are joined
into one place, `Pondok Pesantren Al Khoziny`, with the name written alone as one more mention
unless the name is a place of its own. Heads: data/dwelling_heads.txt."""

from __future__ import annotations

import re
from functools import lru_cache

from warta.document import Article, Entity, Mention
from warta.places.names import name_key
from warta.resources import word_set

_ACRONYM_GAP = re.compile(r" \([A-Z][A-Za-z]{1,7}\) ")


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return word_set("warta.places", "dwelling_heads.txt", lower=True)


def _head_of(name: str) -> str | None:
    """The head opening a folded name (`pondok pesantren` of `pondok pesantren al khoziny`)."""
    toks = name_key(name).split()
    for n in (2, 1):
        if " ".join(toks[:n]) in _heads():
            return " ".join(toks[:n])
    return None


def claim_dwellings(article: Article) -> None:
    """Join `Head (ACR) Name` into one place."""
    if any(_head_of(e.canonical) for e in article.entities):
        _join_bracketed(article)


def _join_bracketed(article: Article) -> None:
    """`Pondok Pesantren (PP) Tebuireng`: the bare head's mention and the name's after the bracket
    become one mention of a place named by both."""
    norm = article.norm
    at = {m.start: (e, m) for e in article.entities for m in e.mentions}
    for e in list(article.entities):
        for m in list(e.mentions):
            if _head_of(m.text) != name_key(m.text):
                continue  # not the bare head
            gap = _ACRONYM_GAP.match(norm, m.end)
            hit = at.get(gap.end()) if gap else None
            if hit is None or hit[0] is e:
                continue
            other, n = hit
            name = f"{m.text} {n.text}"
            place = next((x for x in article.entities if name_key(x.canonical) == name_key(name)), None)
            if place is None:
                place = Entity(name, "LOC", [])
                article.entities.append(place)
            e.mentions.remove(m)
            # a body or a 'person' of its own (`Al Khoziny`) is the pesantren named short: all its
            # mentions move; a place (`Tebuireng`, the village) gives the bracketed one only
            moved = [n] if other.label == "LOC" else list(other.mentions)
            for k in moved:
                other.mentions.remove(k)
            place.mentions.extend(
                [Mention(m.start, n.end, article.text[m.start : n.end]), *(k for k in moved if k is not n)]
            )
            place.mentions.sort(key=lambda k: k.start)
    article.entities = [x for x in article.entities if x.mentions]
