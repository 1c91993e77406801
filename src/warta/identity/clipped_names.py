"""Names cut short: the first words of a longer stored name the corpus shows to be it ('Gedung
Merah Putih'), a unit's short name every article of it writes in full ('Komisi X'), and a football club's
one-word name or nickname.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from warta.corpus.store import Store, normalize_name, now
from warta.identity import names
from warta.identity.context import shared_context
from warta.identity.evidence import STRONG_CONTEXT, candidates
from warta.identity.merges import link_sure, members, root
from warta.identity.name_words import ADMIN_WORDS, CONTINENT_WORDS, ORG_LEADING, ORG_TRAILING, STATE_WORDS, region_names
from warta.identity.stored import is_indexed, is_place, name_index, stored_names

FIRST_WORDS_REASON = "are the first words of"


def _runs_on(store: Store, norm: str, label: str) -> list[tuple[int, str]]:
    """The stored names of the label that run on from ``norm`` by more words (the index by first two
    words, no query; a name found is read again, so one rolled back is not used)."""
    if " " not in norm:
        return []
    index = name_index(store).heads.get((label, " ".join(norm.split()[:2])), ())
    found = [n for n, m in index if m.startswith(norm + " ")]
    return [(n, m) for n, m, _ in stored_names(store, found)] if found else []


def may_be_clipped(words: list[str], label: str) -> bool:
    """Whether a name opening so may be a clipped one: no unit or regional office (every body or region
    has a 'Komisi X', a 'Polda …'), no place's level or state word ('Kabupaten Bandung')."""
    if words[0] in names.unit_heads() or words[0] in names.regional_offices():
        return False
    return label != "LOC" or words[0] not in (*ADMIN_WORDS, *STATE_WORDS, *CONTINENT_WORDS)


def _clipped_ok(store: Store, norm: str, longer: str, label: str) -> bool:
    """Whether the words ``longer`` has after ``norm`` may be what its writers leave off: no unit or
    regional office named alike everywhere ('Komisi X', 'Polda …'), no place's level ('Kabupaten
    Bandung'), no sister body, direction or regional unit after it, no number ('SMAN 10 …'), no name
    cut before its 'dan', and no place after it (a regional office: 'Bank Indonesia Kalimantan Timur')."""
    words, tail = norm.split(), longer[len(norm) + 1 :].split()
    if len(words) < 2 or not tail or not may_be_clipped(words, label):
        return False
    if tail[0] in names.CONNECTORS or tail[0] in names.sister_words() or tail[0] in ADMIN_WORDS:
        return False
    if len(tail) == 1 and tail[0] in ORG_TRAILING:
        return False  # 'PT Antam Tbk': the kind-word rules decide a legal or national word
    if any(not w.isalpha() or len(w) == 1 or _ROMAN_WORD.match(w) for w in (words[-1], *tail)):
        return False
    return not _names_a_place(store, tail)


def _names_a_place(store: Store, tail: list[str]) -> bool:
    """Whether the words after a body's name name a place or region (its regional office's)."""
    return any(r in region_names() or is_place(store, r) for r in (" ".join(tail), tail[0]))


_ROMAN_WORD = re.compile(r"^[ivxl]{1,4}$")


def _heads_others(store: Store, norm: str, full: str, texts: list[str]) -> bool:
    """Whether the texts write ``norm`` as the head of other names than ``full``: right before a sister
    word ('Sekolah Garuda Transformasi dan Sekolah Garuda baru') or another capitalised word than the
    one ``full`` goes on with, no place ('Pondok Pesantren Al Khoziny', 'Pondok Pesantren Tebuireng'):
    a kind that names several, not one name clipped."""
    sisters = "|".join(sorted(names.sister_words()))
    pat = re.compile(rf"(?<!\w){names.flex(norm)} (?:(?:{sisters})\b|((?-i:[A-Z])[\w'-]*))", re.IGNORECASE)
    nxt = full[len(norm) + 1 :].split()[0]
    for text in texts:
        for m in pat.finditer(text):
            word = normalize_name(m.group(1) or "")
            if not m.group(1) or (
                word not in (nxt, *ORG_TRAILING) and not is_place(store, word) and word not in region_names()
            ):
                return True
    return False


def _named_together(store: Store, ent: int, num: int, target: int, written: int = 0) -> str | None:
    """Why a clipped name ``ent`` is the longer name ``num`` (identity ``target``), or None: articles
    name both (or, ``written``, wrote it for the longer name) and it is named alone in no more articles
    than that, or else its own articles name the same rare people, bodies and places (strong context)."""
    mine = {a for (a,) in store.query("SELECT DISTINCT article FROM mentions WHERE entity = ?", (ent,))}
    theirs = {a for (a,) in store.query("SELECT DISTINCT article FROM mentions WHERE entity = ?", (num,))}
    both = len(mine & theirs) + written
    if both and len(mine - theirs) <= both:
        return f"{both} article(s) name both"
    ctx = shared_context(store, ent, members(store, target), members, root)
    if ctx is None or ctx.specific < 1 or ctx.weight < STRONG_CONTEXT:
        return None
    return f"its own articles: {ctx}"


def link_first_words(store: Store, ent: int, norm: str, label: str, current: Any) -> bool:
    """Link a body's or building's name of two words or more to the one stored name of its label that
    runs on from it ('Badan Gizi' to 'Badan Gizi Nasional', 'Gedung Merah Putih' to 'Gedung Merah Putih
    KPK'): its writers' clipped form, when the corpus shows it names that one: the words after it are a
    stored body (its owner: KPK), or articles name both and it is written without the longer name in no
    more articles than with it ('Universitas Udayana', mostly written alone, is a name of its own, not
    one of the 'Universitas Udayana Kabinet Cakra' two articles read), or else its own articles name
    the same rare people, bodies and places as the longer name's ('New York' in stories of their own
    and 'New York City' in one: strong context, as for a short first name). Never a phrase the text
    also writes in lower case ('sebuah lembaga riset': a description, not a name)."""
    longer = _runs_on(store, norm, label)
    if len(longer) != 1 or not _clipped_ok(store, norm, longer[0][1], label):
        return False
    num, full = longer[0]
    target = root(store, num)
    if target == ent:
        return False
    owner = is_indexed(store, full[len(norm) + 1 :], "ORG")
    why = "the words after it are a stored body" if owner else _named_together(store, ent, num, target)
    if why is None:
        return False
    from warta.identity.usage import written

    texts = written(store, norm)
    lower = sum(all(w.islower() for w in found) for _, _, found in texts)
    if lower and lower * 3 >= len(texts):
        return False
    if _heads_others(store, norm, full, [text for _, text, _ in texts]):
        return False
    return link_sure(store, ent, target, current, lambda: f"'{norm}' {FIRST_WORDS_REASON} '{full}' ({why})")


CLUB_REASON = "is the club news names bare:"


def link_club(store: Store, ent: int, norm: str, current: Any) -> bool:
    """Link a club's one-word name ('Persela', 'Bologna') to the one stored club name it opens
    ('Persela Lamongan', 'Bologna FC': club words after it, or a club the entities layer lists), when
    the corpus shows it is that club: articles write both (as one name or side by side) and it is
    written alone in no more articles than that, or else its own articles name the same rare people,
    bodies and places. The kind-word rules keep a one-word body apart from a longer name holding it
    ('Kantor DPR'); a club's home town or mark is no such thing. Never a club word itself ('Real'), a
    name two stored clubs open ('Inter Milan', 'Inter Miami'), a legal-form word ('Bank'), an Indonesian
    region or a medium ('ESPN' of 'ESPN FC')."""
    if " " in norm or len(norm) < 3 or norm in ORG_LEADING or norm in region_names():
        return False
    if norm in _cited_media():
        return False
    clubs = name_index(store).clubs.get(norm, [])
    roots = {root(store, n) for n, _, _ in stored_names(store, [n for n, _ in clubs])} - {ent}
    if len(roots) != 1:
        return False  # none, or two clubs ('Inter Milan', 'Inter Miami')
    target = roots.pop()
    num, full = next((n, m) for n, m in clubs if root(store, n) == target)
    written = store.scalar(
        "SELECT COALESCE(SUM(articles), 0) FROM entity_aliases WHERE form = ? AND label = 'ORG' AND entity = ?",
        (norm, num),
    )
    why = _named_together(store, ent, num, target, int(written or 0))
    if why is None:
        return False
    other = next((name for n, name, _ in candidates(store, norm, "ORG") if root(store, n) != target), None)
    if other is not None:
        # 'PSBS Biak' beside 'Pengelolaan Sampah Berbasis Sumber (PSBS)': the bare name means two things
        # in the corpus, so it is decided for neither (nor for the definition, as the evidence alone would)
        if current is not None and current[2] == 0:
            store.execute(
                "UPDATE entity_links SET undone = 2, reason = ?, at = ? WHERE entity = ?",
                (f"no longer: '{norm}' is the club '{full}' and written for '{other}' too (two meanings)", now(), ent),
            )
        return True
    return link_sure(store, ent, target, current, lambda: f"'{norm}' {CLUB_REASON} '{full}' ({why})")


@lru_cache(maxsize=1)
def _cited_media() -> frozenset[str]:
    """Folded names of media abroad (the quotes layer's list): 'ESPN FC' is the medium's football site."""
    from warta.resources import word_set

    return frozenset(normalize_name(m) for m in word_set("warta.quotes", "foreign_media.txt"))


UNIT_REASON = "is the unit every article of it names as"  # 'komisi x' is 'komisi x dpr ri' …


def link_unit_clipped(store: Store, ent: int, norm: str, current: Any) -> bool:
    """Link a unit's name without its parent ('Komisi X', 'Satgas Penanggulangan Aktivitas Ilegal') to
    the one unit every article writing it names in full ('Komisi X DPR RI'): the article's own short
    form. Every body has a 'Komisi X', so a use in an article that names no such unit, or names two
    ('Komisi III DPRD' of two regions), keeps it apart. A numbered unit, or a name of three words or
    more: 'Satuan Tugas', 'Direktorat Jenderal' are kinds, not names; never a regional office (a place
    after it)."""
    words = norm.split()
    if len(words) < 2 or words[0] not in names.unit_heads():
        return False
    if len(words) == 2 and not (_ROMAN_WORD.match(words[1]) or words[1].isdigit()):
        return False
    longer = _runs_on(store, norm, "ORG")
    if not longer:
        return False
    roots = {num: root(store, num) for num, _ in longer}
    mine = [a for (a,) in store.query("SELECT DISTINCT article FROM mentions WHERE entity = ?", (ent,))]
    marks = ",".join("?" * len(roots))
    named: dict[int, set[int]] = {}
    for a, e in store.query(f"SELECT article, entity FROM mentions WHERE entity IN ({marks})", list(roots)):
        named.setdefault(int(a), set()).add(roots[int(e)])
    found = [named.get(int(a), set()) for a in mine]
    if not found or any(len(f) != 1 for f in found) or len(set.union(*found)) != 1:
        return False
    target = next(iter(found[0]))
    if target == ent:
        return False
    full = next(m for n, m in longer if roots[n] == target)
    if _names_a_place(store, full[len(norm) + 1 :].split()):
        return False  # 'Kanwil Kementerian HAM Jawa Barat': one of every province's
    return link_sure(store, ent, target, current, lambda: f"'{norm}' {UNIT_REASON} '{full}' ({len(mine)})")
