"""Words right before a body's name that belong to it, and words that do not.

`Kanwil Kementerian HAM Jawa Barat`, `Bidang Propam Polda Metro Jaya`: a regional office or a
unit word (or `Cabang` before a Dinas) written before a body's name opens a longer name (the rules' runs start after it, since
the word alone is a common noun). Not after a title (`Kepala Bidang Propam …` is a post, which
``fragments.drop_posted_units`` reads).

`Ketua Dewan Direksi Ortus Holdings`, `Rapat Dewan Gubernur BI`: a board is the body's organ; the
organisation named is the company or the bank after it, so the board words are cut off and the
mention joins that body when the article names it too.

`Klub Persija`, `Kelompok ISIS`, `Legenda Manchester United`, `Agen First Travel`: a common noun that
says what the body is, or what a person is to it (data/descriptor_nouns.txt), capitalised before a
body the article also names without it, is no part of the name; it is cut off the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from warta.document.model import Entity, Mention
from warta.entities import gazetteer as gz
from warta.entities.fragments import _titled_before
from warta.entities.patterns import lexicon
from warta.entities.regional_bodies import region_heads
from warta.resources import word_set

# capitalised words (as written) that open a longer body's name when they stand before one
_OPENERS = re.compile(r"(?:Kanwil|Kantor Wilayah|Bidang|Biro|Subdit|Subbid|Seksi|Cabang|Dit[a-z]{4,}|Sat[a-z]{4,}) $")
_BOARD = re.compile(
    r"(?:Dewan (?:Direksi|Komisaris|Komisioner|Gubernur|Pengawas)|Direksi|Komisaris|Jajaran Direksi) (?=[A-Z])"
)


def _fold(s: str) -> str:
    return " ".join(s.split()).casefold()


def _rename(e: Entity, old: Mention, new: Mention) -> None:
    e.mentions[e.mentions.index(old)] = new
    if e.canonical == old.text:
        e.canonical = new.text


def opened_bodies(text: str, entities: list[Entity]) -> list[Entity]:
    """Bodies whose mention an office or unit word opens, with the word taken in."""
    grown: list[tuple[int, int]] = []
    for e in entities:
        if e.label != "ORG":
            continue
        for m in list(e.mentions):
            line_start = text.rfind("\n", 0, m.start) + 1
            hit = _OPENERS.search(text, max(line_start, m.start - 20), m.start)
            if hit is None or hit.end() != m.start or _titled_before(text, hit.start()):
                continue
            if hit.group().startswith("Cabang") and not m.text.startswith("Dinas "):
                continue  # `Cabang Dinas Pendidikan` is a body's branch; `Cabang BCA` stays the bank
            if hit.group()[:3] in ("Dit", "Sat") and not m.text.startswith("Pol"):
                continue  # a police directorate or unit (`Ditlantas Polda Metro Jaya`, `Satreskrim Polres …`)
            new = Mention(hit.start(), m.end, text[hit.start() : m.end])
            _rename(e, m, new)
            grown.append((new.start, m.start))
    if not grown:
        return entities
    # a piece the longer name took in
    return _without(entities, lambda m: any(s <= m.start and m.end <= t for s, t in grown))


def _cut_fronts(
    text: str,
    entities: list[Entity],
    cuttable: Callable[[Entity], bool],
    cut_at: Callable[[Mention, dict[str, Entity]], int | None],
) -> list[Entity]:
    """Entities with the mentions ``cut_at`` cuts (it gives where the body's name starts, or None)
    cut there: the cut mention joins the body of that name when it is another entity."""
    named = {_fold(n): e for e in entities if e.label == "ORG" for n in (e.canonical, *(x.text for x in e.mentions))}
    out = []
    for e in entities:
        cut = False
        if cuttable(e):
            for m in list(e.mentions):
                s = cut_at(m, named)
                if s is None:
                    continue
                cut = True
                new = Mention(s, m.end, text[s : m.end])
                owner = named.get(_fold(new.text))
                if owner is not None and owner is not e:
                    e.mentions.remove(m)
                    owner.mentions = sorted([*owner.mentions, new], key=lambda x: x.start)
                else:
                    _rename(e, m, new)
        if not e.mentions:
            continue
        if cut and e.canonical not in {m.text for m in e.mentions}:
            e.canonical = max((m.text for m in e.mentions), key=len)
        out.append(e)
    return out


def boards_cut(text: str, entities: list[Entity]) -> list[Entity]:
    """Bodies named through their board, cut to the body (joined to it when it is an entity)."""

    def after_board(m: Mention, _named: dict[str, Entity]) -> int | None:
        hit = _BOARD.match(m.text)
        return None if hit is None else m.start + hit.end()

    return _cut_fronts(text, entities, lambda e: e.label == "ORG", after_board)


@cache
def _descriptors() -> frozenset[str]:
    return word_set("warta.entities", "descriptor_nouns.txt", lower=True)


def descriptors_cut(text: str, entities: list[Entity]) -> list[Entity]:
    """Bodies named with a describing noun before them (`Klub Persija`), cut to the body when the
    article names that body without the noun (the mention joins it); the tagger may have read the
    run as a person (`Agen First Travel`)."""

    def after_noun(m: Mention, named: dict[str, Entity]) -> int | None:
        noun, _, rest = m.text.partition(" ")
        known = noun.lower() in _descriptors() and rest[:1].isupper() and _fold(rest) in named
        return m.end - len(rest) if known else None

    return _cut_fronts(text, entities, lambda e: e.label == "ORG" or (e.label == "PER" and not e.role), after_noun)


# a company's legal form before its name (`PT Pertamina`, `PT. Freeport Indonesia`, `Perum Bulog`)
COMPANY_FORM = re.compile(r"(?:PT\.?|CV\.?|Perum|Persero) (?=[A-Z])")


def company_forms(entities: list[Entity]) -> list[Entity]:
    """`PT Pertamina (Persero)` and `Pertamina` in one article are one company: the bare name's
    mentions join the entity written with the legal form (its fuller name stays canonical)."""
    formed: dict[str, Entity] = {}
    for e in entities:
        if e.label == "ORG":
            hit = COMPANY_FORM.match(e.canonical)
            if hit is not None:
                formed.setdefault(_fold(e.canonical[hit.end() :]), e)
    if not formed:
        return entities
    out = []
    for e in entities:
        owner = formed.get(_fold(e.canonical)) if e.label == "ORG" else None
        if owner is not None and owner is not e:
            owner.mentions = sorted([*owner.mentions, *e.mentions], key=lambda m: m.start)
            continue
        out.append(e)
    return out


# kinds of place a `Kota` can be (a district or a village is no city: `Hutan Kota Sukarame`)
_TOWNS = frozenset(("city", "regency", "province", "country"))


def _site_head(e: Entity) -> bool:
    words = e.canonical.lower().split()
    starts = lexicon().loc_start
    return (
        e.label == "LOC"
        and len(words) >= 2
        and words[0] not in region_heads()
        and any(tuple(words[:k]) in starts for k in (1, 2))
    )


def site_towns_unknown(text: str, entities: list[Entity]) -> list[Entity]:
    """`Taman Hutan | Kota Srengreng`: a site's name, then `Kota` and a word no list knows as a
    town, is one site (`Hutan Kota`, `Taman Kota` are kinds of park): the second piece joins the
    first. A known city or regency (`Masjid Agung Kota Bandung`) stays a place of its own."""
    starts = {m.start: (e, m) for e in entities if e.label == "LOC" for m in e.mentions}
    taken: set[int] = set()
    for e in entities:
        if not _site_head(e):
            continue
        for m in list(e.mentions):
            nxt = starts.get(m.end + 1)
            if nxt is None or text[m.end] != " " or nxt[0] is e:
                continue
            _, n = nxt
            rest = n.text.split(" ", 1)
            town = gz.place(rest[1]) if len(rest) == 2 else None
            if len(rest) < 2 or rest[0] != "Kota" or (town is not None and town.kind in _TOWNS):
                continue
            _rename(e, m, Mention(m.start, n.end, text[m.start : n.end]))
            taken.add(n.start)
    if not taken:
        return entities
    return _without(entities, lambda m: m.start in taken)


def _without(entities: list[Entity], gone: Callable[[Mention], bool]) -> list[Entity]:
    """Entities without the mentions ``gone`` says were taken into another name; an entity left
    with none is dropped, and one whose canonical went is named by its longest mention left."""
    out = []
    for e in entities:
        kept = [m for m in e.mentions if not gone(m)]
        if len(kept) < len(e.mentions):
            if not kept:
                continue
            e.mentions = kept
            if e.canonical not in {m.text for m in kept}:
                e.canonical = max((m.text for m in kept), key=len)
        out.append(e)
    return out
