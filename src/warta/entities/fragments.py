"""Drop one-word names that are only ever a piece of a longer capitalised name.

When the rules cut a long name in two (`Bidang | Propam Polda Metro Jaya`, `Kampus | Institut
Teknologi Bandung`, `Red | Fort`, `Instagram | Stories`), the piece left over becomes an entity of
its own. Its shape gives it away: a single word that no list knows, each of whose mentions in the
body is glued (one space, same sentence) to another capitalised word that is neither a title nor
a region head (`Presiden Prabowo`, `Kota Bandung` stay). A name the article also uses on its own
(`kata Budi`) keeps the entity, as do known places and bodies (`Persib Bandung` then leaves the
city to the places layer's lists).
"""

from __future__ import annotations

import re
from functools import cache

from warta.document.model import Entity
from warta.entities import gazetteer as gz
from warta.entities.patterns import lexicon
from warta.entities.regional_bodies import region_heads
from warta.resources import word_set

# a capitalised word (letters, inner hyphens or apostrophes) right before / after a mention
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'-]*)[ ]$")
_WORD_AFTER = re.compile(r"[ ]([^\W\d_][\w'-]*)")
# a sentence or line ends right before the word: its capital says nothing (searched from the line's
# start, which `^` matches under re.M: `Melansir Mirror, …` at a paragraph's start)
_OPENING = re.compile(r"(?:^|[.!?:;\"“”]\s*)$", re.M)


def _name_word(word: str) -> bool:
    """A capitalised word that could continue a name: not a title, honorific or region head."""
    if not word[0].isupper() or word.isupper():
        return False  # lower case, or an acronym (`Ketua DPR Puan`: roles lead names)
    low = word.lower()
    lex = lexicon()
    if (low,) in lex.roles or (low,) in lex.honorifics or any(r[0] == low for r in lex.honorifics):
        return False
    if any(r[0] == low for r in lex.roles):
        return False  # the first word of a title (`Menteri Keuangan Purbaya` is led by its role)
    return low not in region_heads() and low not in lex.stopwords


def _glued(text: str, start: int, end: int, place: bool) -> bool:
    """The mention runs straight on from, or into, a capitalised word that could be a name's (for
    a place, a known place after it is an address chain instead: `Cikande Serang`). A word opening
    the line or a sentence is no name's by its capital (`Melansir Mirror, …` at a paragraph's start)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = _WORD_BEFORE.search(text, line_start, start)
    if before and _name_word(before.group(1)) and not _OPENING.search(text, line_start, before.start(1)):
        return True
    after = _WORD_AFTER.match(text, end)
    return bool(after and _name_word(after.group(1)) and not (place and gz.place(after.group(1))))


def _known(e: Entity) -> bool:
    """A list knows the name as a place or a body: a real name, wherever it stands."""
    names = {e.canonical, *(m.text for m in e.mentions)}
    orgs = gz.organisations()
    return any(gz.place(n) is not None or n in orgs for n in names)


def drop_fragments(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities less the one-word bodies and places found only as part of a longer name."""
    out = []
    for e in entities:
        one_word = all(len(m.text.split()) == 1 for m in e.mentions) and len(e.canonical.split()) == 1
        if (
            (e.label in ("ORG", "LOC") or (e.label == "PER" and not e.role and e.canonical not in lexicon().given))
            and one_word
            and not any(ch.isupper() for ch in e.canonical[1:])  # `KPK`, `detikNews`: made names
            and not _known(e)
            and e.mentions
            and all(_glued(text, m.start, m.end, e.label == "LOC") for m in e.mentions)
        ):
            continue
        out.append(e)
    return out


@cache
def unit_heads() -> frozenset[str]:
    """First words of a unit inside a body (`Departemen`, `Divisi`, `Biro`)."""
    return word_set("warta.entities", "unit_heads.txt", lower=True)


def _titled_before(text: str, start: int) -> bool:
    """A title (`Kepala`, `Direktur`, `Pengawas Senior`) ends right before ``start``."""
    words = text[max(0, start - 80) : start].split()
    lex = lexicon()
    return any(tuple(w.lower() for w in words[-k:]) in lex.roles for k in range(1, min(lex.max_title, len(words)) + 1))


def drop_posted_units(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities less the units named only right after a title (`Direktur Departemen Kebijakan
    Ekonomi dan Moneter BI Juli Budi Winantya`, `Kepala Divisi Humas Polri`): there the unit is
    part of a post (the person's role), and GUIDELINES' annotators leave it out or optional; the
    body it belongs to (`BI`, `Polri`) is named in it and kept apart."""
    return [
        e
        for e in entities
        if not (
            e.label == "ORG"
            and e.canonical.split()[0].lower() in unit_heads()
            and not e.canonical.lower().startswith("direktorat jenderal")  # a ministry's arm: a body
            and all(_titled_before(text, m.start) for m in e.mentions)
        )
    ]
