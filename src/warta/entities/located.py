"""Places the tagger read as people because they are listed after a place that a locative opens
(`di Sunter dan Rawa Teratai, Cakung juga`): a list that starts at a place after `di` goes on
naming places, so an unknown roleless name joined to it by `dan`/`serta`, or a name the
gazetteer knows as a place joined to it by a comma, is a place too."""

from __future__ import annotations

import re

from warta.document.model import Entity, Mention
from warta.entities.gazetteer import place
from warta.entities.patterns import lexicon

_NAME_WORD = re.compile(r"[A-Z][a-z]+$")
# the preposition of place that opens the list
_LOCATIVE = re.compile(r"(?<![\w-])(?i:di|ke|menuju)\s+$")
# how the next name joins the list: a conjunction (any unknown name), or a comma (known places only)
_AND = re.compile(r"(?:,? (?:dan|serta) )$")
_COMMA = re.compile(r", $")


def _plain_unknown(name: str, given: frozenset[str]) -> bool:
    words = name.split(" ")
    return len(words) <= 3 and all(_NAME_WORD.match(w) and w not in given for w in words)


def people_listed_after_a_place(text: str, entities: list[Entity]) -> None:
    """A roleless PER named once and listed right after a located place becomes a LOC (the
    country is left to the places layer)."""
    given = lexicon().given
    spans = sorted(((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda x: x[0])
    located: set[int] = set()  # ends of place mentions a list of places runs through
    for start, end, e in spans:
        before = text[max(0, start - 12) : start]
        if e.label == "LOC":
            if _LOCATIVE.search(before):
                located.add(end)
            continue
        if e.label != "PER" or e.role or len(e.mentions) != 1:
            continue
        for gap in (_AND, _COMMA):
            m = gap.search(before)
            if not m or (start - (len(before) - m.start())) not in located:
                continue
            known = place(e.canonical) is not None
            if known or (gap is _AND and _plain_unknown(e.canonical, given)):
                e.label, e.country = "LOC", None
                located.add(end)
            break


# a head word written in lower case before a place's name (`di Jakarta dan kepulauan Seribu`)
_LOWER_HEAD = re.compile(r"(?<![\w-])([a-z]+) $")


def lower_heads_kept(text: str, entities: list[Entity]) -> None:
    """A LOC no gazetteer knows by its bare name (`Seribu`) that a lower-case word opens into a
    known place (`kepulauan Seribu` = Kepulauan Seribu) takes that word into its mention: the
    tagger leaves off a head written in lower case."""
    for e in entities:
        if e.label != "LOC" or place(e.canonical) is not None:
            continue
        grown = []
        for m in e.mentions:
            hit = _LOWER_HEAD.search(text, max(0, m.start - 16), m.start)
            if hit is None or place(f"{hit.group(1).capitalize()} {m.text}") is None:
                grown.append(m)
                continue
            start = hit.start(1)
            grown.append(Mention(start, m.end, text[start : m.end]))
        if grown != e.mentions:
            e.mentions = grown
            e.canonical = max((m.text for m in grown), key=len)
