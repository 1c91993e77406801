"""Organisations named inside a longer name: ``Fakultas Hukum UGM`` is a unit of ``UGM``,
``Studio Trans7`` a site of ``Trans7``, ``SIPP PN Jakut`` a service of ``PN Jakut``. A reader
lists the organisation the unit belongs to; the longer name stays one entity and the known
organisation closing it is added as an entity of its own (or one more mention of it)."""

from __future__ import annotations

from warta.document.model import Entity, Mention
from warta.entities import gazetteer as gz
from warta.entities.candidates import COMPANY_FORMS
from warta.entities.patterns import lexicon
from warta.entities.words import org_of
from warta.resources import word_set

# Words before an organisation's name that make one name with it, not a unit of it
# (`PT Pertamina`, `Bank BCA`, `The Guardian`, `Mabes Polri`): the same body, nothing nested.
_SAME_BODY = COMPANY_FORMS | frozenset(
    ("the", "bank", "grup", "group", "partai", "klub", "perusahaan", "maskapai", "mabes", "markas")
)


def _fold(s: str) -> str:
    return " ".join(s.split()).casefold()


def _inner(text: str, known: dict[str, str]) -> int | None:
    """Character offset of the longest known organisation that closes ``text`` after at least
    one capitalised word (or of a parent body closing a unit's name, `_headed_parent`), or None."""
    words = text.split(" ")
    if len(words) < 2:
        return None
    for k in range(1, len(words)):
        tail = " ".join(words[k:])
        if _headed_parent(words, k):
            return len(" ".join(words[:k])) + 1
        if tail not in known or not words[k - 1][:1].isupper():
            continue
        if k == 1 and words[0].casefold().rstrip(".") in _SAME_BODY:
            return None
        return len(" ".join(words[:k])) + 1
    return None


_CONNECTORS = frozenset(("dan", "&"))


def _name_word(w: str) -> bool:
    """A word of a unit's or a body's own name: capitalised, a number, or in brackets."""
    return w[:1].isupper() or w[:1].isdigit() or w[:1] == "("


def _headed_parent(words: list[str], k: int) -> bool:
    """``words[k:]`` is the parent body closing a unit's or a site's name: the name opens with a
    unit's or a site's head word (data/inner_unit_heads.txt: `Komisi`, `Komite`, `Fakultas`,
    `Gedung`) and a word of the unit's own (`Komisi III`, `Komite Disiplin`); the parent opens
    with a body's head word (data/inner_parent_heads.txt) and has two words or more (`Federasi
    Sepak Bola Prancis`, `Universitas Islam Indonesia`); a listed body with the country's `RI`
    is left (`Komisi XI DPR RI`: the MINE gold lists the commission alone). Not after `dan` or a
    comma: `Kesyahbandaran dan Otoritas Pelabuhan` names one office."""
    if k < 2 or words[0].lower() not in word_set("warta.entities", "inner_unit_heads.txt", lower=True):
        return False
    own = words[1:k]
    if not all(_name_word(w) or w in _CONNECTORS for w in own) or own[-1] in _CONNECTORS or own[-1].endswith(","):
        return False
    tail = words[k:]
    return (
        len(tail) >= 2
        and tail[0][:1].isupper()
        and tail[0].lower() in word_set("warta.entities", "inner_parent_heads.txt", lower=True)
        and all(_name_word(w) or w in _CONNECTORS for w in tail)
        and tail[-1] not in _CONNECTORS
    )


def inner_orgs(text: str, entities: list[Entity]) -> list[Entity]:
    """Add the known organisation that closes an ORG or LOC name as an ORG entity, when the
    article names it nowhere else (same offsets inside the longer mention)."""
    known = gz.organisations()
    found: list[tuple[Mention, str]] = []
    for e in entities:
        if e.label not in ("ORG", "LOC"):
            continue
        for m in e.mentions:
            if " " not in m.text:
                continue
            off = _inner(" ".join(m.text.split()), known)
            if off is None or len(m.text) != len(" ".join(m.text.split())):
                continue
            s = m.start + off
            found.append((Mention(s, m.end, text[s : m.end]), _fold(m.text[off:])))
    if not found:
        return entities
    by_name: dict[str, Entity] = {}
    for e in entities:
        for n in (e.canonical, *(m.text for m in e.mentions)):
            by_name.setdefault(_fold(n), e)
    added: dict[str, Entity] = {}
    for mention, key in found:
        if key in by_name or _fold(org_of(mention.text) or "") in by_name:
            continue  # already an entity of the article: nothing is missing
        e = added.get(key)
        if e is None:
            e = added[key] = Entity(mention.text, "ORG", [])
        e.mentions.append(mention)
    if not added:
        return entities
    return sorted([*entities, *added.values()], key=lambda e: e.mentions[0].start)


# `Kantor Pusat X`, `Kantor Wilayah X`: which office of the body; the body's name follows
_OFFICE_QUALIFIERS = frozenset(("pusat", "cabang", "wilayah", "perwakilan"))


def _office_body(name: str) -> int | None:
    """Offset of the body's name in an office's name (`Kantor Kementerian Keuangan` → 7): after
    `Kantor` (and a qualifier), a body's head word (`Kementerian`, `Badan`, `Dinas`) opening at
    least two words, or an acronym alone (`Kantor KPU`)."""
    words = name.split(" ")
    if words[0] != "Kantor":
        return None
    k = 1
    while k < len(words) and words[k].lower() in _OFFICE_QUALIFIERS:
        k += 1
    rest = words[k:]
    if not rest or not rest[0][:1].isupper():
        return None
    lex = lexicon()
    headed = len(rest) >= 2 and (rest[0].lower(),) in lex.org_start and rest[0].lower() not in _OFFICE_QUALIFIERS
    acronym = len(rest) == 1 and len(rest[0]) >= 2 and rest[0].isupper()
    return len(" ".join(words[:k])) + 1 if headed or acronym else None


def office_bodies(text: str, entities: list[Entity]) -> list[Entity]:
    """`ujar Purbaya di Kantor Kementerian Keuangan`: the office is a place, and the body whose
    office it is is named too (a reader lists `Kementerian Keuangan`). Added as an ORG inside the
    place's mention when the article names the body nowhere else (by name or short form)."""
    names: set[str] = set()
    for e in entities:
        for n in (e.canonical, *(m.text for m in e.mentions)):
            names.add(_fold(n))
            full = org_of(n)
            if full:
                names.add(_fold(full))
    added: dict[str, Entity] = {}
    for e in entities:
        if e.label != "LOC":
            continue
        for m in e.mentions:
            off = _office_body(m.text)
            if off is None or len(m.text) != len(" ".join(m.text.split())):
                continue
            body = m.text[off:]
            key = _fold(body)
            if key in names or _fold(org_of(body) or "") in names:
                continue
            s = m.start + off
            added.setdefault(key, Entity(body, "ORG", [])).mentions.append(Mention(s, m.end, text[s : m.end]))
    if not added:
        return entities
    return sorted([*entities, *added.values()], key=lambda e: e.mentions[0].start)
