"""Words of an official name its writers add or leave out: a closing 'RI', 'Persero' or 'Tbk',
the state's words before a country ('Kepolisian Republik Indonesia'), and filler words
('Bandara Internasional Juanda' is 'Bandara Juanda').
"""

from __future__ import annotations

from typing import Any

from warta.corpus.store import Store
from warta.identity import names
from warta.identity.merges import bare_root, link_sure, root
from warta.identity.name_words import known_region
from warta.identity.stored import is_indexed, stored_num

CLOSING_WORDS = frozenset(("ri", "persero", "tbk"))  # a national body's or a company's closing word


def link_closing_word(store: Store, ent: int, norm: str, current: Any) -> bool:
    """Link 'Kementerian Hukum RI' to 'Kementerian Hukum' and 'PT Kereta Api Indonesia (Persero)' to
    'PT Kereta Api Indonesia': the same body's name with its closing national or legal word, where the
    kind-word rule finds no bare name to take (a ministry's field, 'Hukum', names no body; 'Kereta Api'
    is not stored). Names of three words or more, the one without the word stored."""
    words = norm.split()
    if len(words) < 3 or words[-1] not in CLOSING_WORDS:
        return False
    base = " ".join(words[:-1])
    target = bare_root(store, ent, base, "ORG")
    if target is None:
        return False
    return link_sure(store, ent, target, current, lambda: f"'{norm}' is '{base}' with the word '{words[-1]}'")


STATE_REASON = "with the state's words"  # 'kepolisian republik indonesia' is 'kepolisian indonesia' …


def without_state_words(norm: str) -> list[str]:
    """A body's name with the state's words before its country's name left out or shortened, longest
    first: 'Kepolisian Negara Republik Indonesia' → 'Kepolisian Republik Indonesia', 'Kepolisian
    Indonesia', 'Kepolisian RI'; 'Kepolisian Republik Afrika Tengah' → 'Kepolisian Afrika Tengah'. The
    country closes the name (the body is the nation's) and is one the gazetteer knows, bare or with them;
    'Republik' is among the words (a 'Negara' alone is a name's own word: 'Bank Negara Indonesia')."""
    words = norm.split()
    for i in range(1, len(words) - 1):
        run = i
        while run < len(words) - 1 and words[run] in ("negara", "republik"):
            run += 1
        if run == i or words[run - 1] != "republik":
            continue  # 'Bank Negara Indonesia' is no 'Bank Indonesia'
        head, state, country = words[:i], words[i:run], " ".join(words[run:])
        if not (names.world_unit(country, "country") or names.world_unit(f"{state[-1]} {country}", "country")):
            return []
        out = [" ".join([*head, state[-1], country])] if len(state) > 1 else []
        out.append(" ".join([*head, country]))
        if country == "indonesia":
            out.append(" ".join([*head, "ri"]))
        return out
    return []


def with_state_words(norm: str) -> list[str]:
    """The names :func:`without_state_words` reads as ``norm``: touched when ``norm`` arrives."""
    words = norm.split()
    if words[-1:] == ["ri"]:
        words = [*words[:-1], "indonesia"]
    return [
        " ".join([*words[:i], *state, *words[i:]])
        for i in range(1, len(words))
        for state in (("republik",), ("negara", "republik"))
    ]


def link_state_words(store: Store, ent: int, norm: str, current: Any) -> bool:
    """Link 'Kepolisian Republik Indonesia' to 'Kepolisian Indonesia' (or 'Kepolisian RI'), 'Kepolisian
    Negara Republik Indonesia' to either: one body, whether the article gives its country's name in
    full; the first stored of :func:`without_state_words` takes it."""
    if "republik" not in norm.split():
        return False
    return _link_first_stored(store, ent, norm, "ORG", without_state_words(norm), current, STATE_REASON)


def _link_first_stored(store: Store, ent: int, norm: str, label: str, bases: list[str], current: Any, why: str) -> bool:
    """Link ``ent`` (named ``norm``) to the identity of the first stored of ``bases``, its shorter names."""
    for base in bases:
        bare = stored_num(store, base, label)
        if bare is None or bare == ent:
            continue
        target = root(store, bare)
        if target == ent:
            return False
        return link_sure(store, ent, target, current, lambda b=base: f"'{norm}' is '{b}' {why}")
    return False


FILLER_REASON = "with a word writers leave out"  # 'bandara internasional juanda' is 'bandara juanda' …


def link_filler(store: Store, ent: int, norm: str, label: str, current: Any) -> bool:
    """Link a body's or facility's name holding a word its writers leave out ('Kantor Pos Indonesia
    Cabang Cikini', 'Lapas Kelas I Medan Tanjung Gusta', 'Fraksi Partai Golkar') to the stored name
    without it: one thing, as official names are written in full once and short after
    (identity/data/filler_words.txt, :func:`names.without_fillers`)."""
    return _link_first_stored(
        store, ent, norm, label, names.without_fillers(norm, known_region), current, FILLER_REASON
    )


def with_fillers(store: Store, norm: str, label: str) -> list[str]:
    """The stored names :func:`names.without_fillers` reads as ``norm``: touched when ``norm`` arrives.
    A filler word is put back by exact key lookups; a prison's class code, by its head's key range."""
    words = norm.split()
    if len(words) < 2:
        return []
    out = set()
    for before, filler in names.filler_words():
        if filler in names.CLASS_WORDS:
            continue
        for i in range(1, len(words)):
            if before in ("*", words[i - 1]):
                out.add(" ".join([*words[:i], filler, *words[i:]]))
    if any((words[0], w) in names.filler_words() for w in names.CLASS_WORDS):
        rows = store.query(
            "SELECT norm FROM entities WHERE key > ? AND key < ?", (f"{label}:{words[0]} ", f"{label}:{words[0]}!")
        )
        out.update(n for (n,) in rows if norm in names.without_fillers(n, known_region))
    return [f for f in sorted(out) if f != norm and is_indexed(store, f, label)]
