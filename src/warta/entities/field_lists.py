"""A body named by its fields may list them with commas and a final `dan`: `Kepala Dinas
Ketahanan Pangan, Kelautan, dan Pertanian (DKPKP)`. The rules stop a name at the comma, so the
body comes out as `Dinas Ketahanan Pangan`; here a mention whose body head takes fields
(data/field_heads.txt) is extended over such a list when every listed field is a plain
capitalised field word (not a name of its own, a head or a given name) and the list closes the
name (a bracketed acronym, a comma, a full stop, a lower-case word, the body's country or the head
or acronym of the body it belongs to follows). A place right after the list is the body's own
region and closes the name with it, whatever follows (`Dinas Pariwisata, Pemuda, dan Olahraga
Kabupaten Ngawi serta …`, `Kepala Balai Karantina Hewan, Ikan, dan Tumbuhan Jawa Tengah Willy …`),
as the gold writes regional offices. One field after `dan` with no comma is a list too
(`Kementerian Komunikasi dan Digital`, `Direktorat Pembelajaran dan Kemahasiswaan`)."""

from __future__ import annotations

import re

from warta.document.model import Entity, Mention
from warta.entities.patterns import lexicon
from warta.entities.words import place_of
from warta.resources import word_set

# a field of a body's name: one to three capitalised words (`Kelautan`, `Pendidikan Dasar`)
FIELD = r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"
# the fields after the cut, none or more with commas and the last after `dan`: `, Kelautan, dan
# Pertanian`, ` dan Menengah`
_LIST = re.compile(rf"((?:, {FIELD})*),? dan ({FIELD})")
# what closes the name after its list: a bracketed acronym, a comma, a full stop or a lower-case word
_CLOSE = re.compile(r" \([A-Z]|[,.]| [a-z]|$")
# or the country the body belongs to (`… Sains, dan Teknologi RI`, `… dan Industri Malaysia`)
_COUNTRY_TAIL = re.compile(rf" (RI|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?={_CLOSE.pattern})")
# or the acronym of the body it belongs to (`… dan Komunikasi Kebencanaan BNPB`, `… IPB University`)
_PARENT_ACRONYM = re.compile(r" [A-Z]{2,}\b")
# a place after the list, with its level's word if written: `Kabupaten Ngawi`, `Jawa Tengah`
_PLACE_TAIL = re.compile(r" (?:(?:Provinsi|Kabupaten|Kab\.|Kota) )?([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})")
# the kinds of place a body's office serves
_REGION_KINDS = frozenset({"country", "province", "city", "regency"})


def _heads() -> frozenset[str]:
    return word_set("warta.entities", "field_heads.txt", lower=True)


def _plain_fields(fields: list[str], heads: frozenset[str]) -> bool:
    """Every field is plain: no head of a body, no given name, no known place; a lone field after
    `dan` opens with no site's head either (`Kantor Presiden dan Istana Negara` are two)."""
    lex = lexicon()
    given = lex.given
    for f in fields:
        if place_of(f) is not None or (len(fields) == 1 and (f.split()[0].lower(),) in lex.loc_start):
            return False
        if any(w.lower() in heads or w in given for w in f.split()):
            return False
    return True


def _closed(text: str, end: int) -> bool:
    """The list closes the body's name: what follows cannot go on with it, or is its country."""
    if _CLOSE.match(text, end):
        return True
    parent = re.match(r" ([A-Z][a-z]+)\b", text[end : end + 30])
    if parent is not None and parent.group(1).lower() in _heads():
        return True  # the body it belongs to follows (`… dan Pendidikan Guru Kementerian …`)
    if _PARENT_ACRONYM.match(text, end):
        return True
    tail = _COUNTRY_TAIL.match(text, end)
    if tail is None:
        return False
    p = place_of(tail.group(1))
    return tail.group(1) == "RI" or (p is not None and p.kind == "country")


def _region_end(text: str, end: int) -> int | None:
    """The end of the place right after a body's field list (its region), else None."""
    got = _PLACE_TAIL.match(text, end)
    if got is None:
        return None
    words = got.group(1).split(" ")
    for n in range(len(words), 0, -1):
        p = place_of(" ".join(words[:n]))
        if p is not None and p.kind in _REGION_KINDS:
            return got.start(1) + len(" ".join(words[:n]))
    return None


def _list_end(text: str, got: re.Match[str]) -> int | None:
    """The end of the name over its field list: the longest last field that closes it (its
    words may run into what follows, `dan Pendidikan Guru Kementerian …`), or that the body's
    region follows, which the name then takes in."""
    last = got.group(2).split(" ")
    for n in range(len(last), 0, -1):
        if any(w.lower() in _heads() for w in last[:n]):
            continue  # the field runs into the head of the body it belongs to (`… Perumahan Kementerian PU`)
        end = got.start(2) + len(" ".join(last[:n]))
        if _closed(text, end):
            return end
        region = _region_end(text, end)
        if region is not None:
            return region
    return None


def _extension(text: str, m: Mention, starts: dict[int, Entity], e: Entity) -> int | None:
    """Where the mention's name really ends when a field list follows it, else None."""
    got = _LIST.match(text, m.end)
    end = _list_end(text, got) if got is not None else None
    if end is None:
        return None
    region = next((s for s, o in starts.items() if m.end < s < end and _ends_at(o, end) and o.label == "LOC"), end)
    for s, other in starts.items():
        if m.end < s < region and other is not e and any(not m.end < x.start < end for x in other.mentions):
            return None  # a field is a name found elsewhere too (`Dinas Pendidikan, Bappenas, dan …`)
    fields = [f.strip() for f in re.split(r",|\bdan\b", text[m.end : region]) if f.strip()]
    if not fields or not _plain_fields(fields, _heads()):
        return None
    return end


def _ends_at(e: Entity, end: int) -> bool:
    """One of the entity's mentions ends at ``end`` (the place closing a body's name)."""
    return any(x.end == end for x in e.mentions)


def extend_field_lists(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities whose body names run on over their own field list, extended over it (an entity
    lying wholly inside the list is dropped)."""
    heads = _heads()
    starts = {mm.start: en for en in entities for mm in en.mentions}
    dropped: set[int] = set()
    for e in entities:
        if e.label != "ORG":
            continue
        for i, m in enumerate(e.mentions):
            first = m.text.split()[0].lower() if m.text.split() else ""
            if first not in heads or "," in m.text:
                continue
            end = _extension(text, m, starts, e)
            if end is None:
                continue
            old = m.text
            e.mentions[i] = Mention(m.start, end, text[m.start : end])
            if e.canonical == old:
                e.canonical = text[m.start : end]
            for o in entities:
                if o is not e:  # a place inside the name is the body's region here, not a mention
                    o.mentions = [x for x in o.mentions if not m.start <= x.start < end] or o.mentions
            dropped |= {id(o) for o in entities if o is not e and all(m.start <= x.start < end for x in o.mentions)}
    return [e for e in entities if id(e) not in dropped]
