"""Labels the whole article settles: a province or city read as a body (`Nusa Tenggara Barat (NTB)`,
`Ibu Kota Nusantara (IKN)`) is a place; an unknown "place" listed among people (`Jerome Polin
hingga Salsa Erwina Hutagalung`) is a person; an unknown single-word "person" listed after a
place (`di Napu, Bada.`) is a place."""

from __future__ import annotations

import re

from warta.document.model import Entity
from warta.entities import located
from warta.entities.gazetteer import ADMIN_HEADS, country_of, is_country, known_place, place
from warta.entities.patterns import lexicon
from warta.entities.posted_bodies import BRAND_WORD
from warta.entities.products import known_person, uncued_after, word_before
from warta.resources import word_set

_PLACE_KINDS = frozenset(("province", "city", "regency"))
_LIST_GAP = (", ", " dan ", ", dan ", " hingga ", ", hingga ", " serta ", ", serta ")
_NAME_WORD = re.compile(r"[A-Z][a-z]+$")
# the preposition of place right before a name: what is `di` a name is a place, seldom a person;
# in an address the place before must itself follow one (`di Napu, Bada.`): not a list of players
_LOCATIVE = re.compile(r"\b(?:di|ke|dari|menuju)\s+$")


def _known_place(name: str) -> bool:
    p = place(name)
    return p is not None and p.kind in _PLACE_KINDS


def _known_town(name: str) -> bool:
    """A known province, regency or city, also written as one word (`Bandarlampung` for `Bandar
    Lampung`, as Antara writes it)."""
    if _known_place(name):
        return True
    if " " in name or not name.isalpha() or len(name) > 24:
        return False
    return any(_known_place(f"{name[:i]} {name[i:].capitalize()}") for i in range(3, len(name) - 2))


def places_read_as_bodies(entities: list[Entity]) -> list[Entity]:
    """An ORG every name of which is a known province or city, named in two words or more; a
    place entity of one of its names joins it."""
    moved = []
    for e in entities:
        if (
            e.label == "ORG"
            and len(e.canonical.split()) >= 2
            and all(_known_place(n) for n in (e.canonical, *(m.text for m in e.mentions)))
        ):
            e.label = "LOC"
            e.country = country_of(e.canonical)
            e.role = None
            moved.append(e)
    drop: set[int] = set()
    for e in moved:
        names = {e.canonical, *(m.text for m in e.mentions)}
        for o in entities:
            if o is not e and o.label == "LOC" and id(o) not in drop and all(m.text in names for m in o.mentions):
                seen = {(m.start, m.end) for m in e.mentions}
                extra = [m for m in o.mentions if (m.start, m.end) not in seen]
                e.mentions = sorted([*e.mentions, *extra], key=lambda m: m.start)
                drop.add(id(o))
    return [e for e in entities if id(e) not in drop]


def _ends(entities: list[Entity], label: str) -> tuple[set[int], set[int]]:
    ms = [m for e in entities if e.label == label for m in e.mentions]
    return {m.start for m in ms}, {m.end for m in ms}


def _next_to(text: str, start: int, end: int, starts: set[int], ends: set[int]) -> bool:
    for gap in _LIST_GAP:
        if text.startswith(gap, end) and end + len(gap) in starts:
            return True
        if start - len(gap) >= 0 and text.startswith(gap, start - len(gap)) and start - len(gap) in ends:
            return True
    return False


def people_read_as_places(text: str, entities: list[Entity]) -> None:
    """A LOC no gazetteer knows, named once in plain name words, listed next to a person."""
    starts, ends = _ends(entities, "PER")
    for e in entities:
        if e.label != "LOC" or len(e.mentions) != 1 or country_of(e.canonical) is not None:
            continue
        m = e.mentions[0]
        words = m.text.split()
        if len(words) < 2 or not all(_NAME_WORD.match(w) for w in words):
            continue
        if words[0].lower() in ADMIN_HEADS or (words[0].lower(),) in lexicon().loc_start:
            continue  # `Kecamatan Palembayan`, `Jalan Kertanegara`: a place's head word says it is one, whatever its neighbours
        if _next_to(text, m.start, m.end, starts, ends):
            e.label, e.country = "PER", None


def _kin_before(text: str, start: int, per_ends: set[int], kin: frozenset[str]) -> bool:
    """`istri Atim, Sanya`, `istrinya, Sanya`, `anaknya Sanya`: the name set off after a kinship noun."""
    before = text[max(0, start - 60) : start]
    own = re.search(r"\b([a-z]+)nya,? $", before)
    if own and own.group(1) in kin:
        return True
    if not before.endswith(", "):
        return False
    for end in per_ends:
        if end == start - 2:
            words = text[max(0, end - 60) : end].split()
            head = re.search(r"\b([a-z]+) [A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}$", text[max(0, end - 60) : end])
            return bool(words) and head is not None and head.group(1) in kin
    return False


def people_read_as_places_by_kin_or_name(text: str, entities: list[Entity]) -> None:
    """A LOC named at most twice and set off after a kinship noun (`istri Atim, Sanya,`), or one
    no gazetteer knows that opens with a known given name in two plain name words or more and no place's head
    (`melalui Budi Santoso dan Kupang`) and never stands right after di/ke/dari/menuju: a person."""
    kin = word_set("warta.entities", "kin_words.txt", lower=True)
    lex = lexicon()
    per_ends = {m.end for e in entities if e.label == "PER" for m in e.mentions}
    for e in entities:
        if e.label != "LOC":
            continue
        if len(e.mentions) <= 2 and any(_kin_before(text, m.start, per_ends, kin) for m in e.mentions):
            e.label, e.country = "PER", None  # the kin says so, even of a town's name (`istri Atim, Sanya`)
            continue
        if country_of(e.canonical) is not None or place(e.canonical) is not None:
            continue
        if any(_LOCATIVE.search(text[max(0, m.start - 8) : m.start]) for m in e.mentions):
            continue  # `terjadi di Daan Mogot`: a street named after a person is still the street
        words = e.canonical.split()
        named = (
            len(words) >= 2
            and all(_NAME_WORD.match(w) for w in words)
            and words[0] in lex.given
            and (words[0].lower(),) not in lex.loc_start
            and words[0].lower() not in ADMIN_HEADS
        )
        if named:
            e.label, e.country = "PER", None


# what may follow the last place of an address: the sentence's end or a preposition that opens
# what happened there (`di Kecamatan Palembayan, Salareh Aia untuk melakukan pemetaan`)
_ADDRESS_END = re.compile(r"[.;]| (?:untuk|guna|pada|sejak) ")


def places_read_as_people(text: str, entities: list[Entity]) -> None:
    """A PER of plain name words, named once, no known given name and no role, written right
    after a place that follows a locative and closing the sentence or the address (`Patung
    Megalitik di Napu, Bada.`): the smaller place of an address."""
    loc_at = {m.end: m.start for e in entities if e.label == "LOC" for m in e.mentions}
    given = lexicon().given
    for e in entities:
        if e.label != "PER" or len(e.mentions) != 1 or e.role:
            continue
        m = e.mentions[0]
        words = m.text.split(" ")
        if len(words) > 2 or any(w in given or not _NAME_WORD.match(w) for w in words):
            continue
        before = loc_at.get(m.start - 2)
        if (
            before is not None
            and text.startswith(", ", m.start - 2)
            and _LOCATIVE.search(text, max(0, before - 8), before)
            and _ADDRESS_END.match(text, m.end)
        ):
            e.label = "LOC"


def cities_read_as_people(text: str, entities: list[Entity]) -> None:
    """A PER with no role whose every name is a known Indonesian province, regency or city, no
    known given name, named at least once right after di/ke/dari/menuju (`di Bandarlampung`):
    the town, which a title before it (`Kepala BBPOM Bandarlampung`) made look like a person."""
    given = lexicon().given
    for e in entities:
        if e.label != "PER" or e.role:
            continue
        names = {e.canonical, *(m.text for m in e.mentions)}
        if any(w in given for n in names for w in n.split()) or not all(_known_town(n) for n in names):
            continue
        if any(_LOCATIVE.search(text, max(0, m.start - 8), m.start) for m in e.mentions):
            e.label = "LOC"
            e.country = country_of(e.canonical)


def people_read_as_bodies(text: str, entities: list[Entity]) -> None:
    """A PER with no role that an appositive calls a company (`Lockheed Martin, perusahaan …`) or
    that follows a person, a comma and a post held at a body (`Jed Dorsheimer, analis di William
    Blair`, `Ivana Delevska, pendiri Spear Invest`): the body, named like a person."""
    after = word_set("warta.entities", "body_appositives.txt", lower=True)
    posts = word_set("warta.entities", "body_posts.txt", lower=True)
    per_ends = {m.end for e in entities if e.label == "PER" for m in e.mentions}
    for e in entities:
        if e.label != "PER" or e.role:
            continue
        for m in e.mentions:
            nxt = text[m.end : m.end + 40]
            called = nxt.startswith(", ") and any(re.match(re.escape(w) + r"\b", nxt[2:].lower()) for w in after)
            line = text[max(0, m.start - 60) : m.start]
            held = any(line.lower().endswith(f", {p} ") and (m.start - len(p) - 3) in per_ends for p in posts)
            if called or held:
                e.label = "ORG"
                break


_POSSESSIVE_NOUNS = frozenset(("perusahaan", "perusahaan rintisan", "firma", "korporasi"))


def bodies_after_class_noun(text: str, entities: list[Entity]) -> None:
    """A PER or LOC with no role written right after a class noun of companies (`pabrikan
    Aprilia`, `maskapai Lion Air`, `rumah produksi Disney`; data/body_appositives.txt), or a PER
    after a team noun (`tim Scuderia`; data/team_words.txt), is the company or the team: the noun
    says what the name is, as an appositive after it does. A country's name after one says where
    the companies are (`berita startup Indonesia`, `produsen Amerika Serikat`): it stays a place,
    as the annotated sets always label a country. A "person" the article gives no person's cue
    anywhere is a body after a noun of a service, a site, a firm's founder or shares, or a band too
    (`platform Truth Social`, `pengguna Instagram`; data/service_nouns.txt, products.uncued_after)."""
    # `perusahaan Ashanty` is as often the person's company as the company itself
    nouns = word_set("warta.entities", "body_appositives.txt", lower=True) - _POSSESSIVE_NOUNS
    teams = word_set("warta.entities", "team_words.txt", lower=True)
    cues = word_set("warta.entities", "speech_cues.txt", lower=True)
    given = lexicon().given
    services = word_set("warta.entities", "service_nouns.txt", lower=True) | _POSSESSIVE_NOUNS
    for e in entities:
        if uncued_after(text, e, services):
            e.label = "ORG"
            continue
        if e.label not in ("PER", "LOC") or e.role or e.canonical.split()[0] in given:
            continue
        if e.label == "LOC" and is_country(e.canonical):
            continue
        if any(word_before(text, m.start) in cues for m in e.mentions):
            continue  # `ujar Ashanty`: one who speaks is a person
        # a team noun before a known person's name names the person's team (`tim Ahok`), and
        # before a town its side (`tim Jakarta`), labelled as the place
        person_like = e.label == "PER" and not known_person(e.canonical.split()[0])
        class_nouns = nouns | teams if person_like else nouns
        for m in e.mentions:
            before = text[max(0, m.start - 30) : m.start].lower()
            if any(before.endswith(f" {n} ") or before == f"{n} " for n in class_nouns):
                e.label = "ORG"
                e.country = None
                break


# what joins two items of a list: a comma, `dan`, `serta` or `atau`, with or without a comma
_ITEM_GAPS = (", dan ", ", serta ", ", atau ", " dan ", " serta ", " atau ", ", ")
_AND_WORDS = ("dan", "serta", "atau")


def _list_items(text: str, start: int, end: int, spans: dict[int, tuple[int, str]]) -> list[tuple[str, str]]:
    """The other entity mentions listed with ``start:end`` (`BP, Shell, dan VIVO`): each item's
    label and the joiner between it and its neighbour towards the mention."""
    ends = {e: (s, label) for s, (e, label) in spans.items()}
    items: list[tuple[str, str]] = []
    at = start
    while True:  # leftwards
        gap = next((g for g in _ITEM_GAPS if text.startswith(g, at - len(g)) and at - len(g) in ends), None)
        if gap is None:
            break
        at, label = ends[at - len(gap)]
        items.append((label, gap))
    at = end
    while True:  # rightwards
        gap = next((g for g in _ITEM_GAPS if text.startswith(g, at) and at + len(g) in spans), None)
        if gap is None:
            break
        at, label = spans[at + len(gap)]
        items.append((label, gap))
    return items


def _listed_with_bodies(text: str, start: int, end: int, spans: dict[int, tuple[int, str]]) -> bool:
    """The mention is an item of a list of bodies and no people: three items or more, or two joined
    by `dan`/`serta`/`atau` (`Ducati dan Honda`); two joined by a comma only are as often a body
    and the clause after it (`Dilansir detikHealth, Benny menekankan`)."""
    items = _list_items(text, start, end, spans)
    labels = [label for label, _gap in items]
    if "ORG" not in labels or "PER" in labels:
        return False
    return len(items) >= 2 or any(w in items[0][1].split() for w in _AND_WORDS)


def people_listed_with_bodies(text: str, entities: list[Entity]) -> None:
    """`di SPBU milik swasta, seperti BP, Shell, dan VIVO`, `Saat ini ban Michelin cocok dengan
    Honda, Yamaha, dan Ducati`: a one-word "person" with no post, listed among bodies and no
    people, is a body too; the tagger reads a lone capitalised brand as a person. A known given
    name or a name a known person goes by stays a person."""
    spans = {m.start: (m.end, e.label) for e in entities for m in e.mentions}
    cues = word_set("warta.entities", "speech_cues.txt", lower=True)
    for e in entities:
        if e.label != "PER" or e.role or " " in e.canonical or known_person(e.canonical):
            continue
        if any(word_before(text, m.start) in cues for m in e.mentions):
            continue  # `ujar Sarmuji`: one who speaks is a person
        if any(_listed_with_bodies(text, m.start, m.end, spans) for m in e.mentions):
            e.label = "ORG"
            for m in e.mentions:
                spans[m.start] = (m.end, "ORG")


# `Kemenristek`, `Kemenkeu`, `Kemendikbudristek`: a ministry's contraction (Kemen- and the
# field's syllables) is one word that names a body, wherever it stands (`di Kemenristek`)
_MINISTRY_SHORT = re.compile(r"Kemen[a-z]{2,}(?:[A-Z][a-zA-Z]*)?")


def ministries_by_shape(entities: list[Entity]) -> None:
    """A person or place named like a ministry's contraction is the ministry."""
    for e in entities:
        if e.label != "ORG" and _MINISTRY_SHORT.fullmatch(e.canonical):
            e.label = "ORG"


def companies_by_shape(entities: list[Entity]) -> None:
    """A "place" of two words or more closing with a company's word (data/company_words.txt:
    `Rystad Energy`, `Phintraco Sekuritas`) that no place list knows is the company: the tagger
    reads any name after `di` or `dari` as a place."""
    for e in entities:
        toks = e.canonical.lower().rstrip(".").split()
        if e.label == "LOC" and len(toks) > 1 and toks[-1] in company_words() and not known_place(e.canonical):
            e.label, e.country = "ORG", None


def people_shaped_as_companies(text: str, entities: list[Entity]) -> None:
    """A "person" whose name closes with a company's word (`Ant Financial`, `Nidec Copal
    Electronics`), or who has no post, is never quoted and is only ever one word with a capital
    inside it (`DailySocial`, `CamFi`), is a body: the tagger reads a company named with no cue
    word before it as a person. A surname's prefix (`McDonald`, `DeAndre`) is no brand's capital
    (BRAND_WORD); a post or a verb of saying shows a person called by a handle-like name."""
    cues = word_set("warta.entities", "speech_cues.txt", lower=True)
    for e in entities:
        if e.label != "PER":
            continue
        toks = e.canonical.lower().rstrip(".").split()
        closing = len(toks) > 1 and toks[-1] in company_words()
        brand = not e.role and all(
            BRAND_WORD.fullmatch(m.text) and word_before(text, m.start) not in cues for m in e.mentions
        )
        if closing or brand:
            e.label = "ORG"


def company_words() -> frozenset[str]:
    """Last words that make a name a company's (data/company_words.txt), lower case; read by
    labels, short_bodies and bracketed_bodies."""
    return word_set("warta.entities", "company_words.txt", lower=True)


def settle_labels(text: str, entities: list[Entity]) -> list[Entity]:
    """All of the above."""
    ministries_by_shape(entities)
    companies_by_shape(entities)
    people_shaped_as_companies(text, entities)
    entities = places_read_as_bodies(entities)
    people_read_as_bodies(text, entities)
    bodies_after_class_noun(text, entities)
    people_read_as_places(text, entities)
    people_read_as_places_by_kin_or_name(text, entities)
    located.people_listed_after_a_place(text, entities)
    located.lower_heads_kept(text, entities)
    places_read_as_people(text, entities)
    cities_read_as_people(text, entities)
    return entities
