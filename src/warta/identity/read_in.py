"""Words of the text the entities layer read into a name: an amount or number ('Provinsi Jawa Barat
Rp 4'), stray words before a legal form or after 'RI', a person's title before a body's name, and a name cut
before its 'dan' that the text writes on.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from warta.corpus.store import Store, normalize_name
from warta.entities import patterns
from warta.identity import names
from warta.identity.bare_names import link_variant
from warta.identity.merges import bare_root, link_sure, root, through
from warta.identity.name_words import ADMIN_WORDS, ORG_LEADING, ORG_TRAILING, may_be_title, region_names
from warta.identity.stored import is_indexed, is_place, name_of, stored_num

CUT_REASON = "the text writes it on with 'dan'"
CUT_READ = 12  # articles of the cut name read for the words after it
CUT_WINDOW = 3  # words after 'dan' in which the longer name's next word must come


def link_cut_before_dan(store: Store, short: int, form: str, current: Any) -> bool:
    """Link a body's name the entities layer cut before its 'dan' ('Kementerian Komunikasi' of
    'Kementerian Komunikasi dan Digital') to the one stored identity named on with 'dan', when its
    own articles write it on so: 'dan' (or ', dan') right after it and that name's next word soon
    after ('Kementerian Pendidikan Dasar, dan Pendidikan Menengah'), and none of them writes it only
    alone. Another body that begins the same ('Kementerian Koperasi dan UKM' beside a stored
    'Kementerian Koperasi dan Kelima') is not it."""
    if " " not in form or form.split()[-1] in names.CONNECTORS:
        return False
    rows = store.query(
        "SELECT num, norm FROM entities WHERE label = 'ORG' AND norm > ? AND norm < ?", (f"{form} dan ", f"{form} dan!")
    )
    longer: dict[int, str] = {}
    for n, norm in rows:
        longer.setdefault(root(store, int(n)), str(norm).split()[len(form.split()) + 1])
    longer.pop(short, None)
    if len(longer) != 1:
        return False
    target, word = next(iter(longer.items()))
    if through(store, target, short):
        return False
    bodies = store.query(
        "SELECT a.body FROM articles a JOIN mentions m ON m.article = a.num WHERE m.entity = ? LIMIT ?",
        (short, CUT_READ),
    )
    pattern = re.compile(
        rf"(?<!\w){names.flex(form)},? dan((?:\W+\w+){{0,{CUT_WINDOW - 1}}}?)\W+{re.escape(word)}(?!\w)", re.IGNORECASE
    )
    alone = re.compile(rf"(?<!\w){names.flex(form)}(?!\w)", re.IGNORECASE)
    on = [bool(pattern.search(str(body))) for (body,) in bodies]
    if not any(on):
        return False
    if any(not o and alone.search(str(body)) for o, (body,) in zip(on, bodies, strict=True)):
        # an article writing the cut name only, never on with 'dan': a body of its own there
        # ('Kementerian Hukum', split from 'Kementerian Hukum dan HAM' in 2024)
        return False
    return link_sure(
        store, short, target, current, lambda: f"{CUT_REASON} '{word}' after it: '{name_of(store, target)}'"
    )


NUMBER_REASON = "a number of the text read into the name"
# words after a number that make it a quantity of the sentence, not part of a name ('KPK 3 tahun')
QUANTITY_WORDS = (
    "tahun",
    "bulan",
    "minggu",
    "pekan",
    "hari",
    "jam",
    "menit",
    "orang",
    "persen",
    "kali",
    "unit",
    "triliun",
    "miliar",
    "juta",
    "ribu",
    "poin",
    "kasus",
    "kilometer",
    "km",
    "meter",
)


# a currency word before a number: 'Provinsi Jawa Barat Rp 4' (triliun) is an amount read into the name
CURRENCY = "rp"


def numbered_forms(store: Store, norm: str, label: str) -> list[str]:
    """Stored names that are ``norm`` and a number ('kpk 3' of 'kpk') or an amount ('jawa barat rp 4'):
    two key ranges, no scan."""
    out = []
    for tail in (" ", f" {CURRENCY} "):
        rows = store.query(
            "SELECT key FROM entities WHERE key >= ? AND key < ?", (f"{label}:{norm}{tail}0", f"{label}:{norm}{tail}:")
        )
        names_ = [k.split(":", 1)[1] for (k,) in rows]
        out += [n for n in names_ if n[len(norm) + len(tail) :].isdigit() and len(n) - len(norm) - len(tail) <= 3]
    return out


def read_in_after(store: Store, norm: str, label: str) -> list[str]:
    """Stored names that may be ``norm`` with words of the text read in after it: a place's name with
    an amount ('provinsi kalimantan utara rp 4' of 'kalimantan utara' or of a kind-word form), a body's
    with words after its national word ('kementerian kesehatan ri azhar jaya'). One query of key ranges."""
    if label == "LOC":
        heads = [norm, *(f"{w} {norm}" for w in ADMIN_WORDS)]
        ranges = [(f"LOC:{h} {CURRENCY} 0", f"LOC:{h} {CURRENCY} :") for h in heads]
    elif label == "ORG":
        head = norm if norm.endswith(f" {NATIONAL_END}") else f"{norm} {NATIONAL_END}"
        ranges = [(f"ORG:{head} ", f"ORG:{head}!")]
    else:
        return []
    where = " OR ".join("(key >= ? AND key < ?)" for _ in ranges)
    rows = store.query(f"SELECT key FROM entities WHERE {where}", [v for r in ranges for v in r])
    return [k.split(":", 1)[1] for (k,) in rows]


def _without_amount(norm: str) -> str | None:
    """The name before an amount the entities layer read into it ('provinsi dki jakarta rp 14' →
    'provinsi dki jakarta'), or None: a currency and a number are never part of a name."""
    words = norm.split()
    if len(words) >= 3 and words[-2] == CURRENCY and words[-1].isdigit():
        return " ".join(words[:-2])
    return None


def _link_amount_read_in(store: Store, ent: int, norm: str, label: str, current: Any) -> bool:
    """Link 'Provinsi Jawa Barat Rp 4' to 'Provinsi Jawa Barat' (a list of regions' budgets read as
    names), or, when that name is not stored, as it would be linked ('Kabupaten Mimika Rp 2' to
    'Mimika' by the kind-word rules)."""
    base = _without_amount(norm)
    if base is None:
        return False
    bare = stored_num(store, base, label)
    if bare is None:
        return label in ("ORG", "LOC") and link_variant(store, ent, base, label, current)
    target = root(store, bare)
    if target == ent:
        return False
    return link_sure(store, ent, target, current, lambda: f"'{norm}' is '{base}': {NUMBER_REASON}")


def link_number_read_in(store: Store, ent: int, norm: str, label: str, current: Any) -> bool:
    """Link 'KPK 3' to 'KPK' when its article writes the number as a quantity of the sentence
    ('anggaran KPK 3 tahun ke belakang', 'Kemenag 3,26'): the entities layer read the number into
    the name. A numbered unit ('SMAN 3 Bandung', 'Komisi 3') is left as it is."""
    if _link_amount_read_in(store, ent, norm, label, current):
        return True
    words = norm.split()
    if len(words) < 2 or not words[-1].isdigit() or len(words[-1]) > 3 or _without_amount(norm):
        return False
    base = " ".join(words[:-1])
    bare = stored_num(store, base, label)
    if bare is None or bare == ent:
        return False
    name = store.scalar("SELECT name FROM entities WHERE num = ?", (ent,)) or norm
    pat = re.compile(rf"(?<!\w){names.flex(name)}(?:[.,]\d|\s+(?:{'|'.join(QUANTITY_WORDS)})\b)", re.IGNORECASE)
    bodies = store.query(
        "SELECT a.body FROM articles a WHERE a.num IN (SELECT article FROM mentions WHERE entity = ?) LIMIT 5", (ent,)
    )
    if not any(isinstance(b, str) and pat.search(b) for (b,) in bodies):
        return False
    target = root(store, bare)
    if target == ent:
        return False
    return link_sure(store, ent, target, current, lambda: f"'{norm}' is '{base}': {NUMBER_REASON}")


STRAY_REASON = "words of the text read into the name"
LEGAL_FORM = "pt"  # a company's name begins at its legal form: 'BUMN PT Pupuk Indonesia' is 'PT Pupuk Indonesia'
NATIONAL_END = "ri"  # a national body's name ends at 'RI': 'Kementerian Kesehatan RI Azhar Jaya' is the ministry


def _without_stray_words(store: Store, norm: str) -> str | None:
    """A body's name without the words of the text read in before its legal form or after its
    national word (a descriptor, a person's name), or None. Never a unit, office or place: 'Fraksi
    PT …', 'Kanwil …', '… RI Kota Bogor' name another body."""
    words = norm.split()
    heads = names.unit_heads() | names.regional_offices()
    if LEGAL_FORM in words[1:-1]:
        i = words.index(LEGAL_FORM, 1)
        if not any(w in heads or w in ORG_LEADING or w in ORG_TRAILING for w in words[:i]):  # 'Group PT …'?
            words = words[i:]
    if NATIONAL_END in words[2:-2]:
        j = words.index(NATIONAL_END, 2)
        tail = words[j + 1 :]
        place = tail[0] in ADMIN_WORDS or " ".join(tail) in region_names() or is_place(store, " ".join(tail))
        if not place and not any(w in heads or w.isdigit() for w in tail):
            words = words[: j + 1]
    out = " ".join(words)
    return out if out != norm else None


def link_stray_words(store: Store, ent: int, norm: str, current: Any) -> bool:
    """Link 'BUMN PT Pupuk Indonesia' to 'PT Pupuk Indonesia' (or, not stored, as that name would be
    linked: to 'Pupuk Indonesia')."""
    base = _without_stray_words(store, norm)
    if base is None:
        return False
    # the name as written, else without the word that bounds it ('Kementerian Kesehatan RI' is 'Kementerian
    # Kesehatan', 'PT Pupuk Indonesia' is 'Pupuk Indonesia'), else as that name would be linked
    words = base.split()
    shorter = [" ".join(words[1:])] if words[0] == LEGAL_FORM else []
    shorter += [" ".join(words[:-1])] if words[-1] == NATIONAL_END else []
    found = [(n, b) for n in (base, *shorter) if (b := stored_num(store, n, "ORG"))]
    if not found:
        return link_variant(store, ent, base, "ORG", current)
    base, bare = found[0]
    target = root(store, int(bare))
    if target == ent:
        return False
    return link_sure(store, ent, target, current, lambda: f"'{norm}' is '{base}': {STRAY_REASON}")


def _title_read_in(store: Store, norm: str) -> str | None:
    """The stored body's name ``norm`` is after a person's title read into it, or None: the words
    before it are a title ('Guru Besar IPB University'), or the rest of one the texts write before
    every use ('Direktur Kebijakan Fiskal Center of …'). Never a unit, office or a word that opens
    bodies' names ('Dekan Fakultas Hukum …' names the faculty, 'Ketua Badan Penganggaran MPR RI' a unit,
    'Ketua Yayasan Bank X' a foundation)."""
    words = norm.split()
    for i in (1, 2):
        lead, base = words[:i], " ".join(words[i:])
        if len(words) - i < 2 or not may_be_title(lead) or not is_indexed(store, base, "ORG"):
            continue
        if tuple(lead) in _roles() or _after_titles(store, norm):
            return base
    return None


def _after_titles(store: Store, norm: str) -> bool:
    """Whether every use of ``norm`` in its articles' texts comes right after a person's title."""
    from warta.identity.usage import written

    pat = re.compile(rf"(\w+)[\s,]+{names.flex(norm)}(?!\w)", re.IGNORECASE)
    before = [normalize_name(m.group(1)) for _, text, _ in written(store, norm) for m in pat.finditer(text)]
    return bool(before) and all((w,) in _roles() for w in before)


@lru_cache(maxsize=1)
def _roles() -> frozenset[tuple[str, ...]]:
    """The entities lexicon's titles of people, folded ('direktur', 'guru besar')."""
    return frozenset(tuple(normalize_name(" ".join(r)).split()) for r in patterns.lexicon().roles)


def link_title_words(store: Store, ent: int, norm: str, current: Any) -> bool:
    """Link 'Guru Besar IPB University' to 'IPB University': a title of the text read into the name."""
    base = _title_read_in(store, norm)
    target = None if base is None else bare_root(store, ent, base, "ORG")
    if target is None:
        return False
    return link_sure(store, ent, target, current, lambda: f"'{norm}' is '{base}': a title, {STRAY_REASON}")
