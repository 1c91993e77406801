"""One person written two ways in one article is one entity: `Antonio Guterres` … `tawaran Gutteres`,
`Toni Kroos` … `Toni Kross`, `Afifuddin` … `Affifuddin`, `Muhammad Afifuddin` … `Mochammad Afifuddin`.
The press misspells a name by a letter or spells it in another transcription, and the two forms were
read as two people; the scorer pairs the gold person with one of them, so the other's role and
mentions are lost (GUIDELINES: one entry per person, with every mention).

A person B is another spelling of exactly one person A when each of B's name words, in order, is one of
A's, written alike or close: the same first letter and either the same folded form (old spelling,
doubled letters, `y`/`i`, Arabic transcriptions: data/name_spellings.tsv) or one letter added, dropped,
changed or two swapped. A given name alone is not enough when both forms are names of their own
(`Ivana` and `Ivanka Trump`, `Rossa` and `Rosa Rai Djalal` are two women): a one-word B must match a
later word of A (`Gutteres` of `Antonio Guterres`), fold to the same form, or be one long single name
like A (`Affifudin`/`Afifuddin`). A different first letter is never a slip (`Mario Teguh` and his son
`Kiswinar Ario Teguh`, `Budi`/`Yudi`)."""

from __future__ import annotations

import re
from functools import lru_cache

from warta.document.model import Entity
from warta.entities.patterns import sections

# the shortest name word a one-letter slip is read in (`Akil`/`Aqil`; `Adi`/`Ali` are two names)
_MIN_CLOSE = 4
# a one-word person matched to a word of a longer name, or two one-word people (`Ivana`/`Ivanka`)
_MIN_ALONE = 5
_MIN_SINGLE = 6


@lru_cache(maxsize=1)
def _tables() -> tuple[tuple[tuple[str, str], ...], dict[str, str]]:
    sec = sections("name_spellings.tsv")
    letters = tuple((a, b) for a, b in (ln.split("\t") for ln in sec.get("letters", [])))
    words = dict(ln.split("\t") for ln in sec.get("words", []))
    return letters, words


_DOUBLED = re.compile(r"(\w)\1+")


@lru_cache(maxsize=8192)
def folded(word: str) -> str:
    """A name word's spelling-free form (`Affifuddin` → `afifudin`, `Mochammad` → `muhammad`)."""
    letters, words = _tables()
    w = word.casefold().strip(".")
    w = words.get(w, w)
    for a, b in letters:
        w = w.replace(a, b)
    return _DOUBLED.sub(r"\1", w)


def _undoubled(word: str) -> str:
    return _DOUBLED.sub(r"\1", word.casefold())


def one_slip(a: str, b: str) -> bool:
    """One letter added, dropped or changed, or two neighbours swapped (folded words, not equal)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _close(x: str, y: str) -> int:
    """0: not the same word; 1: the same written alike; 2: the same spelled another way."""
    if x.casefold() == y.casefold():
        return 1
    if x[:1].casefold() != y[:1].casefold():
        return 0
    fx, fy = folded(x), folded(y)
    if fx == fy:
        return 2
    if min(len(x), len(y)) >= _MIN_CLOSE and (one_slip(x.casefold(), y.casefold()) or one_slip(fx, fy)):
        return 3
    return 0


def _matches(short: list[str], long_: list[str]) -> bool:
    """``short``'s words, in order, among ``long_``'s, at least one spelled another way."""
    if not short or len(short) > len(long_):
        return False
    if len(short) == 1:
        w = short[0]
        if len(w) < _MIN_ALONE:
            return False
        for k, x in enumerate(long_):
            c = _close(w, x)
            if c == 3 or (c == 2 and k == 0 and _undoubled(w) == _undoubled(x)):
                # a slip or a doubled letter in a given name alone is another name (`Rossa`, `Ivana`)
                c = 3 if k > 0 or (len(long_) == 1 and min(len(w), len(x)) >= _MIN_SINGLE) else 0
            if c > 1:
                return True
        return False
    k, slips = 0, 0
    for w in short:
        while k < len(long_) and not _close(w, long_[k]):
            k += 1
        if k == len(long_):
            return False
        slips += _close(w, long_[k]) > 1
        k += 1
    return slips > 0


def _fuller(old: str | None, new: str | None) -> str | None:
    """The role the joined person keeps: the first, unless the other holds all its words and more
    (`Ketua` … `Ketua KPU RI`, `Presiden` … `Presiden Mesir`)."""
    if old and new and set(old.casefold().split()) < set(new.casefold().split()):
        return new
    return old or new


def respelled_people(entities: list[Entity]) -> list[Entity]:
    """Entities with each person who is another spelling of exactly one other person joined to that
    person (the one named more often keeps the entity; the longer name is canonical). A one-word
    person whose word another person's name holds as written is left alone (`Deddy` of `Deddy Mizwar`
    beside `Dedi Mulyadi`), and so is one whose word is in a body's or a place's name."""
    people = [e for e in entities if e.label == "PER"]
    order = sorted(people, key=lambda e: (-len(e.mentions), -len(e.canonical.split()), e.mentions[0].start))
    kept: list[tuple[Entity, list[list[str]]]] = []  # each person and the names it was written with
    gone: set[int] = set()
    # the words of bodies' and places' names: `Ngoerah` of `RSUP Prof Ngoerah` is the hospital's, not
    # a misspelt `Ngurah`
    named = {w.casefold() for e in entities if e.label != "PER" for m in e.mentions for w in m.text.split()}
    for e in order:
        words = e.canonical.split()
        if len(words) == 1 and (
            words[0].casefold() in named
            or any(words[0].casefold() == x.casefold() for _, fs in kept for f in fs for x in f)
        ):
            kept.append((e, [words]))
            continue
        homes = [(h, fs) for h, fs in kept if any(_matches(words, f) or _matches(f, words) for f in fs)]
        if len(homes) != 1:
            kept.append((e, [words]))
            continue
        home, forms = homes[0]
        forms.append(words)
        home.mentions = sorted([*home.mentions, *e.mentions], key=lambda m: m.start)
        home.role = _fuller(home.role, e.role)
        if len(words) > 1 and " " not in home.canonical:
            home.canonical = e.canonical  # `Prasetyo` … `Prasetio Edi Marsudi`: the full name
        gone.add(id(e))
    return [e for e in entities if id(e) not in gone]
