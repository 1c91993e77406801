"""`Bayern Muenchen … Bayern`, `Detroit Pistons … Pistons`, `Express Group … taksi Express`: a
body or a place named in full and then by its first or last word alone; the tagger reads the lone
word as a person. A "person" that opens or closes the name of exactly one body or
place of the article is that body's or place's short name, even with a post the title rules
gave it (`pemain Bayern`, `Gelandang Spanyol Athens`: the post is a player's of that club,
written before the club), and so are its first or last few words (`juru bicara Daewoo
Shipbuilding` … Daewoo Shipbuilding & Marine Engineering Co Ltd), when the longer name shows
it is one (a head word, `Group`, `Candi`; a known place or town, `Detroit`; `The`; a known body)
and no known given name stands in it: `Garbine Muguruza … Muguruza`, read as a body, is the
player, and so the lone word stays a person. A body named by the first words of another body's
name (`Badan Gizi … Badan Gizi Nasional`) is that body too (join_clipped_bodies)."""

from __future__ import annotations

import re

from warta.document.model import Entity
from warta.entities import gazetteer as gz
from warta.entities.patterns import lexicon
from warta.entities.products import known_person
from warta.resources import word_set

_LEVELS = frozenset(("provinsi", "kabupaten", "kota"))  # a region's level before its name
_COMPANY_FORM = re.compile(r"(?:PT|CV|Perum)\.?")


def _ends(e: Entity) -> set[str]:
    """The opening and closing words (one or more, never all) of the entity's names."""
    out: set[str] = set()
    for name in {e.canonical, *(m.text for m in e.mentions)}:
        words = name.split()
        for k in range(1, len(words)):
            out.update((" ".join(words[:k]), " ".join(words[-k:])))
    return out


def _personal(e: Entity, given: frozenset[str]) -> bool:
    """A known given name among the words of the entity's names."""
    return any(w in given for name in {e.canonical, *(m.text for m in e.mentions)} for w in name.split())


def _bodily(e: Entity) -> bool:
    """The entity's canonical name shows a body or a place: a head word opening or closing it, a
    known place or town abroad among its words, `The` first, or a known body."""
    lex = lexicon()
    words = e.canonical.split()
    low = [w.lower() for w in words]
    if low[0] == "the" or e.canonical in gz.organisations() or low[-1] in lex.org_end or low[-1] in lex.loc_end:
        return True
    if any(tuple(low[:k]) in lex.org_start or tuple(low[:k]) in lex.loc_start for k in (1, 2)):
        return True
    return any(gz.place(w) is not None or gz.town_abroad(w) for w in words)


def join_short_bodies(entities: list[Entity]) -> list[Entity]:
    """Entities with each lone word of a longer body or place name moved to that entity."""
    given = lexicon().given
    wholes = [e for e in entities if e.label in ("ORG", "LOC")]
    gone: set[int] = set()
    for e in entities:
        word = e.canonical
        if e.label != "PER" or any(w in given for w in word.split()) or known_person(word):
            continue
        homes = [o for o in wholes if word in _ends(o)]
        if len(homes) != 1 or _personal(homes[0], given) or not _bodily(homes[0]):
            continue
        home = homes[0]
        home.mentions = sorted([*home.mentions, *e.mentions], key=lambda m: m.start)
        gone.add(id(e))
    return [e for e in entities if id(e) not in gone]


def _words(name: str) -> frozenset[str]:
    """The lower-case words of a data list (data/<name>)."""
    return word_set("warta.entities", name, lower=True)


def _plain_tail(tail: list[str]) -> bool:
    """No word of the tail makes a sister body or a model: a sister word (`Daerah`, `Syariah`),
    a number or a word with a digit (`Nokia 7 Plus`, `Tech 3`), a lone letter (`U`, `S`)."""
    sisters = _words("sister_tails.txt")
    return not any(w.lower() in sisters or re.search(r"\d", w) or len(w) == 1 for w in tail)


def _closing_tail(tail: list[str], short: str) -> bool:
    """The words closing a body's full name after its one-word short form: one place (`Persib
    Bandung`), a legal form or club word (`Arema FC`), a known body (`Bareskrim Polri`), a
    capitalised word after an acronym (`BPJS Kesehatan`), or a
    region's level and its name (`DPRD Kota Blitar`, `BPBD Kabupaten Jember`)."""
    if len(tail) == 1:
        word = tail[0]
        if short.isupper() and len(short) >= 3 and word[0].isupper() and not word.isupper():
            return True  # an acronym's one-word branch or field: `BPJS Kesehatan`, `BMKG Makassar`
        return word.lower() in _words("legal_tails.txt") or gz.place(word) is not None or word in gz.organisations()
    return tail[0].lower() in _LEVELS and gz.place(" ".join(tail[1:])) is not None


def _regional_office(words: list[str], tail: list[str]) -> bool:
    """A national body's name (`… Nasional`, `… Indonesia`) followed by a region (`Provinsi Jawa
    Tengah`, `Makassar`) names its regional office, not the body itself."""
    ends = _words("national_ends.txt")
    if " ".join(words[-2:]).lower() not in ends and words[-1].lower() not in ends:
        return False
    return any(w.lower() in _LEVELS or gz.place(w) is not None for w in tail)


def _clipped_of(short: Entity, whole: Entity) -> bool:
    """``whole``'s name is ``short``'s words followed by a tail that leaves it the same body:
    after two words or more any plain tail (`Badan Gizi Nasional`, `Dinas Kesehatan Kabupaten
    Gresik`), after one word (a legal form aside) a closing word or region (`Persib Bandung`,
    `DPRD Kota Blitar`; not `PT Pertamina Hulu Mahakam`); never after a numbered name (`SMAN 10 …`)."""
    words, full = short.canonical.split(), whole.canonical.split()
    if len(full) <= len(words) or full[: len(words)] != words or re.search(r"\d", words[-1]):
        return False
    tail = full[len(words) :]
    if not _plain_tail(tail):
        return False
    if _regional_office(words, tail):
        return False
    core = len(words) - (1 if _COMPANY_FORM.fullmatch(words[0]) else 0)  # `PT Pertamina Hulu Mahakam`
    return core >= 2 or _closing_tail(tail, words[0])


def join_clipped_bodies(entities: list[Entity]) -> list[Entity]:
    """`Badan Gizi Nasional … Badan Gizi`, `West Ham United … West Ham`, `DPRD Kota Malang …
    DPRD`: a body named by the first words of exactly one other body's name in the article is
    that body (the annotated sets join these 67 times to 3), unless the rest of the name makes a
    sister body or a model (`Dewan Perwakilan Rakyat Daerah`, `Bank Mega Syariah`, `Nokia 7`)."""
    bodies = [e for e in entities if e.label == "ORG"]
    gone: set[int] = set()
    for short in bodies:
        longer = [o for o in entities if o is not short and o.canonical.startswith(short.canonical + " ")]
        if len(longer) != 1 or longer[0].label != "ORG" or id(longer[0]) in gone:
            continue
        whole = longer[0]
        if not _clipped_of(short, whole):
            continue
        whole.mentions = sorted([*whole.mentions, *short.mentions], key=lambda m: m.start)
        whole.role = whole.role or short.role
        gone.add(id(short))
    return [e for e in entities if id(e) not in gone]
