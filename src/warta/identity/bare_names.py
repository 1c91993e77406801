"""A bare name and its names with a kind word ('Jembrana', 'Kabupaten Jembrana'): when the kind word
names the same thing, and when the bare name is another body, a capital or a short form of another name.
"""

from __future__ import annotations

import re
from typing import Any

from warta.corpus.store import Store, normalize_name
from warta.identity.evidence import DOMINANCE, candidates
from warta.identity.merges import link_sure, members, root
from warta.identity.name_words import MINISTRY, core, generic_bare
from warta.identity.regions import place_level_ok
from warta.identity.stored import is_place, names_of


def with_bare_forms(store: Store, forms: set[str], label: str, canon: str) -> list[str]:
    """The forms plus the bare name of an organisation's form with a kind word: 'PT KCIC' written
    for 'PT Kereta Cepat Indonesia China' also says 'KCIC' is that company (never a place or a
    generic word: 'Bank Jateng' says nothing about 'Jateng')."""
    out = set(forms)
    if label == "ORG":
        for f in forms:
            base, kind = core(f, label)
            bare = kind and base not in (f, canon) and len(base) >= 3 and not generic_bare(base, kind)
            if bare and not is_place(store, base):
                out.add(base)
    return sorted(out)


VARIANT_REASON = "with the word"  # the reason of a kind-word link ('kabupaten jembrana' is 'jembrana' …)


def link_variant(store: Store, ent: int, norm: str, label: str, current: Any) -> bool:
    """Link ``Kabupaten Jembrana`` to ``Jembrana`` and ``PT Antam Tbk`` to ``Antam`` (the bare name
    is the identity), unless the bare name is shared by a city and a regency."""
    base, kind = core(norm, label)
    if kind is None or base == norm:
        return False
    bare = store.execute("SELECT num FROM entities WHERE key = ?", (f"{label}:{base}",)).fetchone()
    if bare is not None and int(bare[0]) == ent:
        return False
    if label == "ORG" and (
        (len(base) < 3 and kind not in MINISTRY) or generic_bare(base, kind) or is_place(store, base)
    ):
        return False  # 'Bank Jateng' is not 'Jateng', 'Bank Indonesia' not 'Indonesia'
    if bare is None:
        return label == "ORG" and _link_written_bare(store, ent, norm, base, kind, current)
    if label == "ORG" and _read_as_another(store, int(bare[0]), base):
        return False  # 'PUPR' written only for a 'Dinas PUPR': 'Kementerian PUPR' is not what it names
    if label == "LOC" and not place_level_ok(store, kind, base):
        return False
    if label == "LOC" and _short_form_of_another(store, int(bare[0]), base):
        return False  # 'Jogja' written for 'Jogjakarta': which unit 'Kota Jogja' is, the short form does not say
    if label == "LOC" and kind == "kota" and _capitals_name(store, ent, norm):
        return False  # 'Kota Nusantara' only ever in 'Ibu Kota Nusantara': a capital's name, not a city
    target = root(store, int(bare[0]))
    if target == ent:
        return False
    return link_sure(store, ent, target, current, lambda: f"'{norm}' is '{base}' with the word '{kind}'")


def _link_written_bare(store: Store, ent: int, norm: str, base: str, kind: str, current: Any) -> bool:
    """Link ``Kementerian PU`` to the identity the corpus writes the bare ``PU`` for (no entity of its
    own: every article wrote it beside ``Kementerian Pekerjaan Umum``), as a stored bare name would take
    it: the bare form is decided as any written form is (:func:`warta.identity.forms.decide`). A
    ministry's name joins only a ministry: a ministry of a sector is not the sector."""
    if not store.scalar("SELECT COUNT(*) FROM entity_aliases WHERE form = ? AND label = 'ORG'", (base,)):
        return False
    from warta.identity.forms import decide

    ident, _ = decide(store, base, "ORG")
    target = None if ident is None else root(store, ident)
    if target is None or target == ent:
        return False
    if kind in MINISTRY and not any(
        normalize_name(n).split()[0] in MINISTRY for n in names_of(store, members(store, target))
    ):
        return False  # 'BUMN' written for the enterprises themselves: 'Kementerian BUMN' is their ministry
    return link_sure(store, ent, target, current, lambda: f"'{norm}' is '{base}' with the word '{kind}'")


CAPITAL_WORDS = ("ibu",)  # 'ibu kota' is a capital, so 'Ibu Kota Nusantara' names no city 'Nusantara'


def _capitals_name(store: Store, ent: int, norm: str) -> bool:
    """Whether the articles naming the place write its name almost only right after 'Ibu' ('Ibu Kota
    Nusantara'): the entities layer cut a capital's name, and the bare name is no city's."""
    pat = re.compile(rf"(?<![\w-])(\w+\s+)?{re.escape(norm)}(?![\w-])", re.IGNORECASE)
    rows = store.query(
        "SELECT coalesce(a.title, ''), a.body FROM mentions m JOIN articles a ON a.num = m.article WHERE m.entity = ?",
        (ent,),
    )
    before = [normalize_name(m.group(1) or "") for t, b in rows for m in pat.finditer(f"{t}\n{b or ''}")]
    return bool(before) and sum(w in CAPITAL_WORDS for w in before) >= DOMINANCE * len(before)  # one 'lbu' typo


def _short_form_of_another(store: Store, bare: int, base: str) -> bool:
    """Whether a bare place name is linked as a short form written for another, longer name ('Jogja'
    for 'Jogjakarta'), not a unit's own name: a kind word before it ('Kota Jogja') then names a unit
    the short form's evidence never chose (the province or its city), so the two are not joined."""
    row = store.execute("SELECT reason, undone FROM entity_links WHERE entity = ?", (bare,)).fetchone()
    return row is not None and row[1] == 0 and str(row[0]).startswith(f"'{base}' written for ")


def _read_as_another(store: Store, bare: int, base: str) -> bool:
    """Whether the corpus writes the bare name only for names outside its own identity (an office it
    is no short form of, or several bodies): then an article writing only the bare name means one of
    those, and a name with a kind word ('Kementerian PUPR') is not shown to be it."""
    cands = candidates(store, base, "ORG")
    r = root(store, bare)
    return bool(cands) and all(root(store, e) != r and core(normalize_name(n), "ORG")[0] != base for e, n, _ in cands)
