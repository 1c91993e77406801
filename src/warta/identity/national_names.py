"""A body's name with its country written after it ('Kadin Indonesia', 'PT Pos Indonesia', 'Kejaksaan
Agung Republik Indonesia'): the same Indonesian body as its stored name without the country, where the
corpus shows that name to be an Indonesian body's (why: writers add the country to a national body's
name at will; a foreign or international body's name with 'Indonesia' after it, 'CNN Indonesia', 'WHO
Indonesia', is its Indonesian arm, another body, and stays apart).
"""

from __future__ import annotations

from typing import Any

from warta.corpus.store import Store
from warta.identity import names
from warta.identity.evidence import spelled_out
from warta.identity.merges import bare_root, link_sure, members, root
from warta.identity.name_words import known_region, lower_common_words
from warta.identity.stored import is_indexed, is_place, names_of, stored_num
from warta.resources import word_set

NATIONAL_REASON = "with its country's name after it"  # 'kadin indonesia' is 'kadin' …
COUNTRY_TAILS: tuple[tuple[str, ...], ...] = (
    ("negara", "republik", "indonesia"),
    ("republik", "indonesia"),
    ("indonesia",),
)


def international_words() -> frozenset[str]:
    """Words that make a body's name an international or foreign body's: identity/data/international_words.txt."""
    return word_set("warta.identity", "international_words.txt")


def without_country(norm: str) -> tuple[str, tuple[str, ...]] | None:
    """``norm`` without the country's name closing it, and that closing (longest first), or None."""
    words = norm.split()
    for tail in COUNTRY_TAILS:
        if len(words) > len(tail) and tuple(words[-len(tail) :]) == tail:
            return " ".join(words[: -len(tail)]), tail
    return None


def with_country(store: Store, norm: str) -> list[str]:
    """The stored bodies' names that are ``norm`` with the country after it: touched when ``norm`` arrives."""
    return [f for t in COUNTRY_TAILS if is_indexed(store, f := f"{norm} {' '.join(t)}", "ORG")]


def _indonesian_body(store: Store, base: str, tail: tuple[str, ...]) -> bool:
    """Whether the stored name ``base`` names an Indonesian body the country may close: no place, region,
    unit or regional office; no name of its identity an international one's; and a name of three words
    or more, a company's ('PT Pos'), one the state's words close ('Kejaksaan Agung Republik Indonesia'),
    or one word spelled out of a name of its identity in Indonesian words ('Kadin' of 'Kamar Dagang dan
    Industri'). A two-word name with a bare 'Indonesia' after it may be a foreign
    body's national arm or another body ('Palang Merah Indonesia'), and a one-word name no Indonesian
    name explains may be a brand's ('CNN')."""
    words = base.split()
    if is_place(store, base) or known_region(base) or names.world_unit(base, "country"):
        return False
    if words[0] in names.unit_heads() or words[0] in names.regional_offices():
        return False
    num = stored_num(store, base, "ORG")
    if num is None:
        return False
    own = [base, *(n.lower() for n in names_of(store, members(store, root(store, num))))]
    if any(w in international_words() for n in own for w in n.split()):
        return False
    if len(words) >= 3 or (words[0] == "pt" and len(words) >= 2) or (len(tail) > 1 and len(words) >= 2):
        return True
    common = lower_common_words()
    return len(words) == 1 and any(_spelled_from(base, n.split(), common) for n in own)


def _spelled_from(short: str, words: list[str], common: frozenset[str]) -> bool:
    """Whether a one-word name is an acronym of an Indonesian name of two words or more, or of its last
    words ('Kadin' of 'Kamar Dagang dan Industri', 'Danantara' of 'Badan Pengelola Investasi Daya
    Anagata Nusantara'), not a nickname the corpus writes for it ('Garuda' for the national team)."""
    if len(words) < 2 or not any(len(w) > 3 and w in common for w in words):
        return False
    return any(spelled_out(short, " ".join(words[i:])) for i in range(len(words) - 1))


def link_national_tail(store: Store, ent: int, norm: str, current: Any) -> bool:
    """Link 'Kadin Indonesia' to the identity of 'Kadin', 'Kementerian Kesehatan Republik Indonesia' to
    'Kementerian Kesehatan': one Indonesian body, with or without its country's name
    (:func:`_indonesian_body` says which names may drop it)."""
    found = without_country(norm)
    if found is None:
        return False
    base, tail = found
    target = bare_root(store, ent, base, "ORG")
    if target is None or not _indonesian_body(store, base, tail):
        return False
    if store.scalar("SELECT COUNT(*) FROM entity_aliases WHERE form = ? AND label = 'ORG' AND entity = ?", (base, ent)):
        return False  # the corpus writes the shorter name for this one: that evidence decides, the full name hosts
    return link_sure(store, ent, target, current, lambda: f"'{norm}' is '{base}' {NATIONAL_REASON}")


def national_form(store: Store, form: str, full: str, ent: int) -> bool:
    """Whether a one-word form an article wrote for ``full``, the form with 'Indonesia' after it, is that
    body's own short name ('Timnas' for 'Timnas Indonesia', whose identity is 'Tim Nasional Indonesia'):
    the form is spelled out of an Indonesian name of that identity and no name of it is an international
    body's. A brand's ('CNN' for 'CNN Indonesia') names the brand elsewhere, not its national arm."""
    if " " in form or full != f"{form} indonesia":
        return False
    own = [n.lower() for n in names_of(store, members(store, root(store, ent)))]
    if any(w in international_words() for n in own for w in n.split()):
        return False
    common = lower_common_words()
    return any(_spelled_from(form, n.split(), common) for n in own if n != full)
