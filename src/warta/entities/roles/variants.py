"""A person's role shared with the entries of the same person that the clustering left apart.

An article may misspell a name once (`Afifuddin` / `Affifuddin`, `Rahman Akil` / `Rahman Aqil`,
`Zulfichar` / `Zulficar`) or shorten it into a contraction (`Joko Widodo` / `Jokowi`); those
mentions may end in a second entry for the same person, and the role the article gives at one
spelling is then missing at the other. The role is shared only when exactly one entry with a
role can be meant, so two different people with close names keep their own.
"""

from __future__ import annotations

import re

from warta.entities.spans import Cluster

_NAME_WORD = re.compile(r"[A-Z][\w'’-]*")
# shorter words differ by one letter too often to be one name misspelt (`Budi`/`Badi`); beside an
# equal word (`Rahman Akil` / `Rahman Aqil`) a shorter one will do
_MIN_VARIANT = 5
_MIN_VARIANT_BESIDE = 4


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one inserted, deleted or replaced letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def _variant(a: str, b: str, shortest: int) -> bool:
    """Two spellings of one name word: one letter apart, same first letter, long enough. A last
    vowel swapped (`Yanto`/`Yanti`, `Putra`/`Putri`) marks a man's and a woman's name: two
    people, not a misspelling."""
    if len(a) == len(b) and a[:-1] == b[:-1] and a[-1] in _VOWELS and b[-1] in _VOWELS:
        return False
    return a[:1] == b[:1] and min(len(a), len(b)) >= shortest and _one_edit(a, b)


_VOWELS = frozenset("aeiou")


def _contraction(word: str, full: list[str]) -> bool:
    """`Jokowi` of `Joko Widodo`, `Setnov` of `Setya Novanto`: the start of the first name word
    and the start of the next one, written as one word."""
    if len(full) < 2 or len(word) < 5:
        return False
    first, second = full[0], full[1]
    for cut in range(3, min(len(first), len(word) - 2) + 1):
        if first.startswith(word[:cut]) and second.startswith(word[cut:]):
            return True
    return False


def _words(cl: Cluster) -> list[tuple[str, ...]]:
    """The capitalised name words of each distinct mention, case-folded (the first few: a person
    is named in a handful of forms, however often)."""
    out: list[tuple[str, ...]] = []
    for m in cl.mentions:
        words = tuple(w.casefold() for w in _NAME_WORD.findall(m.text))
        if words and words not in out:
            out.append(words)
            if len(out) == _MAX_FORMS:
                break
    return out


_MAX_FORMS = 8
_MAX_BUCKET = 32  # entries checked per key: a common first syllable must not make the search quadratic


def same_person(a: list[tuple[str, ...]] | list[list[str]], b: list[tuple[str, ...]] | list[list[str]]) -> bool:
    """Whether some mention of one entry is a misspelling or a contraction of some mention of the
    other: same number of words, equal but for one word that is a variant, or one word that
    contracts the other's first two."""
    return any(_same_form(tuple(x), tuple(y)) for x in a for y in b if x and y)


def _same_form(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    if len(x) == len(y):
        diff = [(p, q) for p, q in zip(x, y, strict=True) if p != q]
        shortest = _MIN_VARIANT if len(x) == 1 else _MIN_VARIANT_BESIDE
        return len(diff) == 1 and _variant(*diff[0], shortest)
    return len(x) == 1 and _contraction(x[0], y) or len(y) == 1 and _contraction(y[0], x)


def _keys(form: tuple[str, ...]) -> set[tuple]:
    """Index keys two forms share when they may be one name: the form with one word missing a
    letter (or whole) for a misspelling, the first three letters for a contraction."""
    keys: set[tuple] = set()
    for i, w in enumerate(form):
        if len(w) < _MIN_VARIANT_BESIDE - 1:
            continue
        for d in {w, *(w[:k] + w[k + 1 :] for k in range(len(w)))}:
            keys.add(("v", len(form), i, form[:i], d, form[i + 1 :]))
    keys.add(("c", form[0][:3]))
    return keys


def share_roles(clusters: list[Cluster]) -> None:
    """A person with no role takes the role of the one other entry that spells the same name
    differently, when that entry is the only such one with a role. Entries with a role are indexed
    by keys of their forms, so the search stays linear in the number of people."""
    index: dict[tuple, list[tuple[Cluster, tuple[str, ...]]]] = {}
    people = [(cl, _words(cl)) for cl in clusters if cl.label == "PER"]
    for cl, forms in people:
        if cl.role:
            for form in forms:
                for key in _keys(form):
                    bucket = index.setdefault(key, [])
                    if len(bucket) < _MAX_BUCKET:
                        bucket.append((cl, form))
    given: list[tuple[Cluster, str]] = []
    for cl, forms in people:
        if cl.role:
            continue
        donors = {
            id(other): other
            for form in forms
            for key in _keys(form)
            for other, theirs in index.get(key, ())
            if other is not cl and _same_form(form, theirs)
        }
        if len({d.role for d in donors.values()}) == 1:
            given.append((cl, next(iter(donors.values())).role))
    for cl, role in given:  # after the search: a role shared here is not passed on again
        cl.role = role
