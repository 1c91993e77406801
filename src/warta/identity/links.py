"""The linking itself: counting an article's short forms as evidence (:func:`record_aliases`, called by
the store), and :func:`relink`, which decides a written form by dominance of its evidence and then tries the
rules of the other modules in turn; :func:`relink_all` and :func:`count_stored` redo it for a whole store.

The rules, as the package's docstring told them before the split (round 35):

Within one article the entities layer already joins ``Prabowo`` to ``Prabowo Subianto`` and
``BI`` to ``Bank Indonesia``: the record's entity keeps its full canonical name and lists the
short forms among its mentions. Across articles an article that only says ``Prabowo`` or
``BI`` gets an entity of that short name. This module joins such a short-name entity to the
full-name entity when the corpus's own articles say so, and only then:

- evidence: in ``entity_aliases`` each (written form, label, full entity) counts the articles
  whose own text wrote that form for that full name;
- a short-name entity is linked to a full-name entity when the full name holds at least
  :data:`DOMINANCE` of that evidence and at least :data:`MIN_ARTICLES` articles back it; a
  short form written for several people (``Budi``) stays apart and is reported as ambiguous;
- name evidence says whom the corpus writes a form for, not what an article writing only the form
  means: a common first name also needs its own articles to share a rare co-mention with the full
  name's (:mod:`warta.identity.context`), an acronym its own articles define as another name stays
  apart, and strong shared context stands in for one missing article of evidence;
- the corpus's text is evidence too (:mod:`warta.identity.usage`): a one-word person name whose every
  article also writes the full name or surname, and no article writes it without him, is his;
- a stored name the entities layer read with words of the text in it is the name it holds: an
  amount ('Provinsi Jawa Barat Rp 4'), words before a legal form or after 'RI', a person's name cut
  short or after stray words ('Hanta Yuda', 'Udayana Ni Nyoman …'); a one-word surname given the one
  bearer's title ('Menteri Hukum Supratman') is his; an article's acronym written inside a name
  ('Kejaksaan Negeri (Kejari) Jember') is that name; a person's title read in before a body's name
  ('Guru Besar IPB University') is left out;
- two stored names that are one name spelt otherwise ('detikcom', 'detik.com'; 'Bernad', 'Bernard':
  :mod:`warta.identity.spelling`; or one key slipped where one article writes both: 'Adist', 'Adsit'),
  a region's body under its government's short head or another name of its province ('Pemprov Jatim',
  'Pemerintah Provinsi Jawa Timur'), a stored acronym of the one stored body of its initials with
  strong shared context, or whose body has no other acronym of its own ('MPR', 'FUI'), a person's
  name with its middle words left out ('Marcus Gideon'), a name cut before its 'dan'
  that its text writes on, a person's name in the other spelling of its sounds ('Eddy'/'Edi
  Soeparno', 'Mochammad'/'Muhammad Afifuddin'), a body's name with its closing 'RI' or 'Persero' or
  with the state's words before its country ('Kepolisian Republik Indonesia'), a body's or building's
  clipped name that the corpus shows to be the one name it opens ('Gedung Merah Putih' … 'KPK'), a
  unit's short name every article of it writes in full ('Komisi X' … 'Komisi X DPR RI'), a
  facility's own name after its kind ('Hotel JS Luwansa'), a venue's name the texts write as the place
  of an event ('di Etihad' … 'Etihad Stadium'), and a person's name with one word cut short ('Dani' /
  'Daniel Carvajal') are one identity, though no article writes one short form for both;
- a person's full name of its own, named in more articles, is never folded into a longer name one
  article wrote it for ('Joko Widodo' … 'Hajah Iriana Joko Widodo': another person named after him);
- every link records its reason; :func:`unlink` undoes one (and keeps it undone), and a link
  whose evidence later turns ambiguous is dropped (its row says why).

Links live in ``entity_links`` (schema version 4); names are folded by
:func:`warta.corpus.store.normalize_name`.
"""

from __future__ import annotations

import time
from typing import Any

from warta.corpus.store import Store, normalize_name, now, stored_record
from warta.identity import names
from warta.identity.acronyms import (
    ACRONYM_REASON,
    INSIDE_REASON,
    KNOWN_REASON,
    arm_of_two,
    defined_otherwise,
    known_and_written,
    known_full_names,
    link_known_acronym,
    link_only_inside,
    link_undefined_acronym,
    times_defined,
)
from warta.identity.bare_names import VARIANT_REASON, link_variant, with_bare_forms
from warta.identity.clipped_names import (
    CLUB_REASON,
    FIRST_WORDS_REASON,
    UNIT_REASON,
    link_club,
    link_first_words,
    link_unit_clipped,
    may_be_clipped,
)
from warta.identity.context import shared_context
from warta.identity.evidence import (
    DOMINANCE,
    STRONG_CONTEXT,
    candidates,
    enough,
    first_name_once,
    is_named_after,
    is_place_named_after,
    spelled_out,
    unit_before,
    unit_of_parent,
    weak_first_name,
    written_forms,
)
from warta.identity.kind_tails import KIND_TAIL_REASON, link_kind_tail, with_tails
from warta.identity.merges import link_one_name, members, reroot, root, set_link
from warta.identity.name_words import acronym_like, core, given_names, has_common_word, initials_of, kind_variants
from warta.identity.national_names import NATIONAL_REASON, link_national_tail, with_country
from warta.identity.official_names import (
    CLOSING_WORDS,
    FILLER_REASON,
    STATE_REASON,
    link_closing_word,
    link_filler,
    link_state_words,
    with_fillers,
    with_state_words,
)
from warta.identity.part_names import PART_REASON, link_part_written_otherwise, part_mates
from warta.identity.persons import (
    BESIDE_REASON,
    MISLABEL_REASON,
    ROLE_REASON,
    RUN_REASON,
    SOLE_REASON,
    borne_by_another,
    first_name_of_stored_two,
    first_name_of_two,
    link_mislabelled,
    link_name_run,
    link_other_label,
    link_same_role,
    link_sole_bearer,
    link_spelled_beside,
    name_of_its_own,
)
from warta.identity.read_in import (
    CUT_REASON,
    NUMBER_REASON,
    STRAY_REASON,
    link_cut_before_dan,
    link_number_read_in,
    link_stray_words,
    link_title_words,
    numbered_forms,
    read_in_after,
)
from warta.identity.regions import (
    PROVINCE_REASON,
    REGION_REASON,
    link_province,
    link_regional_body,
    regional_mates,
    roles_in_other_regions,
)
from warta.identity.spelt_otherwise import (
    CLIPPED_REASON,
    SPELLING_REASON,
    clipped_mates,
    link_clipped_word,
    link_spelling,
    spelling_mates,
)
from warta.identity.stored import is_indexed, name_index, names_of, not_an_identity, stored_num


def record_aliases(store: Store, entities: list[dict[str, Any]], nums: list[int | None]) -> None:
    """Count the article's own short forms as evidence, then relink the names they touch.

    Called by the store inside the article's transaction, with the entity numbers it wrote. In an
    ingest that will decide every name at its end (:func:`begin_ingest`) only the evidence is counted."""
    name_index(store, grow=True)  # the names this article stored, for the spelling and acronym rules
    deferred = bool(getattr(store, "identity_deferred", False))
    touched: set[tuple[str, str]] = set()
    seen: set[tuple[str, str, int]] = set()
    known: dict[tuple[str, str], list[str]] = {}  # the stored names are not changed here: look each base up once

    def variants(base: str, label: str) -> list[str]:
        if (base, label) not in known:
            known[base, label] = kind_variants(store, base, label)
        return known[base, label]

    for e, num in zip(entities, nums, strict=False):
        if num is None or not isinstance(e, dict):
            continue
        label = e.get("label") or "MISC"
        for f in with_bare_forms(store, written_forms(e), label, normalize_name(e.get("canonical") or "")):
            key = (f, label, num)
            if key in seen:
                continue
            seen.add(key)
            store.execute(
                "INSERT INTO entity_aliases (form, label, entity, articles) VALUES (?, ?, ?, 1) "
                "ON CONFLICT (form, label, entity) DO UPDATE SET articles = entity_aliases.articles + 1",
                (f, label, num),
            )
            touched.add((f, label))
            if label in ("ORG", "LOC") and not deferred:
                # its forms with a kind word: the bare name may now be read as another body, or be a
                # short form of another place ('Jogja' for 'Jogjakarta': 'Kota Jogja' is decided again)
                touched.update((v, label) for v in variants(f, label))
        if deferred:
            continue
        # a short-name entity itself: it may now be linkable to a full name seen before
        norm = normalize_name(e.get("canonical") or "")
        touched.add((norm, label))
        if label == "ORG" and " " in norm:  # an acronym stored alone may now be read only inside this name
            words = [w for w in norm.split() if acronym_like(w)]
            keys = [f"ORG:{w}" for w in words]
            if keys:
                marks = ",".join("?" * len(keys))
                stored = store.query(f"SELECT norm FROM entities WHERE key IN ({marks})", keys)
                touched.update((str(w), label) for (w,) in stored)
        if label == "PER":  # the same name under another label may now be a misreading of this person
            touched.update(((norm, "ORG"), (norm, "LOC")))
            words = norm.split()
            if len(words) > 1:  # a bare first name or surname may now have its only bearer, or a second one
                touched.update(((words[0], label), (words[-1], label)))
        if label == "ORG":  # … or a person's name read as this body's ('Orlando City' as a person elsewhere)
            touched.add((norm, "PER"))
        if label in ("LOC", "ORG", "PER"):
            # a stored 'KPK 3' may now have its name to join ('KPK' arriving after it)
            touched.update((n, label) for n in numbered_forms(store, norm, label))
            # the bare name and all its forms with a kind word ('Kabupaten Jembrana', 'Kecamatan
            # Jembrana') are decided again together, so arrival order does not change the outcome
            base, kind = core(norm, label)
            touched.add((base, label))
            touched.update((v, label) for v in variants(base, label))
            # … and a name read with more words after it that may now have this one to join
            for head in {norm, base}:
                touched.update((n, label) for n in read_in_after(store, head, label))
        if label in ("LOC", "ORG", "PER"):  # its other spellings: which one hosts may change with this article
            touched.update((m, label) for _, m in spelling_mates(store, norm, label))
        if label == "PER":  # … and its name with a word cut short or in full
            touched.update((m, label) for _, m in clipped_mates(store, norm))
        if label == "ORG":  # … and its other names as a region's body, and a stored acronym of it
            touched.update((m, label) for _, m in regional_mates(store, norm))
            if " " in norm and is_indexed(store, initials_of(norm), label):
                touched.add((initials_of(norm), label))
            # … and the short forms a reader knows it by ('Polri' once 'Kepolisian Negara Republik Indonesia' arrives)
            for full in known_full_names(norm):
                touched.update((a, label) for a in names.known_acronyms().get(full, ()) if is_indexed(store, a, label))
            if " dan " in norm:  # a name the entities layer cut before its 'dan' may now have this one
                touched.add((norm.split(" dan ", 1)[0], label))
        words = norm.split()
        if label in ("ORG", "LOC") and words and (may_be_clipped(words, label) or words[0] in names.unit_heads()):
            # a stored name it runs on from may now be its clipped form (or a unit's short name)
            touched.update(
                (p, label) for i in range(2, len(words)) if is_indexed(store, p := " ".join(words[:i]), label)
            )
        if label == "ORG" and len(words) >= 2 and names.club_of(words[0], norm) and is_indexed(store, words[0], label):
            touched.add((words[0], label))  # a club's one-word name may now have its club ('Persela Lamongan')
        if label == "ORG":
            # … and its name with a closing word ('PT Kereta Api Indonesia (Persero)') may now join it
            touched.update((f"{norm} {w}", label) for w in CLOSING_WORDS if is_indexed(store, f"{norm} {w}", label))
            # … and its name after a title read into it ('Guru Besar IPB University')
            touched.update((m, label) for _, m in name_index(store).leads.get(norm, ()))
            # … and its name with the state's words before its country ('Kepolisian Republik Indonesia')
            touched.update((f, label) for f in with_state_words(norm) if is_indexed(store, f, label))
            touched.update((f, label) for f in with_country(store, norm))  # … and with its country after it
        if label in ("ORG", "LOC"):  # … and its names with a word writers leave out ('Bandara Internasional X')
            touched.update((f, label) for f in with_fillers(store, norm, label))
            # … and the longer names it may now host or rival ('Rakhine State', 'Istana Kepresidenan Bogor')
            touched.update((f, label) for f in with_tails(store, norm, label))
            # … and its names with a part written otherwise ('Fraksi PDIP' once 'Fraksi PDI Perjuangan' arrives)
            touched.update((f, label) for f in part_mates(store, norm, label))
        if label == "LOC":  # every name of a province the places list knows ('Kaltim', 'Kalimantan Timur')
            touched.update((f, label) for f in names.province_names().get(norm, ()))
    if deferred:
        return
    # a place's bare names first: whether 'Kota X' joins 'X' depends on what 'X' was just linked to
    for form, label in sorted(touched, key=lambda t: (t[1] == "LOC" and core(t[0], "LOC")[1] is not None, t)):
        relink(store, form, label)


SETTLE_SHARE = 0.25
"""An ingest that stored at least this share of the store's articles ends by deciding every name again
(:func:`settle`): its cost grows with the store, so a small ingest into a large store keeps the links
its articles' own touches decided (:func:`relink_all` settles such a store whenever asked)."""

SETTLE_ROUNDS = 4
"""At most this many passes over every name: a pass decides each name on the links the names before it
were given, so a later pass settles links that lean on names decided after them; stops when one changes
nothing."""


def relink_all(store: Store) -> int:
    """Decide every stored name again from the corpus's evidence alone (:func:`settle`): after the rules
    change, or after small ingests, whose links depend on the order their articles arrived in. Returns
    how many names changed identity."""
    with store.transaction():
        return settle(store)


def begin_ingest(store: Store) -> None:
    """Run by ``warta ingest`` before its first record: into an empty store every name will be decided
    at the end (:func:`settle_ingest`), so its articles only count their evidence as they are written
    (deciding the names they touch, article after article, would be work thrown away). A store whose
    articles have evidence and no link at all is one such ingest stopped before its end: it is settled
    at the end of this one, whatever its size."""
    if not getattr(store, "stories", False):
        return  # a store held at a version without identities: nothing is linked
    empty = not store.scalar("SELECT 1 FROM articles LIMIT 1")
    linked = bool(store.scalar("SELECT 1 FROM entity_links LIMIT 1"))
    evidence = bool(store.scalar("SELECT 1 FROM entity_aliases LIMIT 1"))
    store.identity_deferred = empty  # type: ignore[attr-defined]
    store.identity_unsettled = not empty and not linked and evidence  # type: ignore[attr-defined]


def settle_ingest(store: Store, stored: int) -> None:
    """Run by ``warta ingest`` once its records are written: when they are a large share of the store
    (:data:`SETTLE_SHARE`), or their names were left to be decided here (:func:`begin_ingest`), every
    name is decided again (:func:`settle`), so the same articles ingested in any order, or in several
    runs, give the same identities."""
    deferred = bool(getattr(store, "identity_deferred", False))
    unsettled = bool(getattr(store, "identity_unsettled", False))
    store.identity_deferred = False  # type: ignore[attr-defined]
    store.identity_unsettled = False  # type: ignore[attr-defined]
    if not getattr(store, "stories", False):
        return  # a store held at a version without identities
    total = int(store.scalar("SELECT COUNT(*) FROM articles") or 0)
    if not (deferred or unsettled) and (stored <= 0 or stored < SETTLE_SHARE * total):
        return
    t0 = time.perf_counter()
    try:
        with store.transaction():
            settle(store)
    except Exception as e:
        if store.dialect != "postgres":
            raise
        # another writer's race on PostgreSQL: the links its articles decided stay; a later ingest settles
        store.link_failures.append(f"settling identities: {type(e).__name__}: {e}")
    store.identity_seconds += time.perf_counter() - t0


def settle(store: Store) -> int:
    """Decide every stored name again on the whole corpus's evidence, as if no link were made yet,
    inside the caller's transaction; a person's decisions (links and undos) are kept. Returns how many
    names changed identity.

    At ingest each article re-decides only the names it touches, so a name whose evidence moved through
    other names (a better full name arriving later, a second bearer of a first name) may keep a decision
    an earlier state of the corpus gave it, and the links end depending on the order the articles arrived
    in. Here every automatic link is first set aside, then the names are decided in the order of their
    keys, pass after pass until a pass changes nothing (:data:`SETTLE_ROUNDS`): the live links are then a
    function of the stored names and their evidence only. A link set aside and not made again is kept
    as dropped, its row saying so; one made again gets the reason of today's evidence."""
    rows = store.query("SELECT num, norm, label FROM entities WHERE label IN ('PER', 'ORG', 'LOC') ORDER BY key")
    before = {int(n): root(store, int(n)) for n, _, _ in rows}
    old = {
        int(e): str(r)
        for e, r in store.query("SELECT entity, reason FROM entity_links WHERE manual = 0 AND undone = 0")
    }
    store.execute("UPDATE entity_links SET undone = 2 WHERE manual = 0 AND undone = 0")
    unstored = store.query(
        "SELECT DISTINCT a.form, a.label FROM entity_aliases a WHERE a.label IN ('PER', 'ORG', 'LOC') "
        "AND NOT EXISTS (SELECT 1 FROM entities e WHERE e.key = a.label || ':' || a.form) ORDER BY a.form, a.label"
    )
    name_index(store, grow=True)
    live: set[tuple[Any, ...]] = set()
    for _ in range(SETTLE_ROUNDS):
        for form, label in unstored:
            _join_written_for(store, form, label)
        for _, norm, label in rows:
            relink(store, norm, label)
        now_live = set(store.query("SELECT entity, target, reason FROM entity_links WHERE undone = 0"))
        if now_live == live:
            break
        live = now_live
    for ent, reason in old.items():
        row = store.execute("SELECT target, undone, reason FROM entity_links WHERE entity = ?", (ent,)).fetchone()
        if row is not None and row[1] == 2 and row[2] == reason:  # set aside and not made again
            store.execute(
                "UPDATE entity_links SET reason = ?, at = ? WHERE entity = ?",
                (f"no longer: {reason} (the whole corpus decided again)", now(), ent),
            )
    return sum(1 for n, r in before.items() if root(store, n) != r)


def count_stored(store: Store, chunk: int = 200) -> int:
    """Count the short forms of every stored article as evidence, in input order, then decide
    every name: for a store migrated to schema 6, whose articles were stored before identities
    were kept (evidence is counted only as an article is written, so they would never be
    linked). Runs inside the caller's transaction; returns the articles counted."""
    last, n = 0, 0
    while rows := store.query("SELECT num, record FROM articles WHERE num > ? ORDER BY num LIMIT ?", (last, chunk)):
        for num, blob in rows:
            last = int(num)
            rec = stored_record(blob) or {}  # a damaged row has no evidence to give
            ents = [e for e in rec.get("entities") or [] if isinstance(e, dict)]
            record_aliases(
                store,
                ents,
                [stored_num(store, normalize_name(e.get("canonical") or ""), e.get("label") or "MISC") for e in ents],
            )
            n += 1
    settle(store)
    return n


def relink(store: Store, form: str, label: str) -> None:
    """(Re)decide the link of the entity named ``form`` (if stored) from the current evidence."""
    if not form:
        return
    row = store.execute("SELECT num FROM entities WHERE key = ?", (f"{label}:{form}",)).fetchone()
    if row is None:
        _join_written_for(store, form, label)
        return
    short = int(row[0])
    current = store.execute(
        "SELECT target, manual, undone, reason FROM entity_links WHERE entity = ?", (short,)
    ).fetchone()
    if current is not None and (current[1] or current[2] == 1):
        return  # a person's decision (link or undo) is kept
    if link_variant(store, short, form, label, current):
        return
    if label == "ORG" and link_closing_word(store, short, form, current):
        return
    if label == "ORG" and link_state_words(store, short, form, current):
        return
    if label == "ORG" and link_national_tail(store, short, form, current):
        return
    if label in ("ORG", "LOC") and link_filler(store, short, form, label, current):
        return
    if label in ("ORG", "PER", "LOC") and link_number_read_in(store, short, form, label, current):
        return
    if label == "ORG" and link_stray_words(store, short, form, current):
        return
    if label == "ORG" and link_title_words(store, short, form, current):
        return
    if label == "LOC" and link_province(store, short, form, current):
        return
    if label == "ORG" and link_regional_body(store, short, form, current):
        return
    if label in ("ORG", "LOC") and link_first_words(store, short, form, label, current):
        return
    if label == "ORG" and link_unit_clipped(store, short, form, current):
        return
    if label == "ORG" and link_club(store, short, form, current):
        return
    if label in ("ORG", "LOC") and link_mislabelled(store, short, form, label, current):
        return
    if label in ("PER", "ORG") and link_other_label(store, short, form, label, current):
        return
    if label in ("ORG", "LOC") and link_kind_tail(store, short, form, label, current):
        return
    if (
        current is not None
        and current[2] == 0
        and any(
            current[3].startswith(REGION_REASON) or r in current[3]
            for r in (
                VARIANT_REASON,
                MISLABEL_REASON,
                PROVINCE_REASON,
                NUMBER_REASON,
                STRAY_REASON,
                FIRST_WORDS_REASON,
                STATE_REASON,
                FILLER_REASON,
                NATIONAL_REASON,
                UNIT_REASON,
                CLUB_REASON,
                KIND_TAIL_REASON,
            )
        )
    ):
        # a link the stored names no longer allow ('Kecamatan X' once 'Kabupaten X' arrived)
        store.execute(
            "UPDATE entity_links SET undone = 2, reason = ?, at = ? WHERE entity = ?",
            (f"no longer: {current[3]} (the stored names now allow it no more)", now(), short),
        )
        current = (current[0], 0, 2, current[3])
    pooled = _pool(store, form, label, short)
    if not pooled:
        if label == "PER" and link_sole_bearer(store, short, form, current):
            return
        if label == "PER" and link_name_run(store, short, form):
            return
        if label == "PER" and link_same_role(store, short, form, current):
            return
        if label == "PER" and link_spelled_beside(store, short, form, current):
            return
        if label == "ORG" and link_only_inside(store, short, form, current):
            return
        if link_spelling(store, short, form, label, current):
            return
        if label == "PER" and link_clipped_word(store, short, form, current):
            return
        if label == "ORG" and link_known_acronym(store, short, form, current):
            return
        if label == "ORG" and link_undefined_acronym(store, short, form, current):
            return
        if label == "ORG" and link_cut_before_dan(store, short, form, current):
            return
        if label in ("ORG", "LOC") and link_part_written_otherwise(store, short, form, label, current):
            return
        if (
            current is not None
            and current[2] == 0
            and current[3].startswith(
                (
                    SOLE_REASON,
                    BESIDE_REASON,
                    INSIDE_REASON,
                    RUN_REASON,
                    ROLE_REASON,
                    SPELLING_REASON,
                    CLIPPED_REASON,
                    ACRONYM_REASON,
                    KNOWN_REASON,
                    CUT_REASON,
                    PART_REASON,
                )
            )
        ):
            store.execute(
                "UPDATE entity_links SET undone = 2, reason = ?, at = ? WHERE entity = ?",
                (f"no longer: {current[3]} (not the only bearer now, or too little context)", now(), short),
            )
        if current is not None and current[2] == 0 and current[3].startswith(f"'{form}' written for "):
            # its evidence now points at no identity ('Kesra' for 'Kesra Rp900', a misread phrase)
            store.execute(
                "UPDATE entity_links SET undone = 2, reason = ?, at = ? WHERE entity = ?",
                (f"no longer: {current[3]} (that name is no identity)", now(), short),
            )
        return
    for g in pooled.values():
        reroot(store, g)
    groups = _join_one_names(store, form, label, list(pooled.values()))
    _decide(store, short, form, label, current, groups)


def _join_written_for(store: Store, form: str, label: str) -> None:
    """A written form that is no stored entity ('tito', 'fitroh') decides no link of its own, but
    the full names it is written for that are one name in other words ('Tito Karnavian' and
    'Muhammad Tito Karnavian', 'Fitroh Rohcahyanto' and 'Fitroh Rohcyahyanto') are one identity."""
    if label not in ("PER", "ORG", "LOC"):
        return
    if (store.scalar("SELECT COUNT(*) FROM entity_aliases WHERE form = ? AND label = ?", (form, label)) or 0) < 2:
        return  # written for one name only (most forms): nothing to join, no need to pool
    pooled = _pool(store, form, label, None)
    if len(pooled) < 2:
        return
    for g in pooled.values():
        reroot(store, g)
    _join_one_names(store, form, label, list(pooled.values()), translations=False)


def _pool(store: Store, form: str, label: str, short: int | None) -> dict[int, list[Any]]:
    """The evidence for ``form`` pooled by identity: [root, name, articles, {entity: articles},
    entities] each ('Amran' written for 'Andi Amran Sulaiman' and 'Amran Sulaiman', one person)."""
    pooled: dict[int, list[Any]] = {}
    for ent, name, count in candidates(store, form, label):
        if not_an_identity(store, name, label):
            continue
        if core(normalize_name(name), label)[0] == form:
            continue  # 'Kota Jogja' written 'Jogja': the bare name's own variant, linked the other way
        if label == "LOC" and is_place_named_after(form, normalize_name(name)):
            continue  # 'Pantai Kuta', 'Teluk Jakarta' written 'Kuta', 'Jakarta': a place named after it
        if label == "ORG" and is_named_after(form, normalize_name(name)):
            continue  # 'Kantor DPR', 'Komisi III DPR' written 'DPR': a thing named after it, no expansion
        if label == "ORG" and unit_of_parent(form, normalize_name(name)):
            continue  # 'Komisi XII Dewan Perwakilan Rakyat' written 'DPR': the parent's acronym
        if label == "ORG" and " " not in form and normalize_name(name).split()[0] in names.regional_offices():
            continue  # 'Polda Riau' written 'Polri': the national body beside one of its regional offices
        r = root(store, ent)
        if r == short:
            continue
        g = pooled.setdefault(r, [r, name, 0, {}, [ent]])
        g[2] += count
        g[3][ent] = g[3].get(ent, 0) + count
        if ent not in g[4]:
            g[4].append(ent)
        if normalize_name(name) == store.scalar("SELECT norm FROM entities WHERE num = ?", (r,)):
            g[1] = name
    return pooled


def _decide(store: Store, short: int, form: str, label: str, current: Any, groups: list[list[Any]]) -> None:
    """Link the short-name entity to the identity its pooled evidence decides, or drop its link."""
    ranked = sorted(groups, key=lambda g: (-g[2], normalize_name(g[1])))
    total = sum(g[2] for g in ranked)
    target, name, count = ranked[0][0], ranked[0][1], ranked[0][2]
    # checked against every name the form was written for ('DKI' for 'DKI Jakarta', whose identity is 'Jakarta')
    fulls = [normalize_name(n) for n in (name, *names_of(store, [target, *ranked[0][4]]))]
    fulls += [
        core(f, label)[0] for f in fulls
    ]  # 'NTB' checked against 'Provinsi Nusa Tenggara Barat' without its kind word
    share = count / total
    defined = 0
    known = False
    ok = share >= DOMINANCE and any(enough(form, full, label, count) for full in fulls)
    ctx = None
    if not ok and share >= DOMINANCE and label == "PER" and form not in given_names():
        # one article short ('Puan' for 'Puan Maharani' once): the short name's own articles naming
        # the same rare people, bodies and places as the full name's stand for the second article
        # only where the second article is asked for because a short first name is shared ('Seno'),
        # not because the full name may be a misread phrase ('Ojol Sahabat Polantas')
        short_first = [f for f in fulls if f.split()[:1] == [form] and not has_common_word(f.split())]
        if len(form) <= 4 and any(enough(form, full, label, count + 1) for full in short_first):
            ctx = shared_context(store, short, members(store, target), members, root)
            ok = ctx is not None and ctx.specific >= 1 and ctx.weight >= STRONG_CONTEXT
    if ok and label == "PER" and first_name_of_two(store, form, ranked):
        ok = False  # 'Deni' written for 'Deni Surjantoro' and 'Deni Wicaksono': two people
    if ok and label == "PER" and form in given_names() and first_name_of_stored_two(store, form):
        ok = False  # 'Eddy' written only for one Eddy, while the corpus names another Eddy
    weak = ok and label == "PER" and ctx is None and weak_first_name(form, fulls)
    if weak or (ok and label == "PER" and ctx is None and first_name_once(form, fulls, count)):
        # the name evidence says whom the corpus writes a common first name for, not that an article
        # writing only that name means that person: its own articles must name someone or something
        # rare that the full name's articles name too; so must a first name's several own articles
        # when a single article wrote it for the full name (one reading vouches for one article)
        ctx = shared_context(store, short, members(store, target), members, root)
        if ctx is not None and ctx.specific == 0 and (weak or ctx.own > count):
            ok = False  # 'Dian' written for 'V Dian Patria', while the article writing only 'Dian' is about others
    if ok and label == "PER" and name_of_its_own(store, short, form, target, fulls):
        ok = False  # 'Joko Widodo' (37 articles) read once for 'Hajah Iriana Joko Widodo', his wife
    if ok and label == "PER" and roles_in_other_regions(store, short, target):
        ok = False  # 'Plt Sekretaris DPRD Bantaeng' and 'Ketua TAPD Pemkab Bone': two officials of one name
    if ok and label == "PER" and " " not in form and borne_by_another(store, form, short, target):
        # 'Costa' written for 'Diego Costa' while 'Douglas Costa' is stored too: the articles writing the
        # bare word alone may mean either, so they must name the same rare things as the full name's
        ctx = ctx or shared_context(store, short, members(store, target), members, root)
        ok = ctx is None or (ctx.specific >= 1 and ctx.weight >= STRONG_CONTEXT)
    doubt = None
    if ok and label == "PER" and count < 2 and " " not in form and (ctx is None or ctx.specific == 0):
        # one article's reading of a one-word name, its own articles naming nothing rare of his: the
        # text must not doubt that the full name is a person's, as for an unstored form ('Tawon' of a
        # misread 'Tawon Vespa', 'Adhyaksa' of 'Bale Karta Adhyaksa')
        from warta.identity.forms import text_doubt

        doubt = text_doubt(store, form, short, target)
        ok = doubt is None
    if ok and label == "ORG" and count < 2 and acronym_like(form):
        # one article's reading of an acronym: the text elsewhere must not give it another meaning
        # ('alat pelindung diri (APD)', 'PSBS Biak'), as for an unstored form
        from warta.identity.forms import acronym_doubt

        doubt = acronym_doubt(store, form, short, target)
        ok = doubt is None
    if ok and label == "ORG" and acronym_like(form) and (arm := arm_of_two(store, form, fulls)):
        ok = False  # 'BPJS' written for 'Badan Penyelenggara Jaminan Sosial Kesehatan' while
        doubt = f"it heads two bodies ({arm})"  # 'BPJS Kesehatan' and 'BPJS Ketenagakerjaan' are stored
    otherwise = None
    if ok and label == "ORG" and acronym_like(form):
        # an acronym its own articles define as another name ('Program Indonesia Pintar (PIP)' while
        # 'PIP' is written for 'Pusat Investasi Pemerintah' elsewhere) is a short form of several
        otherwise = defined_otherwise(store, short, form, target)
        ok = otherwise is None
    if share >= DOMINANCE and not ok and otherwise is None and doubt is None and label == "ORG" and acronym_like(form):
        defined = times_defined(store, form, ranked[0][4])  # 'Badan Antariksa Amerika Serikat (NASA)'
        ok = defined >= 1
        known = not ok and known_and_written(store, short, form, target)  # 'Polri' written for 'Kepolisian RI'
        ok = ok or known
    if not ok and label == "PER" and share >= DOMINANCE and link_spelled_beside(store, short, form, current):
        return  # 'Erick' in an article that writes 'Erick Thohir' where the entities layer did not read it
    if ok:
        others = f"; also written for {len(ranked) - 1} other name(s)" if len(ranked) > 1 else ""
        how = f", defined in the text of {defined}" if defined else ""
        seen = f"; its own articles: {ctx}" if ctx is not None else ""
        how += f", {KNOWN_REASON} '{form}'" if known else ""
        reason = f"'{form}' written for '{name}' in {count} article(s){how} ({share:.0%} of the evidence{others}{seen})"
        set_link(store, short, target, reason, share, manual=False)
    elif current is not None and current[2] == 0:
        listed = ", ".join(f"{g[1]} ({g[2]})" for g in ranked[:4])
        seen = f"; its own articles: {ctx}" if ctx is not None else ""
        if otherwise:
            seen += f"; its own articles define it as '{otherwise}'"
        if doubt:
            seen += f"; the text doubts it: {doubt}"
        store.execute(
            "UPDATE entity_links SET undone = 2, reason = ?, at = ? WHERE entity = ?",
            (f"not enough or ambiguous now: '{form}' written for {listed}{seen}", now(), short),
        )


def _join_one_names(
    store: Store, form: str, label: str, groups: list[list[Any]], *, translations: bool = True
) -> list[list[Any]]:
    """Join the full names the corpus writes ``form`` for that are one name in other words
    (:func:`names.one_name`, or an acronym the texts define for a name and its translation); the
    one with less evidence is linked into the other, with the reason."""
    if len(groups) < 2:
        return groups
    groups = sorted(groups, key=lambda g: (-g[2], normalize_name(g[1])))
    if label == "PER":
        # 'Gibran Rakabuming' and 'Gibran Rakabuming Raka': the longer name hosts the shorter
        groups = sorted(groups, key=lambda g: (-len(normalize_name(g[1]).split()), -g[2], normalize_name(g[1])))
    kept: list[list[Any]] = []
    for g in groups:
        name = normalize_name(g[1])
        host, why = None, None
        for k in kept:
            why = _one_identity(store, form, label, k, g, translations)
            if why:
                host = k
                break
        if host is None:
            kept.append(g)
            continue
        host[2] += g[2]
        host[4].extend(e for e in g[4] if e not in host[4])
        link_one_name(store, g[0], name, host[0], normalize_name(host[1]), form, why or "")
    return kept


def _one_identity(
    store: Store, form: str, label: str, a: list[Any], b: list[Any], translations: bool = True
) -> str | None:
    """Why two full names written as ``form`` are one identity, or None."""
    na, nb = normalize_name(a[1]), normalize_name(b[1])
    from warta.identity.forms import one_spelling  # (forms reads this module's rules)

    if one_spelling(na, nb, label) and _fits(form, na, label) == _fits(form, nb, label):
        return "are one name"  # (not 'Terrorist Fighters' read out of 'Foreign Terrorist Fighters (FTF)')
    if label != "ORG" or not acronym_like(form) or not translations:
        return None  # (a form no article read as a body of its own: only its spellings join)
    # 'IMF' defined for 'International Monetary Fund' and for 'Dana Moneter Internasional': spelled out
    # of one name only, so the other is its translation (an acronym of two different bodies, 'PSI',
    # is spelled out of both and stays ambiguous)
    if spelled_out(form, na) == spelled_out(form, nb):
        return None
    if unit_before(na, nb) or unit_before(nb, na):
        return None  # 'Majelis Umum Perserikatan Bangsa-Bangsa (PBB)': a part named before its body, no translation
    if times_defined(store, form, a[4]) >= 1 and times_defined(store, form, b[4]) >= 1:
        return "are one name in two languages (the texts define one acronym for both)"
    return None


def _fits(form: str, full: str, label: str) -> bool:
    """Whether a form is a word of the name or spelled out of it (with or without its kind word)."""
    fw = form.split()

    def inside(words: list[str]) -> bool:
        return any(words[i : i + len(fw)] == fw for i in range(len(words) - len(fw) + 1))

    return any(inside(f.split()) or spelled_out(form, f) for f in (full, core(full, label)[0]))
