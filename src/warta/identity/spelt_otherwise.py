"""One name spelt two ways ('Bernad', 'Bernard'; :mod:`warta.identity.spelling` decides the
spellings) or with one word cut short ('Dani' / 'Daniel Carvajal'), joined only when their articles share
something.
"""

from __future__ import annotations

from typing import Any

from warta.corpus.store import Store
from warta.identity import spelling
from warta.identity.context import unrelated
from warta.identity.merges import link_to_host, members, root
from warta.identity.name_words import balinese_name_words, core, given_names, known_region
from warta.identity.names import two_places
from warta.identity.stored import name_index, stored_names, stored_num

SPELLING_REASON = "one name spelt two ways:"


def spelling_mates(store: Store, norm: str, label: str) -> list[tuple[int, str]]:
    """The stored names of this label that are ``norm`` spelt otherwise (:mod:`spelling`), never
    two places the places package knows both of ('Badung', 'Bandung' are two regencies; 'Ciganjur', a
    village, and 'Cianjur', a regency, one letter apart), nor two Balinese names that share only their
    caste and birth-order words ('I Wayan Sudirta', 'I Wayan Sudira')."""
    key = spelling.squashed(norm)
    if label not in ("PER", "ORG", "LOC") or len(key) < 3:
        return []
    names_index = name_index(store)
    index = names_index.spelling
    # a name of the same letters once glued is one of the same length; one letter apart, one of a length more or less
    same = index.get((label, key[:2], len(key)), ())
    shared = balinese_name_words() if label == "PER" else frozenset()
    alike = [n for n, m in same if m != norm and spelling.squashed(m) == key and spelling.spelt_alike(norm, m, shared)]
    alike += [
        n
        for d in (-1, 1)
        for n, m in index.get((label, key[:2], len(key) + d), ())
        if spelling.spelt_alike(norm, m, shared) and not (label == "LOC" and _two_places(norm, m))
    ]
    if label == "PER" and " " in norm:  # 'Eddy Soeparno' / 'Edi Soeparno': one name as it sounds
        sounds = names_index.sounds.get(spelling.sounded(norm), ())
        alike += [n for n, m in sounds if n not in alike and spelling.sounds_alike(norm, m, given_names())]
        alike += [
            n for n, m in _named_beside(store, norm) if n not in alike and spelling.slipped(norm, m, given_names())
        ]
    mates = [(n, m) for n, m, _ in stored_names(store, alike)]  # (a name rolled back is gone)
    if label == "LOC" and mates and known_region(norm):
        mates = [(n, m) for n, m in mates if not known_region(m)]
    return mates


def _two_places(a: str, b: str) -> bool:
    """Whether two place names one letter apart are two places the gazetteer knows, their kind words
    aside ('Ciganjur' / 'Cianjur'), not one place misspelt ('Jakara Timur', 'Malysia')."""
    return two_places(core(a, "LOC")[0], core(b, "LOC")[0])


CLIPPED_REASON = "one name with a word cut short:"


def clipped_mates(store: Store, norm: str) -> list[tuple[int, str]]:
    """The one stored person whose name is ``norm`` with one word cut short or written in full
    (:func:`spelling.clipped`: 'Dani Carvajal', 'Daniel Carvajal'), or none when no such name or two are
    stored ('Budi S' beside 'Budi Santoso' and 'Budi Susanto' may be either), unless the two are one
    identity already ('Muhammad' and 'Mochammad Afifuddin' for 'M Afifuddin')."""
    index = name_index(store).clips
    found = {n: m for k in spelling.clip_keys(norm) for n, m in index.get(k, ()) if m != norm}
    alike = [n for n, m in found.items() if spelling.clipped(norm, m, given_names())]
    mates = [(n, m) for n, m, _ in stored_names(store, alike)]
    if len({root(store, n) for n, _ in mates}) == 1:
        # 'M Afifuddin' beside 'Muhammad' and 'Mochammad Afifuddin', one man spelt two ways: the one hosting
        # the identity, else the first by name (not the first stored: that is the order articles arrived in)
        return sorted(mates, key=lambda nm: (root(store, nm[0]) != nm[0], nm[1]))[:1]
    return []


def link_clipped_word(store: Store, short: int, form: str, current: Any) -> bool:
    """Link a person's name no form's evidence decides to the one stored name that is it with one word
    cut short or in full ('Tandyo Budi R' and 'Tandyo Budi Revia'): the articles write one man's name
    short here and in full there, and no short form is written for both."""
    return link_to_host(store, short, form, clipped_mates(store, form), current, CLIPPED_REASON)


def _named_beside(store: Store, norm: str) -> list[tuple[int, str]]:
    """The other persons the articles naming the person ``norm`` name: an article writing one name
    two ways ('Sedjono Hoemardani' … 'Soedjono Hoemardani') names one person."""
    num = stored_num(store, norm, "PER")
    if num is None:
        return []
    rows = store.query(
        "SELECT DISTINCT e.num, e.norm FROM mentions m JOIN mentions n ON n.article = m.article "
        "JOIN entities e ON e.num = n.entity WHERE m.entity = ? AND e.label = 'PER' AND e.num <> ?",
        (num, num),
    )
    return [(int(n), str(m)) for n, m in rows]


def link_spelling(store: Store, short: int, form: str, label: str, current: Any) -> bool:
    """Link a name no form's evidence decides to its other spelling ('Dody Hanggodo' to 'Doddy
    Hanggodo', 'detikcom' to 'detik.com'): the corpus never writes one short form for both, so only
    the spelling says they are one."""
    mates = spelling_mates(store, form, label)
    if label in ("PER", "LOC"):
        # people and places share names: 'Suharyanto' (a labour court's) and 'Suhariyanto' (the statistics
        # office's), 'Tanjungsari' (Bogor) and 'Tanjung Sari' (Lampung) are two when their articles share
        # nothing; a body's name misspelt is still that body ('Kementrian Kehutanan')
        mates = [(n, m) for n, m in mates if not _unrelated(store, short, root(store, n))]
    return link_to_host(store, short, form, mates, current, SPELLING_REASON)


def _unrelated(store: Store, short: int, target: int) -> bool:
    """Whether the articles of ``short`` not naming the identity ``target`` share nothing with that
    identity's: no co-mentioned identity and no field (their strongest themes). Then a name that only
    reads like the other ('Suharyanto' of a labour court, 'Suhariyanto' of the statistics office) is
    another's; a field shared ('Klopp', 'Juergen Klopp': football) is no such sign. False when either
    side's field is unknown (no themes) or every article of ``short`` names both."""
    return unrelated(store, short, members(store, target), members, root)
