"""Persons that are no persons, by their words.

`sistem Moderate List Proportional Representation (MLPR)`, `uji Confirmatory Factor Analysis`,
`kelompok Penyandang Disabilitas`: capitalised words closed by an abstract noun (an ending no
name has, data/concept_suffixes.txt) are a concept, a measure or a programme, which GUIDELINES
counts as no entity; the tagger reads such a run as a person. A "person" with a post, or with a
known given name among its words (`Eric Hartness`), stays.

`penyakit kronis, khususnya Diabetes Melitus (DM) … seperti diabetes melitus`, `Agensi
menjelaskan … oleh agensi yang menaungi`: a "person" whose whole name the article also writes in
lower case, as ordinary words, is a common noun or phrase capitalised where a sentence or a list
opens; no one's name is written so. Not in a handle or an address (`@polda … aiptu sutisna`).

`Key Performance Indicator (KPI)`, `Net Interest (NI)`, `Universal Coverage Health (UCH)`: a
"person" with no post and no known given name that the article spells out before its own initials
is a term or a programme introduced with its acronym, as bodies are; a person named so keeps a
known given name (`Agus Harimurti Yudhoyono (AHY)`), and so does a name after a word that
says it is a person's (`perempuan bernama Suila Rohill (SR)`, data/person_cues.txt).

`umat Hindu`, `agama Khonghucu`, `memandang Marxisme`: a religion or an ideology (data/creeds.txt)
is no person, body or place, but the tagger reads the capitalised word as one; an entity every
mention of which is such a word goes."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from warta.document.model import Entity
from warta.entities.patterns import lexicon
from warta.entities.products import known_person
from warta.resources import word_set

_STEM = 3  # letters before the ending at least: `City` or `Nancy` are no abstract nouns


@cache
def _suffixes() -> tuple[str, ...]:
    return tuple(sorted(word_set("warta.entities", "concept_suffixes.txt", lower=True), key=len, reverse=True))


def _abstract(word: str) -> bool:
    low = word.lower()
    return low.isalpha() and any(low.endswith(s) and len(low) - len(s) >= _STEM for s in _suffixes())


def _drop_unknown_people(entities: list[Entity], unlikely: Callable[[Entity, list[str]], bool]) -> list[Entity]:
    """Entities less the persons with no post and no known given name that ``unlikely`` judges no
    person (the two filters below differ only in that judgement)."""
    given = lexicon().given
    out = []
    for e in entities:
        words = e.canonical.split()
        if e.label == "PER" and not e.role and not any(w in given for w in words) and unlikely(e, words):
            continue
        out.append(e)
    return out


def drop_concepts(entities: list[Entity]) -> list[Entity]:
    """Entities less the persons of two words or more, with no post and no known given name, one
    word of whose name is an abstract noun."""
    return _drop_unknown_people(entities, lambda _e, words: len(words) >= 2 and any(_abstract(w) for w in words))


@cache
def creeds() -> frozenset[str]:
    """Religions and ideologies (data/creeds.txt), lower case."""
    return word_set("warta.entities", "creeds.txt", lower=True)


def drop_creeds(entities: list[Entity]) -> list[Entity]:
    """Entities less those with no post every mention of which is a creed's name (`Hindu`,
    `Marxisme`); a longer name holding one (`Universitas Kristen Indonesia`) stays."""
    return [e for e in entities if e.role or not all(m.text.lower() in creeds() for m in e.mentions)]


_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _initials(words: list[str]) -> str:
    """The capitals a name's acronym is made of: each capitalised word's first letter, each part
    of a hyphenated word counted (`Tae-yong`)."""
    return "".join(p[0].upper() for w in words if w[:1].isupper() for p in w.split("-") if p)


@cache
def _person_cues() -> frozenset[str]:
    return word_set("warta.entities", "person_cues.txt", lower=True)


def _after_person_cue(text: str, e: Entity) -> bool:
    """A word of data/person_cues.txt stands among the two words before one of the mentions."""
    cues = _person_cues()
    return any(
        w.strip(",.:;()").lower() in cues for m in e.mentions for w in text[max(0, m.start - 30) : m.start].split()[-2:]
    )


def _spelled_before_initials(e: Entity, words: list[str]) -> bool:
    """One of the entity's mentions is the acronym of its name: its initials, those of its last
    words (`Second Nationally Determined Contribution` … `NDC`), or the initials after a head word
    left out of the name (`Beasiswa Santri Berprestasi` … `PBSB`)."""
    if len(words) < 2:
        return False
    tails = {_initials(words[i:]) for i in range(len(words) - 1)}
    for m in e.mentions:
        a = m.text
        if _ACRONYM.fullmatch(a) and (a in tails or a[1:] == _initials(words)):
            return True
    return False


def drop_spelled_terms(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities less the persons with no post and no known given name written out before their
    own initials, with no word before them that says they are a person."""
    return _drop_unknown_people(
        entities, lambda e, words: _spelled_before_initials(e, words) and not _after_person_cue(text, e)
    )


def _written_lower(text: str, name: str) -> bool:
    """``name`` stands in the text in lower case as words of a sentence, not of a handle, a tag,
    an address or a line that also holds a handle (a social-media post writes names so)."""
    low = name.lower()
    if low not in text:
        return False
    for m in re.finditer(rf"(?<![\w@#/.-]){re.escape(low)}(?![\w-])", text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if "@" not in text[line_start : line_end if line_end != -1 else len(text)]:
            return True
    return False


def drop_lower_case_people(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities less the persons with no post, no known name, whose name the text also writes in
    lower case."""
    return _drop_unknown_people(
        entities,
        lambda e, words: (
            e.canonical != e.canonical.lower()
            and not (len(words) == 1 and known_person(words[0]))
            and _written_lower(text, e.canonical)
        ),
    )


# a count in figures standing alone (`12 Kantor …`), not the tail of a number (`0984/B/… 2025`)
_FIGURE = re.compile(r"(?<![\w/.,-])\d{1,3}$")


def _counted(text: str, start: int) -> bool:
    """The word right before ``start`` counts or sums up a kind (data/class_counts.txt), or is a
    figure not numbering a name before it (not `Tim Tekab 308 Polres …`)."""
    words = text[max(0, start - 30) : start].split()
    if not words or text[start - 1 : start] != " ":  # (not text[:start]: a copy of the text so far)
        return False
    if _FIGURE.search(words[-1]):
        return len(words) < 2 or not words[-2][:1].isupper()
    return words[-1].lower() in word_set("warta.entities", "class_counts.txt", lower=True)


def drop_counted_classes(text: str, entities: list[Entity]) -> list[Entity]:
    """`diikuti oleh lima Perwira Menengah (Pamen) Polri`, `berkoordinasi dengan seluruh Dinas
    Sosial`: an organisation with no post named only in words right after a count (and in the
    brackets of its own short form) is a kind of body the writer capitalises, not a body
    GUIDELINES counts. A lone acronym after a figure is a body's (`peringkat 23 BWF`)."""
    out = []
    for e in entities:
        if e.label == "ORG" and not e.role:
            ends = {m.end for m in e.mentions}
            counted = [m for m in e.mentions if " " in m.text and not m.text.isupper() and _counted(text, m.start)]
            bracketed = [m for m in e.mentions if text[max(0, m.start - 2) : m.start] == " (" and m.start - 2 in ends]
            if counted and len(counted) + len(bracketed) == len(e.mentions):
                continue
        out.append(e)
    return out
