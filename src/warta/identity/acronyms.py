"""Acronyms: one the text writes only inside a longer name, one no article defines joined to the one
stored body of its initials, one a reader knows by the entities layer's list, and the meanings an article's
own text gives an acronym otherwise.
"""

from __future__ import annotations

import re
from typing import Any

from warta.corpus.store import Store, normalize_name
from warta.entities.roles.runs import party_bodies
from warta.identity import names
from warta.identity.context import shared_context
from warta.identity.evidence import DOMINANCE, STRONG_CONTEXT
from warta.identity.merges import link_sure, members, root, through
from warta.identity.name_words import acronym_like, core, initials_of, known_region
from warta.identity.official_names import CLOSING_WORDS, with_state_words, without_state_words
from warta.identity.regions import regional_name
from warta.identity.stored import is_place, name_index, name_of, names_of, not_an_identity, stored_names, stored_num

INSIDE_REASON = "the text writes"
INSIDE_USES = 3  # times the text must write the acronym, every time inside the longer name


def link_only_inside(store: Store, short: int, form: str, current: Any) -> bool:
    """Link an acronym the corpus's text writes only inside one longer stored name ('ASPAC' only ever
    in 'UCLG ASPAC', 'PDI' only in 'PDI Perjuangan') to that name: it has no use of its own, so an
    entity read for it is a piece of that name. Needs three uses, capitals at least once and never lower
    case ('Immigration Lounge' holds a word, not an acronym); never a unit's name ('Komisi …') nor a
    regional office; never when the text writes it once outside the name."""
    if not acronym_like(form) or not form.isalnum():
        return False
    if store.dialect == "sqlite":  # the names mentioned in the articles writing it (index lookups, no scan)
        rows = store.query(
            "SELECT DISTINCT e.num, e.norm, e.name FROM articles_fts f JOIN mentions m ON m.article = f.rowid "
            "JOIN entities e ON e.num = m.entity WHERE articles_fts MATCH ? AND e.label = 'ORG' "
            "AND ' ' || e.norm || ' ' LIKE ?",
            (f'"{form}"', f"% {form} %"),
        )
    else:
        rows = store.query(
            "SELECT num, norm, name FROM entities WHERE label = 'ORG' AND ' ' || norm || ' ' LIKE ?",
            (f"% {form} %",),
        )
    rows = [r for r in rows if r[1] != form]
    heads = names.unit_heads() | names.regional_offices()  # unit heads include the part words
    hosts = [
        (int(n), name)
        for n, norm, name in rows
        if norm.split()[0] not in heads and not not_an_identity(store, name, "ORG")
    ]
    if not hosts:
        return False
    from warta.identity.usage import count_articles, written

    if count_articles(store, [form], without=[normalize_name(n) for _, n in hosts]):
        return False  # an article writes it and none of the names: it is written alone there
    texts = written(store, form)
    found = [f for _, _, fs in texts for f in fs]
    if len(found) < INSIDE_USES or not any(f.isupper() for f in found) or not all(f[:1].isupper() for f in found):
        return False
    word = re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])", re.IGNORECASE)
    pats = {
        n: re.compile(
            r"(?<![\w-])" + r"[\W_]+".join(re.escape(w) for w in re.findall(r"\w+", name)) + r"(?!\w)", re.IGNORECASE
        )
        for n, name in hosts
    }
    used: set[int] = set()
    for _, text, _ in texts:
        for m in word.finditer(text):
            inside = [
                n
                for n, p in pats.items()
                if any(a <= m.start() and m.end() <= b for a, b in (x.span() for x in p.finditer(text)))
            ]
            if not inside:
                return False  # written alone once: a name of its own there
            used.add(min(inside, key=lambda n: len(pats[n].pattern)))
    targets = {root(store, n) for n in used}
    if len(targets) != 1:
        return False
    target = targets.pop()
    if target == short:
        return False
    return link_sure(
        store,
        short,
        target,
        current,
        lambda: f"{INSIDE_REASON} '{form}' only inside '{name_of(store, target)}' ({len(texts)} article(s))",
    )


ACRONYM_REASON = "the one stored body whose initials are"
ACRONYM_LETTERS = (3, 6)  # an acronym this long: two letters name too many bodies ('PU', 'MA')


def arm_of_two(store: Store, form: str, fulls: list[str]) -> str | None:
    """The two stored arms an acronym heads when the name it was written for is its expansion with
    an arm's word after it ('Badan Penyelenggara Jaminan Sosial Kesehatan' for 'BPJS', while 'BPJS
    Kesehatan' and 'BPJS Ketenagakerjaan' are stored bodies): the bare acronym is then the umbrella
    or either arm, no short form of one of them. None when it heads no two arms."""
    for full in fulls:
        words = full.split()
        if len(words) < 3 or initials_of(" ".join(words[:-1])) != form or not _arm_word(store, words[-1]):
            continue  # 'Dewan Perwakilan Rakyat RI': a national tail, no arm
        rows = store.query("SELECT norm FROM entities WHERE label = 'ORG' AND norm LIKE ?", (f"{form} %",))
        arms = {n for (n,) in rows if len(n.split()) == 2 and _arm_word(store, n.split()[1])}
        if f"{form} {words[-1]}" in arms and len(arms) >= 2:
            return ", ".join(sorted(arms)[:3])
    return None


def _arm_word(store: Store, word: str) -> bool:
    """Whether a word after an acronym may name an arm ('Kesehatan'), not a country, region or
    place ('DPR RI', 'DPR AS', 'BPS NTB': the body itself or its regional office)."""
    return (
        len(word) > 3 and not is_place(store, word) and not known_region(word) and not names.world_unit(word, "country")
    )


def _expansions(store: Store, form: str) -> list[tuple[int, str]]:
    """The stored organisations whose initials are ``form``; a name written with acronyms in it ('DPC
    PDIP Denpasar') spells out no acronym of its initials."""
    rows = stored_names(store, name_index(store).initials.get(form, []))
    return [(n, m) for n, m, name in rows if not any(len(w) > 1 and w.isupper() for w in name.split())]


def link_undefined_acronym(store: Store, short: int, form: str, current: Any) -> bool:
    """Link a stored acronym no article writes for any name ('MPR', 'FUI') to the one stored body whose
    initials it is: the corpus stores both and never writes them side by side. Without strong shared
    context (its own articles naming the same rare people, bodies and places as that body's), never
    when the body has another acronym of its own ('PLN' is no 'Program Legislasi Nasional', written
    'Prolegnas'). Never an acronym of two letters or with two bodies, a regional office, a unit or a
    body named for its region (every region has one), nor one its own articles define as another name."""
    lo, hi = ACRONYM_LETTERS
    if (
        not (lo <= len(form) <= hi)
        or not form.isalpha()
        or form in names.regional_offices()
        or form in names.part_words()
        or not name_of(store, short).isupper()  # written in capitals: an acronym, not a word or a name
        or form in names.known_expansions()  # 'PSI' is the party a reader knows, not a stored 'P… S… I…'
    ):
        return False
    bodies = {root(store, n) for n, norm in _expansions(store, form) if not regional_name(norm)} - {short}
    if len(bodies) != 1:
        return False
    target = bodies.pop()
    if through(store, target, short):
        return False
    ctx = shared_context(store, short, members(store, target), members, root)
    strong = ctx is not None and ctx.specific >= 1 and ctx.weight >= STRONG_CONTEXT
    if not strong and _namesake_acronym(store, form, target):
        return False
    if defined_otherwise(store, short, form, target) is not None:
        return False
    return link_sure(
        store,
        short,
        target,
        current,
        lambda: f"{ACRONYM_REASON} '{form}': '{name_of(store, target)}', and its own articles: {ctx}",
    )


KNOWN_REASON = "the body a reader knows by"


def known_body(store: Store, form: str) -> int | None:
    """The one stored identity the shipped list of organisations gives as the meaning of ``form``: its
    full name stored as listed, with the state's words or with a closing word ('Kementerian Luar Negeri
    RI'). None when the corpus stores none; for two letters, a party's board or a regional office (a
    kind every region or party has: 'Dinas Sosial'); or for a name the short form is a word of
    ('Demokrat', 'Partai Demokrat': a party of another land too)."""
    full = names.known_expansions().get(form)
    if full is None or form in full.split() or form in names.regional_offices() or regional_name(full):
        return None
    if " " not in form and len(form) < ACRONYM_LETTERS[0]:
        return None  # 'UI' is a phone's user interface as often as 'Universitas Indonesia'
    if form in party_bodies():
        return None  # 'DPD' is every party's regional board ('Musda DPD I Golkar') as often as the senate

    forms = [full, *without_state_words(full), f"{full} republik indonesia", *(f"{full} {w}" for w in CLOSING_WORDS)]
    bodies = {root(store, n) for f in forms if (n := stored_num(store, f, "ORG")) is not None}
    return bodies.pop() if len(bodies) == 1 else None


def known_full_names(norm: str) -> set[str]:
    """The listed full names a stored name may be written for (:func:`known_body` read backwards)."""
    out = {norm, *with_state_words(norm)}
    for tail in (" republik indonesia", *(f" {w}" for w in CLOSING_WORDS)):
        if norm.endswith(tail):
            out.add(norm[: -len(tail)])
    return out


def link_known_acronym(store: Store, short: int, form: str, current: Any) -> bool:
    """Link a stored short form no article writes for a stored name ('Polri', 'Kemenhub') to the body
    a reader knows it by, when the corpus stores that body: a well-known acronym is written bare in
    one article and its full name in another, never the two side by side. Never one its own articles
    define as another name."""
    target = known_body(store, form)
    if target is None or not _known_may_join(store, short, form, target):
        return False
    return link_sure(store, short, target, current, lambda: f"{KNOWN_REASON} '{form}': '{name_of(store, target)}'")


def known_and_written(store: Store, short: int, form: str, target: int) -> bool:
    """Whether the one identity the corpus writes ``form`` for is the body a reader knows it by
    (:func:`known_body`), though no name written spells it ('Polri' once for 'Kepolisian RI': a syllable
    of 'Kepolisian' past its affix, which the letters' test refuses): the text and the reader's list agree,
    unless its own articles define it as another name."""
    return known_body(store, form) == target and _known_may_join(store, short, form, target)


def _known_may_join(store: Store, short: int, form: str, target: int) -> bool:
    """Whether the short form may join the body a reader knows it by: not already through it, and
    not defined as another name by its own articles (the reader's list yields to the text)."""
    return not through(store, target, short) and defined_otherwise(store, short, form, target) is None


def known_otherwise(form: str, fulls: list[str]) -> str | None:
    """The meaning a reader knows an acronym by when the names an article spelt it out as are another
    body whose words spell it too ('Public Private Partnership (PPP)' once, while 'PPP' is the party
    'Partai Persatuan Pembangunan'): one article's coinage, no name for the bare acronym where the text
    writes it without that name (the callers ask; where it never does, the coinage is all there is:
    'Badan Permusyawaratan Desa (BPD)' in a corpus that names no bank).
    None when no meaning is known, or when a name is the known one or no spelling of it (a translation:
    'Organisasi Kesehatan Dunia' for 'WHO')."""
    known = names.known_expansions().get(form)
    if known is None or initials_of(known) != form:
        return None
    if any(names.same_body(f, known) for f in fulls) or not any(initials_of(f) == form for f in fulls):
        return None
    return known


def _namesake_acronym(store: Store, form: str, target: int) -> bool:
    """Whether the body ``target`` has another acronym of its own written for it ('Prolegnas' for
    'Program Legislasi Nasional'): then an acronym of its initials that no article writes beside it
    ('PLN') is another body's, a namesake, unless the two share strong context."""
    from warta.identity.forms import own_acronym

    ents = members(store, target)
    return own_acronym(store, form, ents, [normalize_name(n) for n in names_of(store, ents)])


OWN_ARTICLES_READ = 20  # articles of a short name read for the names their text defines it as


def defined_otherwise(store: Store, short: int, form: str, target: int) -> str | None:
    """A name other than the identity's that the articles writing only ``form`` define it as, when
    more than a stray one of them do (at least 1 − DOMINANCE of those read: 'PBB' defined once as
    'Pajak Bumi dan Bangunan' among a dozen articles about the UN still is the UN), or None."""
    mine = members(store, short)
    ents = [e for e in members(store, target) if e not in mine] or [target]
    full_names = [normalize_name(n) for n in names_of(store, ents)]
    full_names += [core(n, "ORG")[0] for n in full_names]
    emarks, mmarks = ",".join("?" * len(ents)), ",".join("?" * len(mine))
    rows = store.query(
        f"SELECT a.body FROM articles a WHERE a.num IN (SELECT article FROM mentions WHERE entity IN ({mmarks})) "
        f"AND a.num NOT IN (SELECT article FROM mentions WHERE entity IN ({emarks})) ORDER BY a.num DESC LIMIT ?",
        [*mine, *ents, OWN_ARTICLES_READ],
    )
    other: list[str] = []
    for (body,) in rows:
        for d in names.defined_as(body if isinstance(body, str) else "", form):
            if not any(names.same_body(d, n) for n in full_names):
                other.append(d)
                break
    return other[0] if other and len(other) >= (1 - DOMINANCE) * len(rows) else None


def times_defined(store: Store, form: str, ents: list[int], limit: int = 12) -> int:
    """Articles (of the first ``limit`` that mention these entities) whose text defines ``form``
    as the entity's name, as in 'Dana Moneter Internasional (IMF)'."""
    if not ents:
        return 0
    marks = ",".join("?" * len(ents))
    rows = store.query(
        f"SELECT e.name, a.body FROM mentions m JOIN entities e ON e.num = m.entity "
        f"JOIN articles a ON a.num = m.article WHERE m.entity IN ({marks}) ORDER BY m.article LIMIT ?",
        [*ents, limit],
    )
    return sum(1 for name, body in rows if isinstance(body, str) and names.defines(body, name, form))
