"""People's names: the only stored person named by a surname or with a post, a name running on in
another (middle words or initials left out), a short name spelt beside the full one in every article, first
names several people bear, and a person read under another label.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from warta.corpus.store import Store, normalize_name
from warta.identity.context import shared_context
from warta.identity.evidence import STRONG_CONTEXT, initials_before, middle_left_out, only_prefixes_left_out, stray_lead
from warta.identity.merges import link_sure, members, root
from warta.identity.name_words import (
    given_names,
    has_common_word,
    lower_common_words,
    one_word_honorifics,
    shared_name_words,
)
from warta.identity.regions import roles_in_other_regions
from warta.identity.stored import (
    articles_named,
    articles_of,
    is_person,
    name_of,
    names_of,
    not_an_identity,
    people_bearing,
    person_num,
    rest_is_person,
    stored_num,
)
from warta.identity.usage import written_alone

MISLABEL_REASON = "the same name, misread"  # the reason of a link across labels


SOLE_REASON = "the only stored person named"


def _bare_name(form: str, shortest: int) -> bool:
    """A one-word name of at least ``shortest`` letters that may name one person alone: no given name
    many bear, no word shared by many names (birth order, caste), no dictionary word, no honorific."""
    return not (
        len(form) < shortest
        or " " in form
        or form in given_names()
        or form in shared_name_words()
        or form in lower_common_words()
        or form in one_word_honorifics()
    )


def link_sole_bearer(store: Store, short: int, form: str, current: Any) -> bool:
    """Link a bare first name or surname no article wrote for anyone ('Obama', 'Afifuddin') to the
    one stored person whose name begins or ends with it, when its own articles name the same rare
    people, bodies and places as that person's (strong context): uniqueness alone is not enough,
    as the corpus may simply not have stored the other bearers. Never a common given name, a
    dictionary word or a short name."""
    if not _bare_name(form, 5):
        return False
    rows = people_bearing(store, form)
    bearers = {
        root(store, int(n))
        for n, norm, name in rows
        if norm.split()[0] == form or norm.split()[-1] == form
        if not not_an_identity(store, name, "PER")
    } - {short}
    if len(bearers) != 1 or any(has_common_word(norm.split()) for _, norm, _ in rows):
        return False  # two bearers, or a "person" that may be a misread phrase ('Perang Diponegoro')
    target = bearers.pop()
    if root(store, target) == short or any(root(store, int(n)) == short for n, _, _ in rows):
        return False
    ctx = shared_context(store, short, members(store, target), members, root)
    if ctx is None or ctx.specific < 1 or ctx.weight < STRONG_CONTEXT:
        return False
    if roles_in_other_regions(store, short, target):
        return False  # 'Saharuddin', an official of Bantaeng, beside 'Andi Saharuddin' of Bone
    from warta.identity.forms import text_doubt

    if text_doubt(store, form, short, target) is not None:
        return False  # 'Garuda' beside 'Skuad Garuda', a team read as a person: no bearer, however alone
    return link_sure(
        store,
        short,
        target,
        current,
        lambda: f"{SOLE_REASON} '{form}' is '{name_of(store, target)}', and its own articles: {ctx}",
    )


ROLE_REASON = "the only stored person with the post"


def link_same_role(store: Store, short: int, form: str, current: Any) -> bool:
    """Link a one-word surname or first name no article wrote for anyone ('Menteri Hukum Supratman')
    to the one stored person whose name begins or ends with it and whom the corpus gives the same
    title ('Supratman Andi Agtas', Menteri Hukum): a post of two words or more is held by one person
    at a time. Never a common given name ('Said' of many), a dictionary word or a short name."""
    if not _bare_name(form, 4):
        return False
    mine = _titles(store, [short])
    if not mine:
        return False
    rows = people_bearing(store, form)
    bearers = {
        root(store, int(n))
        for n, norm, name in rows
        if int(n) != short and form in (norm.split()[0], norm.split()[-1]) and not not_an_identity(store, name, "PER")
    }  # (its own identity counts: a link kept is decided again as made)
    fits = [b for b in sorted(bearers) if mine & _titles(store, [e for e in members(store, b) if e != short])]
    if len(fits) != 1 or fits[0] == short:
        return False
    target = fits[0]
    title = sorted(mine & _titles(store, members(store, target)))[0]
    return link_sure(
        store, short, target, current, lambda: f"{ROLE_REASON} '{title}' named '{form}': '{name_of(store, target)}'"
    )


def _titles(store: Store, ents: list[int]) -> set[str]:
    """The titles the entities' mentions are given (folded), of two words or more and written with a
    capital ('Menteri Hukum', not 'warga desa')."""
    marks = ",".join("?" * len(ents))
    sql = f"SELECT DISTINCT role FROM mentions WHERE entity IN ({marks}) AND role IS NOT NULL AND role <> ''"
    out = set()
    for (r,) in store.query(sql, ents):
        folded = normalize_name(str(r))
        if str(r)[:1].isupper() and len(folded.split()) >= 2:
            out.add(folded)
    return out


RUN_REASON = "the only stored person whose name runs"


def link_name_run(store: Store, ent: int, norm: str) -> bool:
    """Join a person's name of two words or more to the one stored person whose longer name begins
    with it ('Hanta Yuda' of 'Hanta Yuda Rasyid': a name cut short) or ends with it after stray
    words of the text ('Udayana Ni Nyoman Dewi Pascarani': the university read into her name), and
    the one longer name ``norm`` holds so. The flawed name is linked to the other."""
    words = norm.split()
    if len(words) < 2:
        return False
    # names ending with it are found by a scan, run only when the name arrives: a longer name arriving
    # later finds it by its own key lookups below
    new = (store.scalar("SELECT COUNT(*) FROM mentions WHERE entity = ?", (ent,)) or 0) <= 1
    pairs = [(norm, longer) for longer in _name_run_hosts(store, norm, ends=new)]
    runs = [" ".join(words[:i]) for i in range(2, len(words))] + [" ".join(words[i:]) for i in range(1, len(words) - 1)]
    runs += _middles_left_out(words)
    pairs += [(run, norm) for run in runs if is_person(store, run)]
    linked = False  # whether ``norm`` itself is linked so (the caller then decides it no further)
    for short, longer in pairs:
        hosts = _name_run_hosts(store, short)
        if {root(store, person_num(store, h)) for h in hosts} != {root(store, person_num(store, longer))}:
            continue  # several bearers, or the longer one is already another's name
        if _name_run_ok(store, short, longer):
            # a name cut short, or the rest of a name after its first ('Gian Wiatma …'), joins the longer;
            # a name read with stray words joins the shorter
            stray = stray_lead(short, longer) and longer.split()[0] not in given_names()
            stray = stray or initials_before(short, longer)
            frm, to = (longer, short) if stray else (short, longer)
            if _link_run(store, person_num(store, frm), person_num(store, to), frm, to) and frm == norm:
                linked = True
    return linked


def _middles_left_out(words: list[str]) -> list[str]:
    """A person's name of three words or more without one run of its middle words ('Della Haris' of
    'Della Destiara Haris')."""
    n = len(words)
    return [" ".join(words[:i] + words[j:]) for i in range(1, n - 1) for j in range(i + 1, n)]


def _name_run_hosts(store: Store, short: str, ends: bool = True) -> list[str]:
    """The stored person names that begin with the name ``short`` (a key range) or, with ``ends``,
    end with it or hold it with middle words inserted (one scan by its last word)."""
    rows = store.query("SELECT key FROM entities WHERE key > ? AND key < ?", (f"PER:{short} ", f"PER:{short}!"))
    found = {k.split(":", 1)[1] for (k,) in rows}
    if ends:
        last = short.split()[-1]
        rows = store.query("SELECT norm FROM entities WHERE label = 'PER' AND norm LIKE ?", (f"% {last}",))
        found |= {n for (n,) in rows if n.endswith(" " + short) or middle_left_out(short, n)}
    return sorted(found)


def _name_run_ok(store: Store, short: str, longer: str) -> bool:
    """Whether the longer name is the shorter one's person: never a ticket or a misread phrase, a name
    after an honorific ('Pak Budi' of many), a name of given names only ('Muhammad Ali' of many), nor a
    name after a given name or word ('Putri Zulkifli Hasan' is his daughter); never two people the
    same article names apart."""
    sw, lw = short.split(), longer.split()
    if not_an_identity(store, short, "PER") or not_an_identity(store, longer, "PER"):
        return False
    if sw[0] in one_word_honorifics() or lw[0] in one_word_honorifics() or all(w in given_names() for w in sw):
        return False
    middle = middle_left_out(short, longer)
    prefixed = initials_before(short, longer)
    if not longer.startswith(short + " ") and not stray_lead(short, longer) and not middle and not prefixed:
        return False
    a, b = person_num(store, short), person_num(store, longer)
    if middle and (has_common_word(sw[:1]) or articles_named(store, a) > articles_named(store, b)):
        # 'Budi Santoso', a minister named often, is no clipped 'Budi Joyo Santoso'; 'Best Song' of
        # 'Best Rap Song' is a misread title, no one's given name
        return False
    together = store.scalar(
        "SELECT COUNT(*) FROM mentions m JOIN mentions n ON n.article = m.article AND n.entity = ? WHERE m.entity = ?",
        (b, a),
    )
    return not together


def name_of_its_own(store: Store, short: int, form: str, target: int, fulls: list[str]) -> bool:
    """Whether a person's full name (two words or more) that one article wrote for a longer name ending
    with it, words before it that are no initials or name prefixes ('Hajah Iriana Joko Widodo'), is
    named in more articles than that longer name's identity: a name of its own, and the longer one
    another person's named after him (a wife, a son), not his name with stray words."""
    if " " not in form or not any(f.endswith(" " + form) and not only_prefixes_left_out(form, f) for f in fulls):
        return False
    others = sum(articles_named(store, e) for e in members(store, target) if e != short)
    return articles_named(store, short) > others


def _link_run(store: Store, frm: int, to: int, frm_name: str, to_name: str) -> bool:
    """Link one name of a pair to the other unless a person decided it, or they are one already."""
    target = root(store, to)
    if target == frm:
        return False
    current = store.execute(
        "SELECT target, manual, undone, reason FROM entity_links WHERE entity = ?", (frm,)
    ).fetchone()
    if current is not None and (current[1] or current[2] == 1):
        return False
    if current is not None and current[2] == 0 and root(store, frm) == target:
        return True  # one identity already
    return link_sure(store, frm, target, current, lambda: f"{RUN_REASON} '{frm_name}' into: '{to_name}'")


BESIDE_REASON = "every article writing"
BESIDE_MAX_ARTICLES = 20  # a short name written in more articles of its own is decided by name evidence only
BESIDE_MAX_BEARERS = 3  # … and one many stored people bear (the text is read once per bearer)


def link_spelled_beside(store: Store, short: int, form: str, current: Any) -> bool:
    """Link a person's one-word first name ('Erick') to the one stored person it begins whose
    name the text writes beside it wherever the corpus writes the form: every article writing
    'Erick' also writes 'Erick Thohir' or 'Thohir' (the entities layer read only the short name
    there), and no article writes 'Erick' without him; a surname likewise ('Erdogan' where every
    article writes 'Recep tayyip Erdogan'), unless it is a given name. Never a dictionary word or a
    short name, nor when two bearers qualify."""
    from warta.identity.usage import usage, written

    if len(form) < 4 or " " in form or form in lower_common_words() or form in one_word_honorifics():
        return False
    own = {int(r[0]) for r in store.query("SELECT article FROM mentions WHERE entity = ?", (short,))}
    if not own or len(own) > BESIDE_MAX_ARTICLES:
        return False
    # the people whose name begins with it: a key range on the entities' primary key, no scan
    rows = store.query(
        "SELECT num, key, name FROM entities WHERE key > ? AND key < ?", (f"PER:{form} ", f"PER:{form}!")
    )
    rows = [(n, key.split(":", 1)[1], name) for n, key, name in rows]
    if form not in given_names() and form not in shared_name_words():
        # a surname too ('Erdogan' where every article writes 'Recep tayyip Erdogan'); never a given name
        rows += [(n, norm, name) for n, norm, name in people_bearing(store, form) if norm.split()[-1] == form]
    bearers = {
        root(store, int(n))
        for n, norm, name in rows
        if form in (norm.split()[0], norm.split()[-1])
        and not not_an_identity(store, name, "PER")
        and not has_common_word(norm.split())
    } - {short}
    if not bearers or len(bearers) > BESIDE_MAX_BEARERS:
        return False  # none, or a name many stored people bear: not worth reading the text for one
    texts = written(store, form)  # read once for all bearers
    if not own <= {num for num, _, _ in texts}:
        return False  # an own article that does not write the form (a misreading): no evidence
    fits = []
    for b in sorted(bearers):
        ents = [e for e in members(store, b) if e != short]  # (linked already: its own articles are no evidence)
        names_written = names_of(store, ents)
        fulls = [normalize_name(n) for n in names_written]
        words = sorted(
            {w for f in fulls for w in f.split() if w != form and len(w) >= 4}
            - given_names()
            - lower_common_words()
            - one_word_honorifics()
        )
        use = usage(store, form, ents, names_written, words, texts)
        if not use.elsewhere and not use.lowercase:
            fits.append((b, use))
    if len(fits) != 1:
        return False
    target, use = fits[0]
    return link_sure(
        store,
        short,
        target,
        current,
        lambda: f"{BESIDE_REASON} '{form}' also writes '{name_of(store, target)}' or its surname ({use})",
    )


def first_name_of_two(store: Store, form: str, ranked: list[list[Any]]) -> bool:
    """Whether the corpus writes ``form`` as the first name of two different people. (A surname
    written once for another, 'King Trump', leaves the dominant reading.)"""
    firsts = [g for g in ranked if normalize_name(g[1]).split()[0] == form and " " in normalize_name(g[1])]
    # 'Prabowo Gibran' (a ticket without its hyphen) is no second Prabowo: the rest names a stored person
    return len([g for g in firsts[1:] if not rest_is_person(store, normalize_name(g[1]))]) > 0


def first_name_of_stored_two(store: Store, form: str) -> bool:
    """Whether two stored people of different identities have the common given name ``form`` as
    their first name: the bare name is a short form for several people, whichever one the corpus
    happened to write it for (a ticket, 'Prabowo Gibran', is no second person)."""
    rows = store.query("SELECT num, norm FROM entities WHERE key > ? AND key < ?", (f"PER:{form} ", f"PER:{form}!"))
    roots = {root(store, int(n)) for n, norm in rows if not rest_is_person(store, norm)}
    return len(roots) > 1


def borne_by_another(store: Store, form: str, short: int, target: int) -> bool:
    """Whether a stored person of another identity than ``target`` has ``form`` as his first name or
    surname ('Douglas Costa' beside 'Diego Costa', 'Budi Prasetyo' beside 'Prasetyo Hadi'): the bare
    word is then a short form of several people, whichever one an article happened to write it for.
    (Such a name's arrival decides the bare word again, so the order of arrival does not matter.)
    A ticket written without its hyphen ('Ganjar Mahfud': the rest is another stored person) is no
    second bearer."""
    rows = people_bearing(store, form)
    for n, norm, name in rows:
        words = norm.split()
        if form not in (words[0], words[-1]) or root(store, int(n)) in (target, short):
            continue
        rest = stored_num(store, " ".join(words[1:] if words[0] == form else words[:-1]), "PER")
        if rest is not None and root(store, rest) != root(store, int(n)):
            continue  # 'Ganjar Mahfud': two people
        if not not_an_identity(store, name, "PER"):
            return True
    return False


def bearer_apart(store: Store, form: str, target: int) -> str | None:
    """Another stored person, of another identity than ``target``, whose first name or surname is the
    one-word ``form`` ('Sam Lowes' beside 'Alex Lowes', 'Anne Hidalgo' beside 'Anne Purba', 'Meghan Markle'
    beside a misread 'When Harry Met Meghan'), else None: family members share a surname and unrelated
    people a given name, so one article's reading of the bare word for one of them does not say whom it
    names corpus-wide (a stored short name is held to the same by :func:`borne_by_another`). Not another
    writing of the same person: a name sharing another word of his ('Yasonna H Laoly'; particles such as
    'bin' aside), nor the form after a word that is no given name in a name written only where he is
    named ('Kaka Anton', 'Novel Grafton': a word of the text read into his name) unless the text writes
    that word as a person ('kata Rachmawati'), nor a pair of people."""
    ents = members(store, target)
    own_names = names_of(store, ents)
    own = {w for n in own_names for w in normalize_name(n).split() if len(w) > 3} - {form}
    beside: set[int] | None = None
    for n, norm, name in people_bearing(store, form):
        words = norm.split()
        if form not in (words[0], words[-1]) or root(store, int(n)) == target or not_an_identity(store, name, "PER"):
            continue
        if own & set(words) or rest_is_person(store, norm):
            continue
        namesake_texts = [
            (a, f"{t or ''}\n{b or ''}")  # (the title, then the body, as `usage.written` gives a text)
            for a, t, b in store.query(
                "SELECT a.num, a.title, a.body FROM mentions m JOIN articles a ON a.num = m.article WHERE m.entity = ?",
                (int(n),),
            )
        ]
        lead = words[:-1] if words[-1] == form else []
        if lead and not any(w in given_names() for w in lead):
            if beside is None:
                beside = articles_of(store, ents)
            from warta.identity.forms import spoken_of  # (forms reads this module's rules)

            # (one pattern a word, searched over all his texts)
            if {int(a) for a, _ in namesake_texts} <= beside and not any(
                spoken_of([(a, t, []) for a, t in namesake_texts], w, []) for w in lead
            ):
                continue  # no given name before it, nor one the text writes as a person's ('kata Rachmawati')
        # his own articles must write the bare word too ('Lowes menegaskan'): a namesake written only in
        # full ('Fadhly Alimin Hasyim') leaves the bare word to the one the corpus writes it for
        if any(written_alone(text, form, [str(name), *own_names]) for _, text in namesake_texts):
            return str(name)
    return None


PERSON_ARTICLES = 10  # articles that must call a name a person before another label of it is taken as a misreading
PERSON_RATIO = 5  # … and how many times more often than the other label


def link_mislabelled(store: Store, ent: int, form: str, label: str, current: Any) -> bool:
    """'Prabowo Subianto' labelled an organisation in one article while 70 call him a person: the
    same name, misread; it joins the person's identity (the reason says so)."""
    person = store.scalar("SELECT num FROM entities WHERE key = ?", (f"PER:{form}",))
    if person is None:
        return False
    as_person = store.scalar("SELECT COUNT(*) FROM mentions WHERE entity = ?", (person,)) or 0
    # at least the article being stored (its mentions may not be written yet)
    as_other = max(store.scalar("SELECT COUNT(*) FROM mentions WHERE entity = ?", (ent,)) or 0, 1)
    if as_person < PERSON_ARTICLES or as_person < PERSON_RATIO * as_other:
        return False
    return _join_misread(
        store,
        ent,
        root(store, int(person)),
        current,
        lambda: f"'{form}' is a person in {as_person} article(s) and labelled {label} in {as_other}: {MISLABEL_REASON}",
    )


def _join_misread(store: Store, ent: int, target: int, current: Any, reason: Callable[[], str]) -> bool:
    """Link a name read under another label into the identity ``target`` of its other reading, never into its own."""
    return target != ent and link_sure(store, ent, target, current, reason)


OTHER_LABEL_WORDS = 2  # a name of this many words or more, read as a person here and a body there, is one name


def other_label_host(store: Store, form: str) -> str | None:
    """Which label hosts a name of two words or more stored both as a person and as a body ('Orlando City',
    'Asmir Begovic', 'Blue Bird'): the entities layer read one name two ways, and a name that long is no
    two things of one corpus, but a person's name may be his firm's ('Walt Disney'). A name opening with a
    given name, or one the corpus gives a role or quotes as a person, is a person's: hosted by the person
    when he is read in as many articles as the body, else by neither; any other name by the label of more
    articles, the body's on a tie. None when not so stored, or for a name with a digit or sign in it."""
    words = form.split()
    if len(words) < OTHER_LABEL_WORDS or not all(w.isalpha() for w in words):
        return None
    per, org = stored_num(store, form, "PER"), stored_num(store, form, "ORG")
    if per is None or org is None:
        return None
    as_person, as_body = articles_named(store, per), articles_named(store, org)
    from warta.identity.forms import acts_as_person  # (forms reads this module's rules)

    if words[0] in given_names() or acts_as_person(store, [per]):
        return "PER" if as_person >= as_body else None
    return "ORG" if as_body >= as_person else "PER"


def link_other_label(store: Store, ent: int, form: str, label: str, current: Any) -> bool:
    """A name read as a person in some articles and as a body in others joins the identity of the label
    that hosts it (:func:`other_label_host`); places stay apart, as a town's name is its club's and its
    street's ('Barcelona', 'Sudirman')."""
    host = other_label_host(store, form) if label in ("PER", "ORG") else None
    if host is None or host == label:
        return False
    other = stored_num(store, form, host)  # (stored: a host is one of the name's two stored labels)
    return other is not None and _join_misread(
        store,
        ent,
        root(store, other),
        current,
        lambda: f"'{form}' is labelled {host} as often or more and {label} elsewhere: {MISLABEL_REASON}",
    )
