"""Person acronyms and periods before names: `kata SBY` names a person, not a body, when the
acronym is no known body and the article never spells it out; `Jilid I Erry Riyana` is a period
of the body before it, not the first words of the person's name."""

from __future__ import annotations

import re

from warta.document.model import Entity, Mention
from warta.entities.words import org_of
from warta.resources import word_set

_ACRONYM = re.compile(r"[A-Z]{2,3}")  # a person's initials (`SBY`, `JK`); bodies run longer
_NUMERAL = re.compile(r"(?:[IVXL]+|\d{1,2})")


def _person_verbs() -> frozenset[str]:
    return word_set("warta.entities", "person_verbs.txt", lower=True)


def _initials_nouns() -> frozenset[str]:
    return word_set("warta.entities", "initials_nouns.txt", lower=True)


def _period_words() -> frozenset[str]:
    return word_set("warta.entities", "period_words.txt", lower=True)


def _said_by(text: str, m: Mention) -> bool:
    """`kata SBY`, `ujar AHY kepada …`, or `Menurut SBY, …` right around the mention."""
    before = re.search(r"(\w+)\s+$", text[max(0, m.start - 20) : m.start])
    if before and before.group(1).lower() in _person_verbs():
        return True
    return bool(before and before.group(1) in ("Menurut", "menurut") and text.startswith(",", m.end))


def _introduced(text: str, m: Mention) -> bool:
    """`tersangka NM`, `Saudara HG`: a noun that crime and court news put before a person's
    initials, right before the mention."""
    before = re.search(r"(\S+)\s+$", text[max(0, m.start - 20) : m.start])
    return bool(before and before.group(1).lower() in _initials_nouns())


def _visited(text: str, acronym: str) -> bool:
    """The article goes to or is at the acronym (`di LBH`, `ke KPU`): a body or a place."""
    return re.search(rf"\b(?:[Dd]i|[Kk]e)\s+{re.escape(acronym)}\b", text) is not None


def person_acronyms(text: str, entities: list[Entity]) -> list[Entity]:
    """An ORG written only as an unknown acronym of two or three capitals, never gone to (`di`,
    `ke`), said by with a person's verb of saying (`kata SBY`) or put after a noun that introduces
    a person's initials (`tersangka NM`) at least once, is a person."""
    for e in entities:
        if (
            e.label == "ORG"
            and _ACRONYM.fullmatch(e.canonical)
            and all(m.text == e.canonical for m in e.mentions)
            and org_of(e.canonical) is None
            and any(_said_by(text, m) or _introduced(text, m) for m in e.mentions)
            and not _visited(text, e.canonical)
        ):
            e.label = "PER"
            e.country = None
    return entities


def strip_periods(text: str, entities: list[Entity]) -> list[Entity]:
    """A person's mention opening with a period word and its numeral (`Jilid I Erry Riyana
    Hardjapamekas`) starts after them; the canonical name follows."""
    periods = _period_words()
    for e in entities:
        if e.label != "PER":
            continue
        changed = False
        kept = []
        for m in e.mentions:
            words = m.text.split()
            if len(words) >= 3 and words[0].lower() in periods and _NUMERAL.fullmatch(words[1]):
                at = m.start + m.text.index(words[2], len(words[0]) + len(words[1]))
                m = Mention(at, m.end, text[at : m.end])
                changed = True
            kept.append(m)
        if changed:
            e.mentions = kept
            words = e.canonical.split()
            if len(words) >= 3 and words[0].lower() in periods and _NUMERAL.fullmatch(words[1]):
                e.canonical = " ".join(words[2:])
    return entities
