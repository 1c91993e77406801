"""A brand written with its model is a product, not the company: `mobil Toyota Innova`, `Toyota
Innova 2014`, `ponsel Samsung Galaxy`. GUIDELINES counts no products, so a body's mention that
names a product is dropped (and the body with it when nothing else names it); the company named
on its own (`Presiden Direktur Toyota Bob Azam`, `kata Toyota`) stays."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from warta.cleaning.dateline import outlet_names
from warta.document.model import Entity, Mention
from warta.entities.features import default_extractor
from warta.entities.gazetteer import known_place, organisations
from warta.entities.patterns import lexicon
from warta.entities.words import whole_word_spans
from warta.resources import word_set

# the model after the brand: one or two capitalised words, or a code (`Innova`, `Galaxy S24`, `CR-V`)
_MODEL = re.compile(r" ([A-Z][\w-]*(?: (?=[\w-]*[A-Za-z])[A-Z0-9][\w-]*)?)")
_YEAR_AFTER = re.compile(r" (?:19|20)\d\d\b")
# product nouns that name a kind of thing, not a brand (`merek Toyota` is the brand itself)
_NOT_KIND = frozenset(("merek", "produk", "aplikasi"))


def _kinds() -> frozenset[str]:
    return word_set("warta.entities", "product_nouns.txt", lower=True) - _NOT_KIND


@cache
def _device_kinds() -> frozenset[str]:
    """Nouns of goods (data/goods_nouns.txt: `ponsel`, `mobil`) and of a device or its part
    (data/device_nouns.txt: `chipset`, `sensor`, `satelit`), before which a brand's model may be a
    bare number; not works (`album Billboard 200` names a chart)."""
    return _goods() | word_set("warta.entities", "device_nouns.txt", lower=True)


def _goods() -> frozenset[str]:
    return word_set("warta.entities", "goods_nouns.txt", lower=True)


def _product(text: str, start: int, end: int, taken: set[int]) -> bool:
    """The mention at ``start:end`` is a brand followed by its model, after a product noun or
    before a model year."""
    before = text[max(0, start - 20) : start].split()
    if before and before[-1].lower() in _device_kinds() and _numbered_model(text, start, end):
        return True
    model = _MODEL.match(text, end)
    if model is None or model.start(1) in taken:
        return False  # no model, or the next word opens a name of its own (`Toyota Bob Azam`)
    kind = bool(before) and before[-1] in _kinds()
    return kind or bool(_YEAR_AFTER.match(text, model.end()))


# a model's number right after the brand (`Snapdragon 652,`, `Snapdragon 212 Mobile Platform`), and
# the word after it
_NUMBER_AFTER = re.compile(r" \d{1,4}(?![\d.,]\d)(?:\s+(\S+))?")
# a model's number or code closing the name itself (`Telkom 1`, `Telkom 3S`)
_NUMBER_LAST = re.compile(r" (?:\d{1,4}|\d{1,2}[A-Z]{1,2})$")


@cache
def _count_words() -> frozenset[str]:
    return word_set("warta.entities", "count_words.txt", lower=True)


def _numbered_model(text: str, start: int, end: int) -> bool:
    """After a device noun, the name at ``start:end`` is followed by its model's number, not a count
    (`chipset Snapdragon 652`, `motor Harley Davidson Sportster 883 Tahun 2000`, not `mobil Toyota 2
    unit`), or closes with one (`satelit Telkom 1`)."""
    if _NUMBER_LAST.search(text[start:end]):
        return True
    m = _NUMBER_AFTER.match(text, end)
    if m is None:
        return False
    # a model year after the number is no count (`Sportster 883 Tahun 2000`)
    return (m.group(1) or "").lower().strip(",.;:)") not in _count_words() or bool(_YEAR_AFTER.match(text, m.end()))


def _less_products(e: Entity, is_product: Callable[[Mention], bool]) -> Entity | None:
    """``e`` less the mentions that name a product and those that are a product's model written
    without its brand (`ZenScreen Go` after `Asus ZenScreen Go`), its canonical the longest name
    left; None when none is left."""
    flags = [is_product(m) for m in e.mentions]
    dropped = [m.text.split() for m, flag in zip(e.mentions, flags, strict=True) if flag]
    if not dropped:
        return e
    tails = {" ".join(words[k:]) for words in dropped for k in range(1, len(words))}
    kept = [m for m, flag in zip(e.mentions, flags, strict=True) if not flag and m.text not in tails]
    if not kept:
        return None
    e.mentions = kept
    if e.canonical not in {m.text for m in kept}:
        e.canonical = max((m.text for m in kept), key=len)
    return e


def drop_products(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities less the bodies' mentions that name a product (and bodies left with none); a name
    once read as a device with its model's number (`chipset Snapdragon 652`) is one wherever a
    number follows it (`suksesor dari Snapdragon 210`)."""
    taken = {m.start for e in entities for m in e.mentions}
    flagged = {
        m.start for e in entities if e.label == "ORG" for m in e.mentions if _product(text, m.start, m.end, taken)
    }
    numbered = {
        m.text for e in entities for m in e.mentions if m.start in flagged and _numbered_model(text, m.start, m.end)
    }

    def is_product(m: Mention) -> bool:
        return m.start in flagged or (m.text in numbered and _numbered_model(text, m.start, m.end))

    out = []
    for e in entities:
        kept = _less_products(e, is_product) if e.label == "ORG" else e
        if kept is not None:
            out.append(kept)
    return out


# a model's code inside a name: capital letters then digits, at most three letters after them (`Z17`,
# `VR7000`, `G1`, `LCD3`, `MB16AP`), or a number with a letter or two (`3S`); not a team's age group
# (`U19`)
_CODE = re.compile(r"(?!U\d)(?:[A-Z]{1,4}\d{1,5}(?:[a-z]|[A-Z]{1,3})?|\d{1,2}[A-Z]{1,2})")


@cache
def _model_words() -> frozenset[str]:
    return word_set("warta.entities", "model_words.txt")


def _modelled(name: str, alone: set[str]) -> bool:
    """`CamFi Pro`, `Asus ZenScreen Go`, `F4 Plus`: the name closes with a model word and opens
    with a body the article names on its own (the brand) or with a model's code."""
    words = name.split()
    if len(words) < 2 or words[-1] not in _model_words():
        return False
    return bool(_CODE.fullmatch(words[0])) or any(" ".join(words[:k]) in alone for k in range(1, len(words)))


def _coded(name: str, alone: set[str], label: str) -> bool:
    """A model's code after the name's first word, or (for a body) a model word closing it."""
    return any(_CODE.fullmatch(w) for w in name.split()[1:]) or (label == "ORG" and _modelled(name, alone))


def drop_coded_products(entities: list[Entity]) -> list[Entity]:
    """`Nubia Z17 Mini`, `PowerBot VR7000 Star Wars`, `Advan G1`, `Maung MV3 Garuda Limousine`: a
    name of two words or more with a model's code after its first word is a product wherever it is
    written, with or without a product noun before it; so is a body's name closing with a model
    word after the brand the article names alone (`CamFi Pro`); its mentions go, the brand named on
    its own stays."""
    alone = {m.text for e in entities if e.label == "ORG" for m in e.mentions}
    out = []
    for e in entities:
        kept = _less_products(e, lambda m, e=e: _coded(m.text, alone, e.label)) if e.label != "LOC" else e
        if kept is not None:
            out.append(kept)
    return out


# the two words before a name: a product noun, then at most one word between it and the name, in lower
# case (`kereta cepat Whoosh`, `mobil dinas Maung`) or the maker's (`mobil Mitsubishi Pajero`)
_TWO_BEFORE = re.compile(r"(\w+)(?: ([\w-]+))? $")


# the product named first in words, then by its name: `kereta cepat Jakarta-Bandung atau Whoosh`
_RENAMED = re.compile(r" (?:atau|alias) $")


def _after_kind(text: str, start: int) -> bool:
    """A product noun stands right before ``start``, or with one word between, or opens the
    words the name renames (`kereta cepat Jakarta-Bandung alias Whoosh`)."""
    kinds = _goods()
    m = _TWO_BEFORE.search(text, max(0, start - 40), start)
    if m is not None and (m.group(1).lower() in kinds or (m.group(2) or "").lower() in kinds):
        return True
    m = _RENAMED.search(text, max(0, start - 7), start)
    return m is not None and any(w.lower() in kinds for w in text[max(0, m.start() - 50) : m.start()].split()[-4:])


def _after_work(text: str, start: int) -> bool:
    """A noun of a product or a work (data/product_nouns.txt) stands right before ``start``, or
    with one lower-case word between (`aplikasi launcher Arrow Launcher`)."""
    m = _TWO_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    between = m.group(2)
    if between is None:
        return m.group(1).lower() in _work_nouns()
    return between.lower() in _work_nouns() or (between.islower() and m.group(1).lower() in _work_nouns())


@cache
def _work_nouns() -> frozenset[str]:
    """The product and work nouns less `merek`, `produk`: a brand's origin follows them
    (`Merek asal Muara Karang`)."""
    return word_set("warta.entities", "product_nouns.txt", lower=True) - {"merek", "produk"}


def drop_named_works(text: str, entities: list[Entity]) -> list[Entity]:
    """`film Suicide Squad`, `serial Game of Thrones`, `fitur Portrait Mode`: a "place" the article
    writes right after a noun of a product or a work, whose name no place list knows, is that
    thing's title, not a place (GUIDELINES counts neither products nor works); the tagger reads
    a title after `di` as a place. A known place stays (`drama Korea`, `lagu Bengawan Solo`)."""
    return _without_unknown_places(entities, lambda e: any(_after_work(text, m.start) for m in e.mentions))


# a noun of a thing or a work right before a name, `serial film` and `pembawa acara` told apart
_NOUN_BEFORE = re.compile(r"(?:(\w+) )?(\w+) $")


@cache
def _thing_nouns() -> frozenset[str]:
    return word_set("warta.entities", "thing_nouns.txt", lower=True)


@cache
def _title_nouns() -> frozenset[str]:
    return word_set("warta.entities", "work_nouns.txt", lower=True)


def _names_thing(text: str, start: int, end: int) -> bool:
    """The mention at ``start:end`` follows a noun that names it as a thing (`fitur Auto Print`,
    any name) or as a work (`film Mean Girls`, a title of two words or more), not `pembawa acara`."""
    m = _NOUN_BEFORE.search(text, max(0, start - 30), start)
    if m is None or m.end() != start:
        return False
    noun, before = m.group(2).lower(), (m.group(1) or "").lower()
    if noun in _thing_nouns():
        return True
    return noun in _title_nouns() and before != "pembawa" and " " in text[start:end]


def known_body(name: str) -> bool:
    """A listed body or outlet, or a name opening with a body's head word (`Himpunan …`)."""
    words = tuple(w.lower() for w in name.split())
    return name in organisations() or name in outlet_names() or words[:1] in lexicon().org_start


@cache
def _named_so() -> re.Pattern[str]:
    """A noun of a made thing, then in the same clause a naming verb right before the name
    (`produk terbarunya yang diberi nama `; data/named_kinds.txt)."""
    kinds = "|".join(sorted(word_set("warta.entities", "named_kinds.txt", lower=True)))
    # no place or owner between them: `produk Indonesia di Tiongkok bernama …` names the shop, not a product
    gap = r"(?:(?!\b(?:di|ke|dari|untuk|dengan|milik)\b)[^.,;:!?\n]){0,40}?"
    return re.compile(rf"(?i)\b(?:{kinds})\b{gap}\b(?:diberi nama|bernama|dinamai|dinamakan|dijuluki)\s+$")


def _thing_named(text: str, start: int) -> bool:
    """A naming verb after a noun of a made thing stands right before ``start``."""
    return _named_so().search(text, max(0, start - 70), start) is not None


# the lower-case noun right before a name, a quotation mark allowed between (`film ' Eiffel …`)
_NOUN_QUOTED = re.compile(r"(?<![\w-])([a-z][\w-]*) (?:['\"\u201c\u2018] ?)?$")
# a pronoun of a person right after a name (`Kimo, ia …`)
_PRONOUN_AFTER = re.compile(r"\s*,?\s*(?:ia|dia|beliau)\b")


@cache
def _person_near_words() -> frozenset[str]:
    """Words before a name that show a person (data/person_near_words.txt, speech_cues.txt,
    person_cues.txt, kin_words.txt, nickname_honorifics.txt), lower case."""
    names = ("person_near_words.txt", "speech_cues.txt", "person_cues.txt", "kin_words.txt", "nickname_honorifics.txt")
    return frozenset().union(*(word_set("warta.entities", n, lower=True) for n in names))


@cache
def _saying_verbs() -> frozenset[str]:
    """The verbs of speech_cues.txt (`mengatakan`, `berharap`, `bilang`): they follow the speaker's
    name; the list's other words (`kata`, `ujar`) come before it."""
    cues = word_set("warta.entities", "speech_cues.txt", lower=True)
    return frozenset(w for w in cues if w.startswith(("me", "ber")) or w == "bilang")


def _occurrences(text: str, e: Entity) -> list[tuple[int, int]]:
    """Every place the article writes one of the entity's names (three letters or more), mentions
    or not: a name the tagger left out after its noun is still the same name."""
    spans = {(m.start, m.end) for m in e.mentions}
    for name in {m.text for m in e.mentions}:
        if len(name) >= 3:
            spans.update(whole_word_spans(text, name))
    return sorted(spans)


@cache
def _cues_before_person() -> frozenset[str]:
    """The words of ``_person_near_words`` that stand before a name: all but the verbs of saying,
    which follow it (`Kesha menyebut Praying` is no cue of `Praying`)."""
    return _person_near_words() - _saying_verbs()


def _person_cued(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a person's cue stands at one of ``spans``: a word before it (`kata Kimo`, `Pak
    Kimo`), a pronoun after it (`Kimo, ia …`) or a verb of saying after it (`Kimo mengatakan`)."""
    verbs = _saying_verbs()
    for start, end in spans:
        if word_before(text, start) in _cues_before_person() or _PRONOUN_AFTER.match(text, end):
            return True
        nxt = text[end : end + 20].split()
        if nxt and nxt[0].strip(",") in verbs:
            return True
    return False


def uncued_after(text: str, e: Entity, nouns: frozenset[str]) -> bool:
    """A "person" with no post, no known name word and no person's cue at any place the article
    writes it (a verb of saying, an honorific, a kin word, `ia` after it) that one of ``nouns``
    stands right before somewhere (`lagu Praying`, `film ' Eiffel I'm in Love '`, `platform Truth
    Social`): the noun says what the name is; the tagger read its capitals as a person's."""
    words = e.canonical.split()
    if e.label != "PER" or e.role or any(w in lexicon().given for w in words):
        return False  # a given name in it
    if len(words) == 1 and known_person(words[0]):
        return False  # a name a known person goes by (`Prabowo`); of a longer name the person lists know brands' first words too (`Truth Social`)
    spans = _occurrences(text, e)
    if _person_cued(text, spans):
        return False
    return any(
        (m := _NOUN_QUOTED.search(text, max(0, start - 40), start)) is not None and m.group(1) in nouns
        for start, _end in spans
    )


def drop_named_things(text: str, entities: list[Entity]) -> list[Entity]:
    """`fitur Trending Topics`, `menu Trending News`, `episode Running Man`, `serial Star Wars`: a
    body or a person with no post that the article names once right after a noun of a feature, a
    variant, a show or a work is that thing (GUIDELINES counts neither products nor works); the
    tagger reads its capitalised words as a name. So is any entity a naming verb gives to a made
    thing (`program … bernama Vehicle Solutions`). Listed bodies and known places stay (`acara
    Fox News`, `kapal besar bernama Indonesia`), and so does a person the article quotes (`kata …`)."""
    cues = word_set("warta.entities", "speech_cues.txt", lower=True)
    out = []
    for e in entities:
        if not e.role and not known_body(e.canonical):
            said = e.label == "PER" and any(word_before(text, m.start) in cues for m in e.mentions)
            body = e.label in ("ORG", "PER") and any(_names_thing(text, m.start, m.end) for m in e.mentions)
            named = not (e.label == "LOC" and known_place(e.canonical)) and any(
                _thing_named(text, m.start) for m in e.mentions
            )
            if not said and (body or named):
                continue
        if uncued_after(text, e, _uncued_thing_nouns()):
            continue
        out.append(e)
    return out


@cache
def _uncued_thing_nouns() -> frozenset[str]:
    """Nouns of a product, a work, a show or a feature (product_nouns.txt, work_nouns.txt,
    thing_nouns.txt, goods_nouns.txt) less ``_NOT_KIND`` (`merek`, `produk`, `aplikasi`): a brand or an app is
    named after its firm."""
    names = ("product_nouns.txt", "work_nouns.txt", "thing_nouns.txt", "goods_nouns.txt")
    nouns = frozenset().union(*(word_set("warta.entities", n, lower=True) for n in names))
    return nouns - _NOT_KIND


def word_before(text: str, at: int) -> str:
    """The word right before ``at`` (lower case), or '' at the start."""
    words = text[max(0, at - 12) : at].lower().split()
    return words[-1] if words else ""


def _without_unknown_places(entities: list[Entity], named_so: Callable[[Entity], bool]) -> list[Entity]:
    """Entities less the "places" no place list knows that ``named_so`` shows to be something else."""
    return [e for e in entities if not (e.label == "LOC" and named_so(e) and not known_place(e.canonical))]


# the words right before a platform's name: `di`/`ke`, or the list going on (`di Play Store atau AppStore`)
_ONTO = re.compile(r"\b(?:di|ke|atau|dan) $")
# a clause's opening: the writer's stops
_CLAUSE_STOP = re.compile(r"[.,;:!?\"()]")


def _in_download_clause(text: str, start: int) -> bool:
    """The words before ``start`` are `di`/`ke` (or a list after one) in a clause that downloads,
    installs or shows something on a phone (data/download_words.txt)."""
    if not _ONTO.search(text, max(0, start - 6), start):
        return False
    window = text[max(0, start - 80) : start]
    clause = _CLAUSE_STOP.split(window)[-1].lower().split()
    return bool({"di", "ke"} & set(clause)) and bool(set(clause) & _download_words())


@cache
def _download_words() -> frozenset[str]:
    return word_set("warta.entities", "download_words.txt", lower=True)


def drop_platforms(text: str, entities: list[Entity]) -> list[Entity]:
    """`unduh aplikasi Cek Bansos di Play Store`, `bisa diunduh di Play Store`: a "place" the
    article writes only after `di`/`ke` in a clause that downloads or installs something, whose
    name no place list knows, is the store or the platform, a product (GUIDELINES counts none);
    the tagger reads any name after `di` as a place."""
    return _without_unknown_places(
        entities,
        lambda e: all(_in_download_clause(text, m.start) for m in e.mentions) and not _place_head(e.canonical),
    )


def _place_head(name: str) -> bool:
    """The name opens with a word of a place or a site (`Kelurahan`, `Desa`, `Balai`, `Gedung`):
    people download things there too."""
    from warta.places.place_words import words  # the places layer's head words; imported only when asked

    toks = name.lower().split()
    heads = words().site_words | set(words().admin_prefixes)
    return bool(toks) and (toks[0] in heads or " ".join(toks[:2]) in heads)


def known_person(word: str) -> bool:
    """A known given name, a name a known person is called by, or a first word of one
    (the tagger's DBpedia lists: `Prabowo`, `Raisa`)."""
    lex = default_extractor().lex
    low = word.lower()
    return word in lexicon().given or low in lex.person_first or lex.gazetteer.get(low, 0) & 1 > 0


def drop_named_products(text: str, entities: list[Entity]) -> list[Entity]:
    """`mobil Maung`, then `pakai Maung`, `pengemudi Pajero`: a one-word name the article once
    writes after a product noun is the product's name everywhere, not a person's; the tagger
    reads a lone capitalised word as a person in the other places. A person with a post or a
    known name keeps it (`kendaraan utama Prabowo` is his party)."""
    low = text.lower()
    if not any(k in low for k in _goods()):
        return entities  # no product noun anywhere: no name can follow one
    out = []
    for e in entities:
        word = e.canonical
        if e.label == "PER" and " " not in word and not e.role and not known_person(word):
            pat = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
            if any(_after_kind(text, m.start()) for m in pat.finditer(text)):
                continue
        out.append(e)
    return out


@cache
def _thing_words() -> frozenset[str]:
    """Nouns that open the title of a product, a work or a regulation (`Mobil Topling`, `Film
    Wiretap`, `Surat Edaran`), lower-cased, phrases included (data/product_nouns.txt, law_words.txt)."""
    return word_set("warta.entities", "product_nouns.txt", lower=True) | word_set(
        "warta.entities", "law_words.txt", lower=True
    )


def drop_titled_things(entities: list[Entity]) -> list[Entity]:
    """A "person" with no post whose name opens with a noun of a product, a work or a regulation
    is that thing's title (`Mobil Topling`, `Produk Saving Plan`, `Surat Edaran`): GUIDELINES counts
    none of them. A known name stays (`Novel Baswedan`)."""
    things = _thing_words()
    out = []
    for e in entities:
        words = e.canonical.split()
        # a short opener is as often a given name as a noun's acronym (`Uu Ruzhanul Ulum`, not `UU`)
        opener = len(words[0]) > 3 and (" ".join(words[:2]).lower() in things or words[0].lower() in things)
        if e.label == "PER" and len(words) >= 2 and not e.role and opener and not known_person(words[0]):
            continue
        out.append(e)
    return out


def drop_english_titles(entities: list[Entity]) -> list[Entity]:
    """A "person" every mention of which holds an English common noun or clause word
    (data/english_title_words.txt: `The Woman`, `Coding Teen`, `Caps Lock`, `My Trip My Adventure`)
    is the title of a work, a show or a product, which GUIDELINES counts as no entity; the tagger
    reads any capitalised run as a name. One mention without such a word keeps the entity
    (`Mario Teguh Golden Ways` … `Mario`)."""
    words = word_set("warta.entities", "english_title_words.txt", lower=True)
    out = []
    for e in entities:
        titled = (
            e.label == "PER"
            and e.mentions
            and all(any(w.lower() in words for w in _TITLE_WORD.findall(m.text)) for m in e.mentions)
        )
        if not titled:
            out.append(e)
    return out


_TITLE_WORD = re.compile(r"[A-Za-z]+")


# a tournament's closing word right after a place's name, the name no longer than it (`Terbuka 2017`)
_EVENT_TAIL = re.compile(r" ([A-Z][a-z]+)\b")


def _names_event(text: str, end: int) -> bool:
    """The place mention ending at ``end`` opens a tournament's name (`Prancis Terbuka`)."""
    tail = _EVENT_TAIL.match(text, end)
    return tail is not None and tail.group(1).lower() in word_set("warta.entities", "event_tails.txt", lower=True)


def drop_event_places(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities less the places' mentions that name a tournament held there (`juara Prancis
    Terbuka`, `perempat final AS Terbuka 2017`), and the places left with none: GUIDELINES counts
    no events, and the country was not named as a place."""
    out = []
    for e in entities:
        if e.label == "LOC":
            kept = [m for m in e.mentions if not _names_event(text, m.end)]
            if not kept:
                continue
            e.mentions = kept
        out.append(e)
    return out


@cache
def _ends(kind: str) -> tuple[frozenset[str], frozenset[str]]:
    """The heads and tails of a kind of name (data/<kind>_heads.txt, <kind>_tails.txt), lower-cased."""
    return (
        word_set("warta.entities", f"{kind}_heads.txt", lower=True),
        word_set("warta.entities", f"{kind}_tails.txt", lower=True),
    )


def _headed_or_tailed(name: str, kind: str) -> bool:
    """A name of two words or more opening with one of the kind's heads or closing with a tail."""
    heads, tails = _ends(kind)
    words = [w.lower() for w in _TITLE_WORD.findall(name)]
    return len(name.split()) > 1 and bool(words) and (words[0] in heads or words[-1] in tails)


def drop_event_bodies(entities: list[Entity]) -> list[Entity]:
    """`Pesta Kesenian Bali (PKB)`, `World Government Summit`, `Jakarta Fashion Week`, `Piala FA`: a
    body or a person every name of which (its acronym aside) opens with an event's head or closes
    with an event's tail is a festival, a fair, a meeting or a tournament, which GUIDELINES counts
    as no entity; the tagger reads its capitalised words as a body. A listed body and a person
    with a post stay."""
    out = []
    for e in entities:
        names = [n for n in {e.canonical, *(m.text for m in e.mentions)} if " " in n]
        event = (
            e.label in ("ORG", "PER")
            and not (e.label == "PER" and e.role)
            and bool(names)
            and all(_headed_or_tailed(n, "named_event") for n in names)
            and not any(n in organisations() for n in names)
        )
        if not event:
            out.append(e)
    return out


@cache
def _cue_before(name: str) -> re.Pattern[str]:
    """One of the phrases of data/<name> right before a name: a launching verb or a new product's
    noun phrase (launch_cues.txt), a programme's or a system's noun (programme_cues.txt)."""
    cues = "|".join(sorted((re.escape(c) for c in word_set("warta.entities", name, lower=True)), key=len))
    return re.compile(rf"(?i)\b(?:{cues}) $")


def _launch_cue() -> re.Pattern[str]:
    """A launching verb or a new product's noun phrase right before a name (data/launch_cues.txt)."""
    return _cue_before("launch_cues.txt")


def drop_launched_things(text: str, entities: list[Entity]) -> list[Entity]:
    """`meluncurkan produk terbaru Techno Sports`, `baru saja meluncurkan Gboard`, `merilis Nokia 3`:
    a body or a person the article names right after a verb of launching or a new product's noun is
    the thing launched, a product, an app or a work (GUIDELINES counts none); the tagger reads its
    capitalised words as a name. A listed body or one opening with a body's head word (`meluncurkan
    Koperasi Desa Merah Putih`), a person with a post or a known given name stay."""
    out = []
    for e in entities:
        launched = (
            e.label in ("ORG", "PER")
            and not e.role
            and not known_body(e.canonical)
            and not (e.label == "PER" and known_person(e.canonical.split()[0]))
            and any(_launch_cue().search(text, max(0, m.start - 30), m.start) for m in e.mentions)
        )
        if not launched:
            out.append(e)
    return out


def drop_governed_programmes(text: str, entities: list[Entity]) -> list[Entity]:
    """`melalui program Indonesia Next Apps (INA)`, `skema Public Private Partnership`, `inisiatif
    Smart Nation`, `lewat Aplikasi Cek Bansos`: a body (or a person with no post) of two words or
    more whose first mention stands right after a programme's, a scheme's, a system's or an app's
    noun (data/programme_cues.txt) is named as that thing, which GUIDELINES counts as no entity; the
    noun before a name says what the name is, and the tagger reads the capitalised words as a body.
    A listed body or one opening with a body's head word (`program Sekolah Rakyat`, `program Pemkab
    Bone`: the body's own programme) and a one-word name (`aplikasi Tokopedia`) stay; an acronym in
    brackets that a listed body shares (`Public Private Partnership (PPP)`) does not keep it."""
    cue = _cue_before("programme_cues.txt")
    out = []
    for e in entities:
        first = min(e.mentions, key=lambda m: m.start) if e.mentions else None
        governed = (
            first is not None
            and (e.label == "ORG" or (e.label == "PER" and not e.role))
            and len(e.canonical.split()) > 1
            and cue.search(text, max(0, first.start - 12), first.start) is not None
            and not known_body(e.canonical)
            and not any(" " in m.text and m.text in organisations() for m in e.mentions)
        )
        if not governed:
            out.append(e)
    return out


def drop_named_programmes(entities: list[Entity]) -> list[Entity]:
    """`Public Private Partnership`, `Letter of Intent`, `Cash Management System`, `Program
    Pengelolaan Penyakit Kronis (Prolanis)`: a body (or a person with no post) whose name of two
    words or more closes with an English word of a programme, a document or a system, or opens with
    an Indonesian one, is that programme, which GUIDELINES counts as no entity; the tagger reads its
    capitalised words as a body. A listed body, a company's form or a body's head word before it
    (`PT Roatex Indonesia Tollroad System`) keeps it."""
    out = []
    for e in entities:
        named = (
            _headed_or_tailed(e.canonical, "programme")
            and (e.label == "ORG" or (e.label == "PER" and not e.role))
            and not known_body(e.canonical)
        )
        if not named:
            out.append(e)
    return out


@cache
def _programme_acronyms() -> tuple[str, ...]:
    """The aid programmes' acronyms in capitals, longest first (data/programme_acronyms.txt)."""
    words = word_set("warta.entities", "programme_acronyms.txt", lower=True)
    return tuple(sorted((w.upper() for w in words), key=len, reverse=True))


@cache
def _programme_acronym() -> re.Pattern[str]:
    """A programme's acronym closing the text before a name."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in _programme_acronyms()) + r") $")


def drop_programme_parts(text: str, entities: list[Entity]) -> list[Entity]:
    """`BLT Kesra`, `penyaluran BLTS Kesra`: a one-word body or person with no post every mention
    of which stands right after an aid programme's acronym (data/programme_acronyms.txt) names the
    programme's round or kind, which GUIDELINES counts as no entity; the acronym is no name, so the
    tagger reads the word after it alone. An acronym (`KUR BRI`: the bank lends), a listed body and
    a known given name stay."""
    if not any(w + " " in text for w in _programme_acronyms()):
        return entities  # no programme's acronym anywhere: no name can follow one
    acronym = _programme_acronym()
    out = []
    for e in entities:
        part = (
            (e.label == "ORG" or (e.label == "PER" and not e.role))
            and e.mentions
            and " " not in e.canonical
            and not e.canonical.isupper()
            and all(acronym.search(text, max(0, m.start - 6), m.start) for m in e.mentions)
            and not known_body(e.canonical)
            and not known_person(e.canonical)
        )
        if not part:
            out.append(e)
    return out
