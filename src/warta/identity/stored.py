"""Lookups of the stored names: the per-store index of names by their words and initials, an entity's
number or name by key, the people bearing a word, and whether a stored name is a person, a place or no
identity at all (a ticket of two people, a regional office).
"""

from __future__ import annotations

from typing import Any

from warta.corpus.store import Store, normalize_name
from warta.identity import names, spelling
from warta.identity.name_words import REGIONAL_OFFICE, given_names, initials_of, may_be_title


class _NameIndex:
    """The stored names by spelling key and by initials, kept beside the store and grown with it once
    an article (:func:`record_aliases`), so the spelling and acronym rules look names up without a
    query each. A name it returns is read again from the store, so one rolled back is never used."""

    def __init__(self) -> None:
        self.upto = 0
        self.spelling: dict[tuple[str, str, int], list[tuple[int, str]]] = {}  # (label, two letters, length) → names
        self.initials: dict[str, list[int]] = {}  # an organisation's initials → names
        self.sounds: dict[str, list[tuple[int, str]]] = {}  # a person's name as it sounds → names
        self.clips: dict[str, list[tuple[int, str]]] = {}  # a person's name, one word to its initial → names
        self.heads: dict[tuple[str, str], list[tuple[int, str]]] = {}  # (label, first two words) → names
        self.leads: dict[str, list[tuple[int, str]]] = {}  # a body's name without its first word(s) → names
        self.clubs: dict[str, list[tuple[int, str]]] = {}  # a club's first word → its stored names

    def grow(self, store: Store) -> None:
        rows = store.query(
            "SELECT num, norm, label FROM entities WHERE num > ? AND label IN ('PER', 'ORG', 'LOC')", (self.upto,)
        )
        for n, norm, label in rows:
            norm, num = str(norm), int(n)
            key = spelling.squashed(norm)
            if key:
                self.spelling.setdefault((str(label), key[:2], len(key)), []).append((num, norm))
            if label == "ORG" and " " in norm:
                self.initials.setdefault(initials_of(norm), []).append(num)
            if label == "PER" and " " in norm:
                self.sounds.setdefault(spelling.sounded(norm), []).append((num, norm))
                for k in spelling.clip_keys(norm):
                    self.clips.setdefault(k, []).append((num, norm))
            if label in ("ORG", "LOC") and norm.count(" ") >= 2:
                self.heads.setdefault((str(label), " ".join(norm.split()[:2])), []).append((num, norm))
            if label == "ORG":
                words = norm.split()
                if len(words) >= 2 and names.club_of(words[0], norm):
                    self.clubs.setdefault(words[0], []).append((num, norm))
                for i in (1, 2):
                    if len(words) - i >= 2 and may_be_title(words[:i]):
                        self.leads.setdefault(" ".join(words[i:]), []).append((num, norm))
            self.upto = max(self.upto, num)


def name_index(store: Store, grow: bool = False) -> _NameIndex:
    index: _NameIndex | None = getattr(store, "_identity_names", None)
    if index is None:
        index = _NameIndex()
        store._identity_names = index  # type: ignore[attr-defined]
        grow = True
    if grow:
        index.grow(store)
    return index


def is_indexed(store: Store, norm: str, label: str) -> bool:
    """Whether a name of this label is stored (as the index holds it: no query)."""
    key = spelling.squashed(norm)
    return bool(key) and any(m == norm for _, m in name_index(store).spelling.get((label, key[:2], len(key)), ()))


def stored_num(store: Store, norm: str, label: str) -> int | None:
    """The stored entity named ``norm`` with ``label``, or None."""
    num = store.scalar("SELECT num FROM entities WHERE key = ?", (f"{label}:{norm}",))
    return None if num is None else int(num)


def stored_names(store: Store, nums: list[int]) -> list[tuple[int, str, str]]:
    """(num, norm, name) of the stored names among ``nums``."""
    if not nums:
        return []
    marks = ",".join("?" * len(nums))
    rows = store.query(f"SELECT num, norm, name FROM entities WHERE num IN ({marks})", nums)
    return [(int(n), str(m), str(name)) for n, m, name in rows]


def person_num(store: Store, norm: str) -> int:
    return int(store.scalar("SELECT num FROM entities WHERE key = ?", (f"PER:{norm}",)))


def articles_named(store: Store, ent: int) -> int:
    return int(store.scalar("SELECT COUNT(DISTINCT article) FROM mentions WHERE entity = ?", (ent,)) or 0)


def articles_of(store: Store, ents: list[int]) -> set[int]:
    """The articles that mention any of ``ents``."""
    marks = ",".join("?" * len(ents))
    return {int(a) for (a,) in store.query(f"SELECT DISTINCT article FROM mentions WHERE entity IN ({marks})", ents)}


def people_bearing(store: Store, form: str) -> list[tuple[Any, ...]]:
    """Stored people (num, norm, name) whose name begins or ends with the word ``form``: the candidates
    of a bare first name or surname (the callers check the word itself, as LIKE's `_` is any letter)."""
    return store.query(
        "SELECT num, norm, name FROM entities WHERE label = 'PER' AND (norm LIKE ? OR norm LIKE ?)",
        (f"{form} %", f"% {form}"),
    )


def rest_is_person(store: Store, norm: str) -> bool:
    words = norm.split()
    return any(is_person(store, " ".join(words[i:])) for i in range(1, len(words)))


def names_of(store: Store, ents: list[int]) -> list[str]:
    marks = ",".join("?" * len(ents))
    return [r[0] for r in store.query(f"SELECT name FROM entities WHERE num IN ({marks})", ents)] if ents else []


def not_an_identity(store: Store, name: str, label: str) -> bool:
    """A full name no short form stands for corpus-wide: a pair of people ('Prabowo Subianto-Gibran
    Rakabuming Raka', a ticket), a regional office ('Dinas PUPR Kota …': every region has one) or a
    "person" with digits (a misread phrase)."""
    norm = normalize_name(name)
    if label == "ORG":
        return norm.split(" ", 1)[0] in REGIONAL_OFFICE
    if label == "PER" and any(ch.isdigit() for ch in name):
        return True  # 'Kesra Rp900': a misread phrase, no person's name has digits
    if label != "PER" or "-" not in name:
        return False
    left, _, right = name.partition("-")
    if not (left.strip()[:1].isupper() and right.strip()[:1].isupper()):
        return False
    first = normalize_name(right).split(" ", 1)[0]
    return bool(first) and (
        first in given_names() or is_person(store, first) or is_person(store, normalize_name(right))
    )


def is_person(store: Store, norm: str) -> bool:
    return store.scalar("SELECT COUNT(*) FROM entities WHERE key = ?", (f"PER:{norm}",)) > 0


def is_place(store: Store, norm: str) -> bool:
    return store.scalar("SELECT COUNT(*) FROM entities WHERE key = ?", (f"LOC:{norm}",)) > 0


def name_of(store: Store, num: int) -> str:
    return store.scalar("SELECT name FROM entities WHERE num = ?", (num,))
