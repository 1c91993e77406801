"""`Petugas Traffic Management Center, Brigadir Harlem, …`, `Masing-masing AD (24) dan RB (24)`:
a word writers put in lower case (the tagger's case table says so), capitalised only because it
opens the sentence, is not the first word of the body or the person after it. The mention is cut
to the rest, and joins the entity the article names by that rest, if any.

`boundaries.trim_sentence_openers` does this only when the rest is named elsewhere; here the rest
must itself read as a name: for a body, an acronym or capitalised words a head opens or a
body's last word closes (or a listed body); for a
person, initials (`AD`), since a person's name may well open with a common word (`Bunga Citra`)."""

from __future__ import annotations

import re
from functools import cache

from warta.document.model import Entity, Mention
from warta.entities.patterns import lexicon
from warta.entities.words import org_of, truecase

# the word opening the mention and the rest, separated by one space
_SPLIT = re.compile(r"([A-Z][a-z]+(?:-[a-z]+)?) (\S.*)", re.S)
_INITIALS = re.compile(r"[A-Z]{1,4}")


def _opens_sentence(text: str, at: int) -> bool:
    """A sentence or paragraph opens at ``at`` (only spaces back to a full stop, a quote or a newline)."""
    before = text[max(0, at - 4) : at].rstrip(" ")
    return not before or before[-1] in '.!?\n"”'


@cache
def _heads() -> frozenset[str]:
    """First words of the lists' bodies, places and titles: they belong to the name or the post."""
    lex = lexicon()
    return frozenset(
        {h[0] for h in lex.org_start} | {h[0] for h in lex.loc_start} | {h[0] for h in lex.roles | lex.honorifics}
    )


@cache
def _long_org_firsts() -> frozenset[str]:
    """First words of the bodies' heads longer than one word (built once, not per mention)."""
    return frozenset(h[0] for h in lexicon().org_start if len(h) > 1)


def _cut_rest(e: Entity, rest: str) -> bool:
    """The rest reads as the entity's whole name."""
    words = rest.split()
    if e.label == "PER":
        return len(words) == 1 and bool(_INITIALS.fullmatch(rest))
    if e.label != "ORG":
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    if len(words) == 1:
        return rest.isupper() and len(rest) >= 2
    # the rest is shaped as a body on its own: a head opens it, a body's last word closes it, or
    # the lists know it (not `Bunga Citra Lestari`, a person the tagger took for a body)
    lex = lexicon()
    return (
        (words[0].lower(),) in lex.org_start
        or words[0].lower() in _long_org_firsts()
        or words[-1].lower().rstrip(".") in lex.org_end
        or org_of(rest) is not None
    )


def cut_openers(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities whose sentence-opening lower-case word is cut off their mentions (and canonical)."""
    tc = truecase()
    if not tc:
        return entities
    if not any(
        e.label in ("PER", "ORG") and " " in m.text and _SPLIT.fullmatch(m.text) and _opens_sentence(text, m.start)
        for e in entities
        for m in e.mentions
    ):
        return entities  # no mention opens a sentence with a word and more: nothing to cut
    heads = _heads()
    lex = lexicon()
    by_name: dict[str, Entity] = {}
    for e in entities:
        for m in e.mentions:
            by_name.setdefault(m.text, e)
    gone: set[int] = set()
    for e in entities:
        if e.label not in ("PER", "ORG"):
            continue
        changed = False
        for k, m in enumerate(e.mentions):
            hit = _SPLIT.fullmatch(m.text)
            if hit is None or not _opens_sentence(text, m.start):
                continue
            opener, rest = hit.group(1), hit.group(2)
            low = opener.lower()
            if (
                tc.get(low) != "0"
                or low in heads
                or low in lex.nonentities
                or opener in lex.given
                or not _cut_rest(e, rest)
            ):
                continue
            at = m.start + len(opener) + 1
            e.mentions[k] = Mention(at, m.end, text[at : m.end])
            if e.canonical == m.text:
                e.canonical = rest
            changed = True
        if not changed:
            continue
        e.mentions.sort(key=lambda x: x.start)
        home = by_name.get(e.canonical)
        if home is not None and home is not e and home.label == e.label and id(home) not in gone:
            home.mentions = sorted([*home.mentions, *e.mentions], key=lambda x: x.start)
            home.role = home.role or e.role
            gone.add(id(e))
    return [e for e in entities if id(e) not in gone]
