"""The identity a written form that is no stored entity stands for corpus-wide, if any.

Many short forms ('prolanis', 'tito') are never an article's entity of their own: articles only
wrote them beside a full name. The store keeps them as aliases of that name, but an alias says
whom one article meant, not whom the form names across the corpus. This applies the evidence rules
of :func:`warta.identity.relink` (pooled by identity, dominance, enough articles) and reads the
corpus's text for the form (:mod:`warta.identity.usage`): written elsewhere without the identity,
in lower case as a word, or defined there as another name, it is left undecided."""

from __future__ import annotations

import difflib
import math
import re
from functools import lru_cache
from typing import Any

from warta.corpus.store import Store, normalize_name
from warta.entities import patterns
from warta.entities.named_after import person_named_heads
from warta.identity import names
from warta.identity.acronyms import OWN_ARTICLES_READ, arm_of_two, known_otherwise, times_defined
from warta.identity.context import SPECIFIC
from warta.identity.evidence import (
    DOMINANCE,
    acronym_written_in,
    candidates,
    enough,
    is_named_after,
    is_place_named_after,
    spelled_out,
    unit_of_parent,
    weak_first_name,
)
from warta.identity.merges import members, root
from warta.identity.name_words import (
    ORG_LEADING,
    acronym_like,
    core,
    generic_bare,
    given_names,
    has_common_word,
    known_region,
    lower_common_words,
    one_word_honorifics,
)
from warta.identity.names import CONNECTORS
from warta.identity.national_names import national_form
from warta.identity.persons import bearer_apart, first_name_of_stored_two, first_name_of_two
from warta.identity.regions import place_level_ok
from warta.identity.stored import articles_of, is_place, names_of, not_an_identity, stored_num
from warta.identity.usage import Usage, body_of, usage, written
from warta.resources import word_lists

LOWER_SHARE = 3  # a form written in lower case in at least 1/LOWER_SHARE of its articles is a common word


def form_identity(store: Store, form: str, label: str) -> int | None:
    """The identity ``form`` (folded) stands for when the evidence decides it, else None."""
    return decide(store, form, label)[0]


def decide(store: Store, form: str, label: str) -> tuple[int | None, str]:
    """The identity ``form`` stands for (or None) and why: the evidence the decision stood on.

    Name evidence (articles writing the form for a full name) picks the owner; the corpus's text
    then says whether the form has another owner or meaning: a person's one-word name or initials
    are trusted only where the text never writes the form without that person (one article then
    suffices, as its own full form is beside it); a name the text also writes elsewhere, or a
    word it writes in lower case elsewhere, is left undecided, however many articles wrote it."""
    pooled: dict[int, list[Any]] = {}
    texts = written(store, form)
    for ent, name, count in candidates(store, form, label):
        n = normalize_name(name)
        if (
            not_an_identity(store, name, label)
            and not _office_acronym(form, n, label)
            and not acronym_written_in(form, n)
        ):
            continue
        if _tail_of_defined(form, name, texts):
            continue  # 'Keluarga Berencana' read out of 'Badan Pemberdayaan … dan Keluarga Berencana (BPPKB)'
        if label == "ORG" and _defined_as_tail(form, n, texts):
            continue  # 'Departemen Politik … Centre for Strategic and International Studies': CSIS's unit
        base, kind = core(n, label)
        if base == form and not _variant_of_form(store, form, label, kind):
            continue  # 'Kabupaten Jembrana' written 'Jembrana' while the bare name is ambiguous
        if label == "LOC" and is_place_named_after(form, n):
            continue
        # 'PT Sritex', 'Kejaksaan Republik Indonesia', 'Pengadilan Negeri (PN) Palu'
        own = base == form or names.national_of(form, n) or acronym_written_in(form, n)
        own = own or (label == "ORG" and _first_word_name(store, form, n))
        own = own or (label == "ORG" and national_form(store, form, n, ent))  # 'Timnas' of 'Timnas Indonesia'
        if label == "ORG" and not own and (is_named_after(form, n) or unit_of_parent(form, n)):
            continue
        if (
            label == "ORG"
            and " " not in form
            and n.split()[0] in names.regional_offices()
            and not _office_acronym(form, n, label)
        ):
            continue
        g = pooled.setdefault(root(store, ent), [root(store, ent), name, 0])
        g[2] += count
    if not pooled:
        return None, "written for no identity"
    if label == "LOC" and _currency_code(form, texts):
        return None, "written in brackets after a currency's name: its code, not the place"  # 'dolar Kanada (CAD)'
    ranked = _join_spellings(store, label, sorted(pooled.values(), key=lambda g: (-g[2], normalize_name(g[1]))))
    target, count = ranked[0][0], ranked[0][2]
    share = count / sum(g[2] for g in ranked)
    if share < DOMINANCE:
        return None, f"written for several: {', '.join(f'{g[1]} ({g[2]})' for g in ranked[:3])}"
    ents = members(store, target)
    written_names = names_of(store, ents)
    fulls = [normalize_name(n) for n in written_names]
    fulls += [core(f, label)[0] for f in fulls]
    use = usage(store, form, ents, written_names, _distinctive_words(form, fulls) if label == "PER" else [], texts)
    why = f"written for '{ranked[0][1]}' in {count} article(s) ({share:.0%}); {use}"
    person_word = label == "PER" and _name_word_or_initials(form, fulls)
    if not person_word and use.lowercase and " " not in form and use.lowercase * LOWER_SHARE >= use.written:
        # 'sirup' (syrup), 'pos' (a post) in a third of the articles writing them or more: the word, not
        # the name; an acronym the text mostly capitalises ('Satgas', 'Kejari') and now and then writes
        # in lower case stays the name
        return None, f"{why}; a common word there"
    if person_word:
        nums = {text: num for num, text, _ in texts}
        own_words = {w for f in fulls for w in f.split()}
        word = _a_word_too(texts)
        kinds = [(nums.get(t), _owner_in(t, form, own_words, word)) for t in use.texts]
        # a name written elsewhere only inside one body's or place's name ('May Day', 'Bank Mega
        # Syariah', 'Cyrus Network'): a thing's word there, no other owner, for a person who acts as one
        things = (
            any(k == "inside" for _, k in kinds) and _word_of_one_thing(store, form) and acts_as_person(store, ents)
        )
        # an article writing the form alone but naming the same rare people, bodies or places as the
        # person's own articles is about him ('Affan' in a headline on his death): no other owner;
        # one writing it as part of another full name ('Rudi Reynal') has one, whatever its story
        # his name's own initials, written for him in several articles and the initials of no other
        # stored person ('AHY' for Agus Harimurti Yudhoyono): a use alone elsewhere is him ('Pak AHY')
        initials = count >= INITIALS_ARTICLES and _sole_initials(store, form, fulls, ents)
        owned = [
            (a, t)
            for (a, kind), t in zip(kinds, use.texts, strict=True)
            if kind == "other"
            or (kind == "inside" and not (things and a is not None and _a_things_word(store, a, form, ents)))
            or (kind == "alone" and not initials and (a is None or not _same_story(store, a, ents)))
        ]
        owners = len(owned) - _inner_of_one(store, form, owned)
        if owners:
            # 'Albanese' (Francesca Albanese), 'Teguh' (a judge Teguh Arianto) elsewhere; not a
            # lower-case word ('subur', an adjective there)
            return None, f"{why}: another owner there ({owners} article(s))"
        words = [f.split() for f in fulls if form in f.split()]  # the full names the form is a word of
        if not words and _stored_otherwise(store, form, ents):
            # 'KPI' spelled out of a misread "person" 'Key Performance Indicator' while the corpus
            # stores 'KPI' as a body of its own, in articles without him: initials of two
            return None, f"{why}: initials the corpus also stores as another name"
        if first_name_of_two(store, form, ranked):
            return None, f"{why}: the first name of two"
        if count < 2 and words and (other := bearer_apart(store, form, target)):
            # 'lowes' read once for 'Alex Lowes' while 'Sam Lowes' is stored: a name several people bear
            return None, f"{why}: a name '{other}' bears too, read for this one in one article"
        given = any(w[0] in given_names() for w in words)
        acts = acts_as_person(store, ents) and not _officer_after(texts, written_names)
        cues = _person_cues(texts, written_names) or _listed_with_people(store, texts, written_names, ents)
        cues = cues or spoken_of(texts, form, written_names)
        if words and not given and not acts and not cues and not _named_again(use):
            return None, f"{why}: never given a role nor quoted, maybe a misread phrase"  # 'Skin Check'
        if words and _not_a_persons_name(texts, written_names):
            return None, f"{why}: an event's or a regional arm's name, not a person's"  # 'Slamet Trail Run 2025'
        if words and count < 2 and _after_a_place(store, texts, form, written_names):
            # 'Humas Bandung Zoo Sulhan Syafi'i' once, and 'ke Bandung Zoo' elsewhere in the text
            return None, f"{why}: written after a place's name there, a word of a place's thing"
        if words and count < 2 and _written_as_acronym(texts, form):
            # 'Ketua Kelompok Mamaku Rato' once, and 'program MAMAKU atau Masyarakat Mandiri Kutawaru'
            return None, f"{why}: written in capitals there, an acronym's word"
        if words and count < 2 and any(has_common_word(w[:1]) for w in words):
            return None, f"{why}: a name with a common word, maybe a misread phrase, in one article"  # 'Sahabat Nazir'
        if words and _cut_from_a_body(store, texts, form, written_names):
            # 'Ditjen Pendis Arskal Salim': the body's name 'Ditjen Pendis Kemenag' runs into the person's
            return None, f"{why}: the tail of a body's name written before a person's"
        if words and (form in names.regencies() or is_place(store, form)):
            return None, f"{why}: also a place's name"  # 'Bupati Agam Benni Warlis': the regency's name read into his
        return target, why
    spelled = any(spelled_out(form, f) for f in fulls)
    if label == "ORG" and count == 1 and _capitals_only_beside(form, use):
        return None, f"{why}: an acronym there, a name or word elsewhere"  # 'GRACE' beside, 'Grace Natalie' elsewhere
    if label == "ORG" and count == 1 and _a_persons_name_elsewhere(store, form, texts, use):
        # 'Toko Pengendalian Inflasi Pangan (Topan)' once, and 'Topan Ginting' in another article: a name
        return None, f"{why}: a stored person's name where the identity is not named"
    if label == "ORG" and " " not in form and form in names.unit_heads() and _spelled_by_head(form, fulls):
        # 'ditjen' written for 'Direktorat Jenderal Imigrasi' once: the head every directorate general's
        # name opens with, not one of them ('satgas' for 'Satuan Tugas', the whole name, is its acronym)
        return None, f"{why}: a unit's head word, the kind and not one body"
    if (
        label == "ORG"
        and count == 1
        and use.elsewhere
        and acronym_like(form)
        and (known := known_otherwise(form, fulls))
    ):
        # 'Public Private Partnership (PPP)' once, and 'Politisi PPP' (the party) in another article
        return None, f"{why}: a reader knows it as '{known}' and the text writes it without the name"
    if label == "ORG" and not spelled and use.elsewhere * 2 > use.written:
        return None, f"{why}: mostly written for something else"  # 'AS' beside a US body, in 63 articles without it
    if label == "ORG" and _role_title(form) and use.elsewhere * 2 > use.written:
        # 'Sekjen' spelled out of 'Sekretariat Jenderal' once, and elsewhere the title of a person
        # ('Sekjen Golkar Sarmuji'): the post, not the body
        return None, f"{why}: a person's title, mostly written for a post"
    if label == "ORG" and count == 1 and acronym_like(form) and _heads_others_mostly(store, form, fulls, ents, use):
        # 'Prostate Specific Antigen (PSA)' once, and 'PSA Unboxed' (a venture firm) in another article
        return None, f"{why}: written elsewhere heading other names"
    if label == "ORG" and count == 1 and _team_code(form, use):
        # 'Indonesia Next Apps (INA)' once, and 'Hendra Setiawan / Tan Boon Heong (INA / MAS)' in results
        return None, f"{why}: a country's code in results lists elsewhere"
    if not any(enough(form, f, label, count) for f in fulls):
        if label == "ORG" and acronym_like(form) and times_defined(store, form, ents) >= 1:
            if own_acronym(store, form, ents, fulls):
                return None, f"{why}: its name has its own acronym, so this one is a namesake's"
            if _defined_elsewhere(form, fulls, use):
                # 'Immigration and Customs Enforcement' translated 'Bea Cukai (ICE)', while another article
                # defines 'internal combustion engine (ICE)': one acronym, two meanings, no one identity
                return None, f"{why}: defined as another name there"
            return target, f"{why}; defined in the text"  # 'Bank Sentral Eropa (ECB)'
        if label == "PER" and _nickname_ok(store, form, fulls, ents, use):
            return target, f"{why}; written only beside that person, who acts as one"
        if label == "PER" and not use.elsewhere and _alias_in_text(texts, written_names, form):
            return target, f"{why}; the text calls him so ('… alias {form}')"  # 'Pajar Permana alias Ojan'
        if label == "ORG" and _reading_of_the_name(form, fulls, use):
            return target, f"{why}; the text never writes it as one name: the article's reading of that name"
        return None, f"{why}: not enough"
    if label == "PER" and (
        weak_first_name(form, fulls)
        or first_name_of_two(store, form, ranked)
        or (form in given_names() and first_name_of_stored_two(store, form))
    ):
        return None, f"{why}: a first name of several"
    if label == "ORG" and acronym_like(form) and (arm := arm_of_two(store, form, fulls)):
        return None, f"{why}: it heads two bodies ({arm})"  # 'BPJS' beside 'BPJS Kesehatan', '… Ketenagakerjaan'
    if _defined_elsewhere(form, fulls, use):
        # 'APD' for protective equipment; a building's 'SBP' that other articles define as bond principles
        return None, f"{why}: defined as another name there"
    return target, why


INITIALS_ARTICLES = 3  # a person's initials written for him in this many articles name him alone


def _sole_initials(store: Store, form: str, fulls: list[str], ents: list[int]) -> bool:
    """Whether a form of three letters or more is the initials of one of the person's full names, and
    of no other stored person's name (the names of other identities whose initials it is)."""
    if len(form) < 3 or not form.isalpha() or not any(_initials_of(f) == form for f in fulls):
        return False
    roots = {root(store, e) for e in ents}
    rows = store.query(
        "SELECT num, norm FROM entities WHERE key > ? AND key < ?", (f"PER:{form[0]}", f"PER:{form[0]}~")
    )
    return not any(_initials_of(str(n)) == form and root(store, int(e)) not in roots for e, n in rows)


def _initials_of(norm: str) -> str:
    return "".join(w[0] for w in norm.split() if w not in CONNECTORS)


def acronym_doubt(store: Store, form: str, short: int, target: int) -> str | None:
    """Why the corpus's text doubts that a stored acronym read for ``target`` in one article names it
    corpus-wide, as it doubts the same form unstored: the articles writing it without the identity
    define it as another thing ('alat pelindung diri (APD)'); else None. The stored acronym itself is
    left out of the identity's articles, so whether it is linked now changes nothing."""
    ents = [e for e in members(store, target) if e != short] or [target]
    written_names = names_of(store, ents)
    fulls = [normalize_name(n) for n in written_names]
    fulls += [core(f, "ORG")[0] for f in fulls]
    use = usage(store, form, ents, written_names)
    if use.elsewhere and (known := known_otherwise(form, fulls)):
        return f"a reader knows it as '{known}'"  # 'Public Private Partnership (PPP)' once; 'Politisi PPP' elsewhere
    if _defined_elsewhere(form, fulls, use):
        return "defined as another name where the identity is not named"
    if _heads_others_mostly(store, form, fulls, ents, use):
        return "written heading other names where the identity is not named"  # 'DPP Golkar', 'DPP PDI Perjuangan'
    return None


def text_doubt(store: Store, form: str, short: int, target: int) -> str | None:
    """Why the corpus's text doubts that a stored one-word person name ``form`` is the "person"
    ``target`` its single article of evidence wrote it for, as it doubts the same form unstored: a
    full name with the form in it, no given name first, never given a role nor quoted nor written as
    a person's ('Tawon Vespa', 'Karta Adhyaksa': misread phrases), or an event's name; else None.
    The stored name itself is left out, so whether it is linked now changes nothing."""
    ents = [e for e in members(store, target) if e != short] or [target]
    written_names = names_of(store, ents)
    fulls = [normalize_name(n) for n in written_names]
    words = [f.split() for f in fulls if form in f.split()]
    if not words:
        return None
    texts = written(store, form)
    given = any(w[0] in given_names() for w in words)
    if (
        not given
        and (not acts_as_person(store, ents) or _officer_after(texts, written_names))
        and not _person_cues(texts, written_names)
        and not spoken_of(texts, form, written_names)
        and not _listed_with_people(store, texts, written_names, ents)
        and not _titled(texts, written_names)
        and not _named_again(usage(store, form, ents, written_names, [], texts))
    ):
        return "never given a role nor quoted, maybe a misread phrase"
    if _not_a_persons_name(texts, written_names):
        return "an event's or a regional arm's name, not a person's"
    if _written_as_acronym(texts, form):
        return "written in capitals there, an acronym's word"
    if _after_a_place(store, texts, form, written_names):
        return "written after a place's name there, a word of a place's thing"
    return None


def _currency_code(form: str, texts: list[tuple[int, str, list[str]]]) -> bool:
    """Whether an article writes ``form``, three letters, in brackets right after a currency's name
    ('dolar Australia (AUD)', 'yen Jepang (JPY)'): the acronym is the currency's code, which the entities
    layer wrote for the country's name in the phrase; not the country's own initials ('dolar Amerika
    Serikat (AS)')."""
    if len(form) != 3 or not form.isalpha():
        return False
    words = "|".join(sorted(names.currency_words()))
    pat = re.compile(rf"(?i:\b(?:{words}))\s+((?:[A-Z][\w-]*\s+){{1,3}})\((?i:\s*{re.escape(form)}\s*)\)")
    for _, text, _ in texts:
        for m in pat.finditer(text):
            if "".join(w[0] for w in m.group(1).lower().split()) != form:
                return True
    return False


def _first_word_name(store: Store, form: str, full: str) -> bool:
    """Whether a one-word form is the first word of a body's name that is its own name, clipped ('Boca'
    of 'Boca Juniors', 'Siloam' of 'Siloam International Hospitals'): no kind, unit or office word
    ('Polda', 'Fraksi'), no place the corpus or the gazetteer knows ('Bologna' of 'Bologna FC' may be
    the city), no brand before a country (its national arm), and no body the corpus stores under that
    one word (then the longer name is its arm: 'Pertamina Patra Niaga')."""
    words = full.split()
    if len(words) < 2 or words[0] != form or len(form) < 4:
        return False
    if form in names.unit_heads() or form in names.part_words() or form in names.regional_offices():
        return False
    if form in ORG_LEADING or generic_bare(form, None) or is_place(store, form) or names.known_place(form):
        return False
    if names.world_unit(" ".join(words[1:]), "country"):
        return False  # 'Carousell Indonesia': a brand's national arm, not the brand
    return stored_num(store, form, "ORG") is None


def _reading_of_the_name(form: str, fulls: list[str], use: Usage) -> bool:
    """Whether an organisation's form of three words or more is one the text never writes as such,
    only the article's reading of a name it heads ('Kejaksaan Negeri (Kejari) Bandar Lampung' read
    as 'kejaksaan negeri kejari bandar lampung', 'Polres Tangerang Selatan Polda Metro Jaya'): no
    article can mean another body by words it never writes together."""
    words = form.split()
    return use.written == 0 and len(words) >= 3 and any(f.split()[0] == words[0] for f in fulls if " " in f)


def _stored_otherwise(store: Store, form: str, ents: list[int]) -> bool:
    """Whether ``form`` is stored as a body or place of another identity than ``ents``', named in
    articles none of ``ents`` is in."""
    mine = articles_of(store, ents)
    roots = {root(store, e) for e in ents}
    for label in ("ORG", "LOC"):
        num = store.scalar("SELECT num FROM entities WHERE key = ?", (f"{label}:{form}",))
        if num is None or root(store, int(num)) in roots:
            continue
        if articles_of(store, [int(num)]) - mine:
            return True
    return False


def _after_a_place(store: Store, texts: list[tuple[int, str, list[str]]], form: str, full_names: list[str]) -> bool:
    """Whether the bodies write a person's one-word form, apart from his names, mostly right after a
    place's name that no capitalised word comes before ('ke Bandung Zoo', '(Bandung Zoo)'): a word
    of a thing named after the place, read into a name beside it; not an official's name after his
    title's place ('Wali Kota Makassar Munafri')."""
    own = {w for n in full_names for w in normalize_name(n).split()} - {form}
    place = alone = 0
    for _, text, _ in texts:
        body = body_of(text)
        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", body, re.IGNORECASE):
            after = re.match(r"\W{0,2}(\w+)", body[m.end() : m.end() + 30])
            if m.group(0).islower() or (after and normalize_name(after.group(1)) in own):
                continue  # a word, or within his own name
            head = body[max(0, m.start() - 60) : m.start()]
            before = re.search(r"(?<![\w'-])([A-Z][\w'-]*) $", head)
            word = normalize_name(before.group(1)) if before else ""
            prev = re.findall(r"[\w'-]+", head[: before.start()] if before else "")[-1:]
            titled = bool(prev) and prev[0][:1].isupper() and head[: before.start()].rstrip()[-1:].isalnum()
            if word and word not in own and not titled and (word in names.regencies() or is_place(store, word)):
                place += 1
            elif word not in own:
                alone += 1
    return place > 0 and place >= alone


def _cut_from_a_body(store: Store, texts: list[tuple[int, str, list[str]]], form: str, full_names: list[str]) -> bool:
    """Whether a "person" whose name begins with the form ('Pendis Arskal Salim', 'Single Window Oza
    Olavia') is written right after a word that, with the name's words up to the form, runs inside an
    organisation's name of the same article ('Ditjen Pendis Kemenag', 'Lembaga National Single
    Window'): the entities layer cut the body's name and read its tail into the person's."""
    for name in full_names:
        words = normalize_name(name).split()
        if form not in words[:-1]:
            continue
        lead = words[: words.index(form) + 1]
        pat = re.compile(rf"([\w'-]+)\s+{re.escape(name)}(?![\w-])", re.IGNORECASE)
        for num, text, _ in texts:
            prevs = {normalize_name(m.group(1)) for m in pat.finditer(text)}
            if not prevs:
                continue
            run = [f" {p} {' '.join(lead)} " for p in prevs]
            orgs = store.query(
                "SELECT e.norm FROM mentions m JOIN entities e ON e.num = m.entity WHERE m.article = ? AND e.label = 'ORG'",
                (num,),
            )
            if any(r in f" {norm} " for (norm,) in orgs for r in run):
                return True
    return False


def _written_as_acronym(texts: list[tuple[int, str, list[str]]], form: str) -> bool:
    """Whether a body writes a one-word "person" name of four letters or more in capitals among
    words that are not ('program MAMAKU atau …'): an acronym, which no one's short name is written
    as (an all-capitals heading or caption is no sign)."""
    if len(form) < 4 or " " in form:
        return False
    for _, text, _ in texts:
        body = body_of(text)
        for m in re.finditer(rf"(?<![\w-]){re.escape(form.upper())}(?![\w-])", body):
            near = re.findall(r"[^\W\d_]+", body[max(0, m.start() - 30) : m.start()])[-2:]
            near += re.findall(r"[^\W\d_]+", body[m.end() : m.end() + 30])[:2]
            if near and not any(w.isupper() for w in near):
                return True
    return False


def _officer_after(texts: list[tuple[int, str, list[str]]], full_names: list[str]) -> bool:
    """Whether the bodies write every multi-word "person" name only with another person's name after
    a comma ('Ketua Umum DPP Gebu Minang, Oesman Sapta'): the name is the body of the title before
    it, and the role the entities layer gave it is that officer's, so it shows no person."""
    titles = {" ".join(t) for t in patterns.lexicon().roles if len(t) == 1} | one_word_honorifics()
    seen = False
    for n in full_names:
        words = re.findall(r"\w+", n)
        if len(words) < 2:
            continue
        pat = re.compile(r"(?<![\w-])" + r"[\W_]+".join(re.escape(w) for w in words) + r"(?![\w-])", re.IGNORECASE)
        for _, text, _ in texts:
            body = body_of(text)
            for m in pat.finditer(body):
                after = re.match(r",\s+([A-Z][\w'-]+)\s+([A-Z][\w'-]+)", body[m.end() : m.end() + 60])
                if after is None or any(normalize_name(w) in titles for w in after.groups()):
                    return False
                seen = True
    return seen


def _titled(texts: list[tuple[int, str, list[str]]], full_names: list[str]) -> bool:
    """Whether a text writes a person's title right before a full name ('Presiden Prabowo Subianto'),
    as the entities layer's role does when it read one."""
    titles = sorted((" ".join(t) for t in patterns.lexicon().roles), key=len, reverse=True)
    head = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in titles)
    for n in full_names:
        words = re.findall(r"\w+", n)
        if len(words) < 2:
            continue
        body = r"[\W_]+".join(re.escape(w) for w in words)
        # not when a capitalised name runs on after it ('eks pelatih Skuad Garuda Shin Tae-yong'): the
        # title is that name's, the "person" before it the title's object
        pat = re.compile(rf"\b(?:{head})\s+{body}\b(?!\s+(?-i:[A-Z]))", re.IGNORECASE)
        if any(pat.search(text) for _, text, _ in texts):
            return True
    return False


def _role_title(form: str) -> bool:
    """Whether a one-word form is a title the entities layer strips before a person's name ('sekjen')."""
    return " " not in form and (form,) in patterns.lexicon().roles


def _same_story(store: Store, article: int, ents: list[int]) -> bool:
    """Whether an article names a rare identity (idf ≥ context.SPECIFIC, or named in at most two
    articles) that an article of ``ents`` names too: the same story, so the same person."""
    theirs = articles_of(store, ents)
    if not theirs or article in theirs:
        return bool(theirs)
    mine = {
        root(store, int(e))
        for (e,) in store.query("SELECT DISTINCT entity FROM mentions WHERE article = ?", (article,))
    }
    mine -= {root(store, e) for e in ents}
    if not mine:
        return False
    n = max(int(store.scalar("SELECT COUNT(*) FROM articles") or 0), 1)
    marks = ",".join("?" * len(theirs))
    named = {
        root(store, int(e))
        for (e,) in store.query(f"SELECT DISTINCT entity FROM mentions WHERE article IN ({marks})", sorted(theirs))
    }
    for r in sorted(mine & named):
        group = members(store, r)
        gm = ",".join("?" * len(group))
        df = int(store.scalar(f"SELECT COUNT(DISTINCT article) FROM mentions WHERE entity IN ({gm})", group) or 1)
        if math.log(n / df) >= SPECIFIC or df <= 2:
            return True
    return False


def _a_word_too(texts: list[tuple[int, str, list[str]]]) -> bool:
    """Whether the corpus writes the form in lower case, a word, at least as often as capitalised."""
    low = sum(w.islower() for _, _, found in texts for w in found)
    return low > 0 and 2 * low >= sum(len(found) for _, _, found in texts)


SENTENCE_START = re.compile(r"(?:^|[.!?]\s*[\"'“”]?|\n)\s*$")


def _owner_in(text: str, form: str, own_words: set[str], word: bool = False) -> str | None:
    """How the text writes the form as someone's name: "other" when a capitalised word that is no
    word of the person's own names follows it, or a given name comes before it (another full name:
    'Rudi Reynal', 'Anton Doni Dihen') and the text also writes the form by itself, "inside" when it
    writes the form only inside such names; "alone" when capitalised by itself; None when only as a
    lower-case word ('subur', 'teguh' as adjectives name no one) or beside another word of his own
    names (a shorter name of him: 'Andreas Hugo' for 'Andreas Hugo Pareira'). The title is not
    read (a headline capitalises every word: 'Airlangga Sebut …'), nor a word of his name written in
    capitals, an acronym there ('ERI' for a registration system), nor the form after the head of a
    place's or a body's name ('Universitas Airlangga', 'Jalan Diponegoro'), nor the form as a title's
    first word ('Imam Besar' in the entities lexicon's roles), nor, with ``word`` (the corpus writes the
    form in lower case as often as not), the form opening a sentence before a lower-case word ('Mari
    kita …'): none names a person."""
    found = None
    inside = False
    body = body_of(text)
    for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", body, re.IGNORECASE):
        if m.group(0).islower() or (form in own_words and len(form) > 1 and m.group(0).isupper()):
            continue
        after = re.match(r" ([A-Z][\w'-]*)", body[m.end() : m.end() + 40])
        before = re.search(r"([A-Z][\w'-]*) $", body[max(0, m.start() - 40) : m.start()])
        if before and normalize_name(before.group(1)) in _named_after_heads():
            continue  # 'Universitas Airlangga': a body named after someone
        if _after_locative(body, m.start()):
            continue  # 'di Harris Sentraland', 'ke Tanah Suci': a place's name, no person's
        if (
            word
            and SENTENCE_START.search(body[max(0, m.start() - 3) : m.start()])
            and re.match(r" [a-z]", body[m.end() : m.end() + 2])
        ):
            continue  # 'Mari kita …': a word the corpus mostly writes in lower case, capitalised to open a sentence
        if after and (form, normalize_name(after.group(1))) in patterns.lexicon().roles:
            continue  # 'Imam Besar Masjid Istiqlal': a title's word, no one's name
        if after and normalize_name(after.group(1)) not in own_words:
            inside = True  # 'Rudi Reynal'
            continue
        if any(x and normalize_name(x.group(1)) in own_words for x in (before, after)):
            continue  # beside another word of his own name: a shorter name of him ('Andreas Hugo')
        if before and _given_or_name(before.group(1)):
            inside = True  # 'Anton Doni'
            continue
        found = "alone"
    if inside:
        # inside another capitalised name only, never alone: "inside" (whose name it is, a person's or
        # a thing's, the caller asks the store); a text that also writes it alone names its owner
        return "other" if found else "inside"
    return found


LOCATIVE_RUN = re.compile(r"(?:^|[^\w-])(?:di|ke|menuju)\s+(?:[A-Z][\w'-]*\s+){0,3}$")


def _word_of_one_thing(store: Store, form: str) -> bool:
    """Whether exactly one stored body or place has the form as a word of a name of two words or more,
    and the form is no body's name by itself: one thing's word ('May Day'), not a brand heading its
    products and units ('Qualcomm Snapdragon', 'Qualcomm Technologies') nor a body's own name."""
    if _is_org(store, form):
        return False
    rows = store.query(
        "SELECT norm FROM entities WHERE label IN ('ORG', 'LOC') AND (norm LIKE ? OR norm LIKE ? OR norm LIKE ?)",
        (f"{form} %", f"% {form}", f"% {form} %"),
    )
    return len({n for (n,) in rows if form in n.split()}) == 1


def _a_things_word(store: Store, article: int, form: str, ents: list[int]) -> bool:
    """Whether the article stores a body or place whose name holds the form, and no person of another
    identity bearing it nor a thing named after someone: the capitalised name the text writes the form
    inside is a thing's."""
    own = {root(store, e) for e in ents}
    rows = store.query(
        "SELECT e.num, e.norm, e.label FROM mentions m JOIN entities e ON e.num = m.entity WHERE m.article = ?",
        (article,),
    )
    held = [(label, int(n), norm) for n, norm, label in rows if len(norm.split()) > 1 and form in norm.split()]
    people = [n for label, n, _ in held if label == "PER" and root(store, n) not in own]
    # a hospital, street or stadium named after someone holds a person's name ('RSPAD Gatot Subroto')
    named = [norm for _, _, norm in held if any(norm.startswith(h + " ") for h in person_named_heads())]
    return not people and not named and any(label in ("ORG", "LOC") for label, _, _ in held)


def _after_locative(body: str, start: int) -> bool:
    """Whether the form opens or continues a capitalised run written right after a preposition of
    place ('di Harris Sentraland', 'ke Tanah Suci'): a place's name ('dari' also comes before a
    person the money came from: 'dari Deddy Paslah')."""
    return bool(LOCATIVE_RUN.search(body[max(0, start - 60) : start]))


def _inner_of_one(store: Store, form: str, owned: list[tuple[int | None, str]]) -> int:
    """How many of the articles that seemed to write the form for someone else write it only as a
    later word of one other stored person's name of three words or more ('Bhakti Eri Nurmansyah',
    'Yusril Ihza Mahendra'): a name he is never called by alone, so no other owner of the short
    form, when that one man is its only other bearer. Two such bearers ('Said Abdullah', 'Andi
    Abdullah Rahim'), or any other use, leave every article counted."""
    bearers = {_inner_bearer(store, a, t, form) if a is not None else None for a, t in owned}
    return len(owned) if owned and len(bearers) == 1 and None not in bearers else 0


def _inner_bearer(store: Store, article: int, text: str, form: str) -> str | None:
    """The stored person of the article whose name of three words or more has the form after its
    first word and who accounts for every capitalised use of it there (each right after the name's
    word before it: 'Bhakti Eri menyebutkan'), else None."""
    rows = store.query(
        "SELECT DISTINCT e.norm FROM mentions m JOIN entities e ON e.num = m.entity "
        "WHERE m.article = ? AND e.label = 'PER'",
        (article,),
    )
    hosts = [ws for (norm,) in rows if len(ws := norm.split()) >= 3 and form in ws[1:]]
    if len(hosts) > 1:
        return None
    body = body_of(text)
    if not hosts:
        return _middle_of_a_name(body, form)
    prev = hosts[0][hosts[0].index(form) - 1]
    uses = [m for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", body, re.IGNORECASE)]
    uses = [m for m in uses if not m.group(0).islower()]
    for m in uses:
        before = re.search(r"([\w'-]+)\W{1,3}$", body[max(0, m.start() - 40) : m.start()])
        if not before or normalize_name(before.group(1)) != prev:
            return None
    return " ".join(hosts[0]) if uses else None


def _middle_of_a_name(body: str, form: str) -> str | None:
    """The person the text names with the form as a middle word, where the entities layer stored no
    name for him ('Ayah TAS, Lukas Diana Putra, mendatangi …'): every capitalised use stands between
    the same capitalised name word (no common word, title or acronym: 'Kemarin Diana Putri', 'ASN
    Samsul Hidayat') and another
    capitalised word. Returned as that word and the form, else None."""
    titles = one_word_honorifics() | {" ".join(t) for t in patterns.lexicon().roles if len(t) == 1}
    bearer = None
    for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", body, re.IGNORECASE):
        if m.group(0).islower():
            continue
        before = re.search(r"(?<![\w-])([A-Z][\w'-]*) $", body[max(0, m.start() - 40) : m.start()])
        after = re.match(r" [A-Z]", body[m.end() : m.end() + 3])
        # a word in capitals before it is an acronym or rank ('ASN Samsul Hidayat'), no name word
        prev = normalize_name(before.group(1)) if before and not before.group(1).isupper() else ""
        if not after or not prev or prev in titles or prev in lower_common_words() or bearer not in (None, prev):
            return None
        bearer = prev
    return f"{bearer} {form}" if bearer else None


def _inside_other_names(texts: list[tuple[int, str, list[str]]], form: str, full_names: list[str]) -> tuple[int, int]:
    """How the bodies write a person's one-word form apart from his full names: (uses inside another
    name, uses by itself). Inside another name: after a capitalised word that is none of his names'
    words nor a title ('Bandung Zoo', 'Keluarga Minang'), before such a word, or in capitals as an
    acronym ('program MAMAKU'); the form is then a word of other names, not his short name."""
    own = {w for n in full_names for w in normalize_name(n).split()}
    titles = one_word_honorifics() | {" ".join(t) for t in patterns.lexicon().roles if len(t) == 1}
    fulls = [re.compile(r"[\W_]+".join(re.escape(w) for w in re.findall(r"\w+", n)), re.IGNORECASE) for n in full_names]
    inside = alone = 0
    for _, text, _ in texts:
        body = body_of(text)
        spans = [m.span() for p in fulls for m in p.finditer(body)]
        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", body, re.IGNORECASE):
            if m.group(0).islower() or any(a <= m.start() and m.end() <= b for a, b in spans):
                continue
            after = re.match(r" ([A-Z][\w'-]*)", body[m.end() : m.end() + 40])
            before = re.search(r"([A-Z][\w'-]*) $", body[max(0, m.start() - 40) : m.start()])
            if any(x and normalize_name(x.group(1)) in own for x in (before, after)):
                continue  # beside another word of his own names
            upper = len(form) > 3 and m.group(0).isupper()
            if upper or after or (before and normalize_name(before.group(1)) not in titles):
                inside += 1
            else:
                alone += 1
    return inside, alone


@lru_cache(maxsize=1)
def _named_after_heads() -> frozenset[str]:
    """One-word heads of places and bodies often named after a person (entities' own list)."""
    return frozenset(h for h in person_named_heads() if " " not in h)


def _given_or_name(word: str) -> bool:
    """A word before a form that makes it a later name of someone else: a given name ('Anton Doni')."""
    return normalize_name(word) in given_names()


def _not_a_persons_name(texts: list[tuple[int, str, list[str]]], full_names: list[str]) -> bool:
    """Whether a "person" the form was written for is an event (its name written with a year after
    it: 'Slamet Trail Run 2025') or a body's regional arm (its name ending in a continent: 'Ecolab
    Southeast Asia'): the entities layer's misreading, whose words name no one."""
    for n in full_names:
        words = re.findall(r"\w+", n)
        if len(words) < 2:
            continue
        if names.world_unit(normalize_name(words[-1]), "continent"):
            return True
        body = r"[\W_]+".join(re.escape(w) for w in words)
        pat = re.compile(rf"\b{body}\s+(?:19|20)\d\d\b", re.IGNORECASE)
        if any(pat.search(text) for _, text, _ in texts):
            return True
    return False


ALIAS_WORDS = r"(?:alias|als\.?|akrab\s+disapa|biasa\s+disapa|disapa|dikenal\s+(?:sebagai|dengan))"


def _alias_in_text(texts: list[tuple[int, str, list[str]]], full_names: list[str], form: str) -> bool:
    """Whether a text writes the form as the person's alias right after his full name: 'Pajar
    Permana alias Ojan', 'Encep Nurjaman alias Hambali', '… yang akrab disapa Ojan'."""
    for n in full_names:
        words = re.findall(r"\w+", n)
        if len(words) < 2:
            continue
        body = r"[\W_]+".join(re.escape(w) for w in words)
        pat = rf"\b{body}\W{{0,3}}(?:yang\s+)?{ALIAS_WORDS}\s+{re.escape(form)}\b"
        if any(re.search(pat, text, re.IGNORECASE) for _, text, _ in texts):
            return True
    return False


NAMED_AGAIN = 2  # articles that must write a form, each beside the person, for it to be no one article's misreading


def _named_again(use: Usage) -> bool:
    """Whether the text writes the form in several articles and only ever beside the person ('Rice'
    wherever 'Declan Rice' is named): a name the corpus keeps coming back to, which the entities layer
    read as a person each time, not one article's misread phrase ('Skin Check'), though no article
    gives a footballer or a researcher a role the roles layer knows."""
    return use.written >= NAMED_AGAIN and not use.elsewhere


def _person_cues(texts: list[tuple[int, str, list[str]]], full_names: list[str]) -> bool:
    """Whether a text writes a full name as a person's: with an age or the name's own initials in
    brackets after it ('Armi Siregar (27)', 'Siman Bahar (SB)') or 'bernama' (named) before it."""
    for n in full_names:
        words = re.findall(r"\w+", n)
        if len(words) < 2:
            continue
        # two initials only: a longer phrase's acronym is as often a thing's ('Social Loan Principles (SLP)')
        initials = "".join(w[0] for w in words).upper() if len(words) == 2 else r"\d{1,3}"
        body = r"[\W_]+".join(re.escape(w) for w in words)
        pat = re.compile(rf"(?:\bbernama\s+{body}\b|\b{body}\s*\(\s*(?:\d{{1,3}}|{initials})\s*[),])", re.IGNORECASE)
        if any(pat.search(text) for _, text, _ in texts):
            return True
    return False


@lru_cache(maxsize=1)
def _cue_pattern() -> tuple[str, str, str]:
    """The alternations of identity/data/person_cues.json: speech before, speech after, companions."""
    lists = word_lists("warta.identity", "person_cues.json")

    def alternation(key: str) -> str:
        return "|".join(sorted(lists[key], key=len, reverse=True))

    return alternation("speech_before"), alternation("speech_after"), alternation("companions")


def spoken_of(texts: list[tuple[int, str, list[str]]], form: str, full_names: list[str]) -> bool:
    """Whether a text writes the form or a full name as only a person's name is written: after a word
    that attributes speech ('kata Wadi Atmawijaya', 'menurut Wadi'), before a verb of saying ('Wadi
    mengatakan'), or set off after a kin or companion noun with -nya ('ibunya, Aryani Soenarto'). A
    product, a body's clipped name or a title the entities layer read as a person is not written so."""
    alts = [re.escape(form)] + [r"[\W_]+".join(re.escape(w) for w in re.findall(r"\w+", n)) for n in full_names]
    name = "|".join(sorted(alts, key=len, reverse=True))
    before, after, kin = _cue_pattern()
    cap = r"(?=(?-i:[A-Z]))"  # the name capitalised, whatever the case of the words around it
    pat = re.compile(
        rf"\b(?:{before}),?\s+{cap}(?:{name})\b|(?<!\w){cap}(?:{name})\s*,?\s+(?:{after})\b"
        rf"|\b(?:{kin})nya,\s+{cap}(?:{name})\b",
        re.IGNORECASE,
    )
    return any(pat.search(body_of(text)) for _, text, _ in texts)


# ', ', ', dan ', ' dan ', ' / ' or ' & ' between two names, maybe after a minute or score in brackets
LIST_GLUE = r"\s*(?:\([^()]{1,12}\)\s*)?(?:,(?:\s*dan\b)?|/|&|\bdan\b)\s*"


def _listed_with_people(
    store: Store, texts: list[tuple[int, str, list[str]]], full_names: list[str], ents: list[int]
) -> bool:
    """Whether a text writes a full name in one list with another person the entities layer read there
    ('Cesar Azpilicueta (36'), Michy Batshuayi (49')', 'Misaki Matsutomo / Ayaka Takahashi', 'Pangeran
    Harry dan Meghan Markle'): a person among people, though no role or quote says so; a misread
    phrase stands among things ('dari Sayah Liquor', 'Loloh Sembung (Blumea Balsamifera)')."""
    fulls = [r"[\W_]+".join(re.escape(w) for w in re.findall(r"\w+", n)) for n in full_names if " " in n.strip()]
    if not fulls:
        return False
    marks = ",".join("?" * len(ents))
    for num, text, _ in texts:
        others = [
            str(name)
            for (name,) in store.query(
                f"SELECT DISTINCT e.name FROM mentions m JOIN entities e ON e.num = m.entity "
                f"WHERE m.article = ? AND e.label = 'PER' AND m.entity NOT IN ({marks})",
                [num, *ents],
            )
            if " " in str(name)
        ]
        for other in others:
            o = r"[\W_]+".join(re.escape(w) for w in re.findall(r"\w+", other))
            for f in fulls:
                if re.search(rf"\b{o}{LIST_GLUE}{f}\b|\b{f}{LIST_GLUE}{o}\b", text, re.IGNORECASE):
                    return True
    return False


def _a_persons_name_elsewhere(store: Store, form: str, texts: list[tuple[int, str, list[str]]], use: Usage) -> bool:
    """Whether a one-word form never written in capitals beside the identity ('(Topan)') is, in an
    article without the identity, a word of a stored person's name ('Topan Ginting'): a name there."""
    if " " in form or not use.texts:
        return False
    nums = {text: num for num, text, _ in texts}
    elsewhere = [nums[t] for t in use.texts if t in nums]
    if not elsewhere or any(w.isupper() for num, _, found in texts if num not in elsewhere for w in found):
        return False  # an acronym in capitals beside the identity ('IKA') is no word of a name
    marks = ",".join("?" * len(elsewhere))
    rows = store.query(
        f"SELECT DISTINCT e.norm FROM mentions m JOIN entities e ON e.num = m.entity "
        f"WHERE m.article IN ({marks}) AND e.label = 'PER'",
        elsewhere,
    )
    return any(form in norm.split() and " " in norm for (norm,) in rows)


def _capitals_only_beside(form: str, use: Usage) -> bool:
    """Whether a one-word form is written in capitals only beside the identity ('GRACE') and elsewhere
    only as a name or word ('Grace Natalie'): the acronym is one article's, the word another's."""
    if " " in form or len(form) < 4 or not use.capitals or not use.elsewhere:
        return False
    caps = re.compile(rf"(?<!\w){re.escape(form.upper())}(?!\w)")
    return not any(caps.search(t) for t in use.texts)


_ROMAN = re.compile(r"[ivxlc]+")


def _heads_other_names(store: Store, form: str, fulls: list[str], ents: list[int], use: Usage) -> list[str]:
    """The other names an acronym read once for an identity heads in the articles without it: written
    right before capitalised words in running text ('DPP Golkar', 'DPP PDI Perjuangan' beside one
    article's 'Dewan Pertimbangan Pegawai (DPP) KPK'; 'PSA Unboxed', a venture firm, beside 'Prostate
    Specific Antigen (PSA)'), words of none of the identity's names or of its own articles' text (its
    parent there: 'Itwasum Polri'), and no place, unit word ('KAI Daop'), number or person's name (a
    title before a name: 'Menteri BUMN Rini Soemarno'). Empty for a kind's acronym, which its own
    articles write heading a name too ('Kantor Wilayah (Kanwil) Direktorat Jenderal …', 'MTs Negeri 1
    Konawe', 'KBRI Islamabad'): elsewhere it heads other bodies of its kind, the same meaning; unless
    the form is a unit every party or association has ('DPP': Dewan Pimpinan Pusat), which a reader
    knows by that meaning."""
    pat = re.compile(rf"(?<![\w-])(?i:{re.escape(form)})[ \t]+([A-Z][\w&'-]*)")
    texts = [body_of(t) for t in use.texts[:OWN_ARTICLES_READ]]  # not the title, whose words are all capitalised
    if not any(pat.search(t) for t in texts):
        return []
    marks = ",".join("?" * len(ents))
    rows = store.query(
        f"SELECT body FROM articles WHERE num IN (SELECT DISTINCT article FROM mentions WHERE entity IN ({marks})) "
        f"ORDER BY num LIMIT ?",
        [*ents, OWN_ARTICLES_READ],
    )
    own_raw = " ".join(str(b) for (b,) in rows)
    unit = names.shared_unit_acronyms().get(form)
    if not (unit and not any(names.same_body(unit, f) for f in fulls)):
        kind = re.compile(rf"(?<![\w-])\(?(?i:{re.escape(form)})\)?[ \t]+[A-Z]")
        if kind.search(own_raw):
            return []
    own = {w for f in fulls for w in f.split()}
    own_text = own_raw.casefold()
    found: list[str] = []
    for text in texts:
        for m in pat.finditer(text):
            word = next(iter(normalize_name(m.group(1)).split()), "")  # 'Pantura Semarang-Demak': 'semarang'
            if m.group(0)[:1].isupper() and _opens_other_name(store, word, own, own_text):
                found.append(m.group(0))
                break
    return found


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    """Words that after an acronym name its own unit or office ('KAI Daop', 'BCA Kantor Cabang'): the part
    words, regional offices and unit tails, joined once."""
    return names.part_words() | names.regional_offices() | names.unit_tails()


def _opens_other_name(store: Store, word: str, own: set[str], own_text: str) -> bool:
    """Whether ``word``, the folded first word after an acronym in an article without the identity, may
    open another body's name (:func:`_heads_other_names`): no word of the identity's names (``own``) or
    of its own articles' text (``own_text``), no connector, unit word, number, place or person's name."""
    if not word or word in own or word in CONNECTORS or word == "ri":
        return False
    if word in _unit_words() or word.isdigit() or _ROMAN.fullmatch(word):
        return False  # 'KSSK III', 'BCA Kantor Cabang'
    if is_place(store, word) or names.known_place(word) or known_region(word):
        return False  # 'KBRI Den Haag', 'Disdik Jabar': the body's office there
    if store.scalar(
        "SELECT COUNT(*) FROM entities WHERE key = ? OR (key > ? AND key < ?)",
        (f"PER:{word}", f"PER:{word} ", f"PER:{word}!"),
    ):
        return False  # 'Menteri BUMN Rini Soemarno': the body in a title before a person
    return not re.search(rf"(?<!\w){re.escape(word)}(?!\w)", own_text)


def _heads_others_mostly(store: Store, form: str, fulls: list[str], ents: list[int], use: Usage) -> bool:
    """Whether half or more of the articles writing an acronym without the identity write it heading
    another name (:func:`_heads_other_names`): several names ('DPP Golkar', 'DPP PDI Perjuangan'), or one
    once ('PSA Unboxed'), or one that is no stored body of its own. One stored body after it in several
    articles, always the same, is its parent ('Bareskrim Polri' in twelve), which the one article
    defining it did not happen to name."""
    if not use.elsewhere:
        return False
    found = _heads_other_names(store, form, fulls, ents, use)
    if len(found) * 2 < use.elsewhere:
        return False
    after = {normalize_name(f).split()[len(form.split())] for f in found}
    return len(after) >= 2 or len(found) < 2 or not any(stored_num(store, w, "ORG") is not None for w in after)


_CODES = re.compile(r"\((?:\s*\d+\s*/)?\s*([A-Z]{3})(?:\s*/\s*([A-Z]{3}))?\s*\)")


def _team_code(form: str, use: Usage) -> bool:
    """Whether half or more of the articles writing a three-letter acronym without the identity write it
    as a country's code in a results list: in brackets after a player's or a pair's names, beside two other
    codes at least, one bracket at least holding a pair's two codes or a seeding ('(MAS / INA)', '(1/DEN)').
    Sports results write every country so, whatever one article spelt the letters out as."""
    if len(form) != 3 or not form.isalpha() or not use.elsewhere:
        return False
    coded = 0
    for text in use.texts:
        brackets = list(_CODES.finditer(text))
        codes = {c for m in brackets for c in m.groups() if c}
        paired = any("/" in m.group(0) for m in brackets)
        coded += paired and len(codes) >= 3 and form.upper() in codes
    return coded * 2 >= use.elsewhere


def _tail_of_defined(form: str, name: str, texts: list[tuple[int, str, list[str]]]) -> bool:
    """Whether an article defines ``form`` as a longer name of which ``name`` is only the tail (the
    entities layer read a part of the defined name): no evidence that the form names ``name``."""
    if " " in form or not 3 <= len(form) <= 10:
        return False
    return any(f"({form}" in text.lower() and names.defined_longer(text, name, form) for _, text, _ in texts)


def _defined_as_tail(form: str, name: str, texts: list[tuple[int, str, list[str]]]) -> bool:
    """Whether an article defines ``form`` as only the tail of ``name`` (folded) after a unit's own
    name of two words or more ('Departemen Politik … Sosial Centre for Strategic and International
    Studies (CSIS)'): the form names the body at the tail, and ``name`` is a unit of it."""
    words = name.split()
    if " " in form or not 3 <= len(form) <= 10 or not words or words[0] not in names.unit_heads():
        return False
    if spelled_out(form, name):
        return False  # the unit's own acronym ('DPMA' for 'Departemen Pengelolaan Moneter dan Aset')
    tails = [" ".join(words[k:]) for k in range(2, len(words) - 1) if words[k] not in CONNECTORS]
    tails = [t for t in tails if spelled_out(form, t)]
    return any(f"({form}" in text.lower() and any(names.defines(text, t, form) for t in tails) for _, text, _ in texts)


def _spelled_by_head(form: str, fulls: list[str]) -> bool:
    """Whether ``form`` is spelled out of only the first words of every name it is written for ('ditjen'
    of 'direktorat jenderal' in 'direktorat jenderal imigrasi'), none of them that head alone."""
    return all(any(spelled_out(form, " ".join(f.split()[:k])) for k in range(1, len(f.split()))) for f in fulls)


def _join_spellings(store: Store, label: str, ranked: list[list[Any]]) -> list[list[Any]]:
    """Pool the full names that are one name in other words ('Toll System' / 'Tollroad System',
    '&' / 'dan', 'Tito Karnavian' inside 'Muhammad Tito Karnavian'), as the stored names' rule does."""
    kept: list[list[Any]] = []
    for g in ranked:
        a = normalize_name(g[1])
        host = next((k for k in kept if one_spelling(normalize_name(k[1]), a, label)), None)
        if host is None:
            kept.append(list(g))
        else:
            host[2] += g[2]
    return sorted(kept, key=lambda g: (-g[2], normalize_name(g[1])))


def _office_acronym(form: str, full: str, label: str) -> bool:
    """Whether a one-word form is a regional office's own acronym, spelled out of its name from the
    office word on ('DLH' for 'Dinas Lingkungan Hidup', 'Disdik' for 'Dinas Pendidikan'): it names
    that office, unlike a national acronym written beside one ('PUPR' beside 'Dinas PUPR …'). Only
    for a form that is no stored entity: a stored acronym keeps the stored names' stricter rule."""
    return label == "ORG" and " " not in form and len(form) >= 3 and spelled_out(form, full)


def one_spelling(a: str, b: str, label: str) -> bool:
    """Whether two full names one form is written for are one name spelt two ways: the stored names'
    rule (:func:`names.one_name`), or the same words once '&' is 'dan', hyphens and connectors are
    dropped ('Tak-Benda' / 'Takbenda', 'Development of Economics'), one word inside ('Satuan Gugus
    Tugas'), or one word differing by a glued ending ('Toll' / 'Tollroad') or, in a word of six
    letters or more, by a letter or so ('Tarmizi' / 'Tarmidzi')."""
    if names.one_name(a, b, label):
        return True

    def words(n: str) -> list[str]:
        n = re.sub(r"(\w)-(\w)", r"\1\2", n.replace("&", " dan "))
        return [w for w in n.split() if w not in CONNECTORS]

    wa, wb = words(a), words(b)
    if len(wa) >= 2 and len(wb) >= 2 and "".join(wa) == "".join(wb):
        return True  # 'Tak Benda' / 'Takbenda'
    short, long = sorted((wa, wb), key=len)
    if len(short) >= 2 and len(long) == len(short) + 1:  # a word inside: 'Satuan (Gugus) Tugas'
        return any(long[:i] + long[i + 1 :] == short for i in range(1, len(long) - 1))
    if len(wa) < 2 or len(wa) != len(wb):
        return False
    diff = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if not diff:
        return True
    if len(diff) > 1:
        return False
    x, y = sorted(diff[0], key=len)
    return len(x) >= 4 and (y.startswith(x) or (len(y) >= 6 and difflib.SequenceMatcher(None, x, y).ratio() >= 0.85))


def _distinctive_words(form: str, fulls: list[str]) -> list[str]:
    """A person's name words other than the form that name them alone: no given or common name."""
    common = lower_common_words()
    return sorted(
        {
            w
            for f in fulls
            for w in f.split()
            if w != form and len(w) >= 4 and w not in given_names() and w not in common
        }
    )


def _nickname_ok(store: Store, form: str, fulls: list[str], ents: list[int], use: Usage) -> bool:
    """A person's nickname or alias ('Ojan' for 'Pajar Permana') written for them in an article,
    never written without them, for someone the corpus gives a role or quotes."""
    return len(form) >= 3 and " " not in form and not use.elsewhere and acts_as_person(store, ents)


def own_acronym(store: Store, form: str, ents: list[int], fulls: list[str]) -> bool:
    """Whether the corpus writes another acronym, spelled out of the name, for the same name
    ('BPOM' for 'Badan Pengawas Obat dan Makanan'): an acronym the text defines as that name without
    being spelled out of it ('FDA') is then a foreign namesake's, translated, not the body's."""
    marks = ",".join("?" * len(ents))
    rows = store.query(
        f"SELECT DISTINCT form FROM entity_aliases WHERE entity IN ({marks}) AND form <> ?", [*ents, form]
    )
    if any(acronym_like(f) and any(spelled_out(f, n) for n in fulls) for (f,) in rows):
        return True
    for n in fulls:  # or a stored name that is its initials ('BPOM' read as a body of its own)
        initials = "".join(w[0] for w in n.split() if w not in CONNECTORS)
        if len(initials) >= 3 and initials != form and _is_org(store, initials):
            return True
    return False


def _is_org(store: Store, norm: str) -> bool:
    return store.scalar("SELECT COUNT(*) FROM entities WHERE key = ?", (f"ORG:{norm}",)) > 0


def acts_as_person(store: Store, ents: list[int]) -> bool:
    """Whether some article gives the person a role or quotes them: a "person" the corpus never
    does either, and whose first word is no given name, may be a phrase the entities layer misread
    ('Rutan Salemba', 'Skin Check'); initials spelled out of the name check themselves."""
    marks = ",".join("?" * len(ents))
    rows = store.query(
        f"SELECT e.norm, m.role FROM mentions m JOIN entities e ON e.num = m.entity "
        f"WHERE m.entity IN ({marks}) AND m.role IS NOT NULL AND m.role <> ''",
        ents,
    )
    # a role that runs into the name's first word is the title of someone else, of the "person" ('eks
    # pelatih Skuad' read before 'Skuad Garuda Shin Tae-yong': the coach of a team): no person's role
    if any(normalize_name(role).split()[-1:] != norm.split()[:1] for norm, role in rows):
        return True
    return bool(store.scalar(f"SELECT COUNT(*) FROM quotes WHERE speaker_entity IN ({marks})", ents))


def _variant_of_form(store: Store, form: str, label: str, kind: str | None) -> bool:
    """Whether ``kind form`` ('Kabupaten Ngawi', 'PT Antam') is what the bare form means, as the
    kind-word rule of :func:`warta.identity.relink` decides it for a stored bare name."""
    if kind is None:
        return False
    if label == "LOC":
        return place_level_ok(store, kind, form)
    if label == "ORG":
        return len(form) >= 3 and not generic_bare(form, kind) and not is_place(store, form)
    return True


def _name_word_or_initials(form: str, fulls: list[str]) -> bool:
    """Whether a one-word form is a word of a person's full name ('reda' of 'reda manthovani') or
    spelled out of it from its first letter ('hg' for 'heri gunawan', 'demul' for 'dedi mulyadi')."""
    if " " in form or len(form) < 2:
        return False
    return any(len(f.split()) > 1 and (form in f.split() or spelled_out(form, f)) for f in fulls)


def _defined_elsewhere(form: str, fulls: list[str], use: Usage) -> bool:
    """Whether the articles writing an acronym without the identity define it as another name."""
    if not acronym_like(form) or not use.texts:
        return False
    other = 0
    for text in use.texts[:OWN_ARTICLES_READ]:
        found = names.defined_as(text, form) or names.defined_as_phrase(text, form)
        other += bool(found) and not any(names.same_body(d, f) for d in found for f in fulls)
    return other >= max(1, (1 - DOMINANCE) * min(len(use.texts), OWN_ARTICLES_READ))
