"""What a name's own words say: the kind words before or after a bare name ('Kabupaten', 'Stadion',
'PT'), a name's core without them (:func:`core`), honorifics, given names, common words, initials and the
words that open a body's name. Pure word lists and string rules; no link is made here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from warta.corpus.store import Store, normalize_name
from warta.entities import patterns
from warta.identity import names
from warta.resources import word_lists

# words that name the kind of a place or the legal form of an organisation, not which one
ADMIN_WORDS = (
    "kabupaten",
    "kab",
    "kota",
    "provinsi",
    "prov",
    "kecamatan",
    "kec",
    "kapanewon",
    "kelurahan",
    "desa",
    "pulau",
    "dki",
    "dk",
)
# natural features named by a kind word ('Gunung Semeru' is 'Semeru', 'Dieng Plateau' is 'Dieng'),
# never when the bare name is also a regency or province ('Danau Toba' is not the regency 'Toba')
# ('Kawasan Ciwidey' is 'Ciwidey', 'Jembatan Suramadu' is 'Suramadu')
FEATURE_LEADING = ("gunung", "danau", "sungai", "kawasan", "jembatan")
# a facility's kind before its own name ('Hotel JS Luwansa', 'Kompleks Istana Kepresidenan', 'Stasiun
# Batavia Noord'), never before a place's name the gazetteer knows ('Stasiun Gambir' is not the district)
FACILITY_LEADING = ("kompleks", "hotel", "stasiun", "puskesmas", "puskesos")
# a venue's kind before or after its own name ('Stadion Olimpico', 'Etihad Stadium'): the bare name is the
# venue where the texts write it as the place of an event ('di Etihad'), not a brand's or a road's name
# ('Stadion Ngurah Rai' beside 'Jalan Raya … atau Ngurah Rai')
VENUE_LEADING = ("stadion",)
VENUE_TRAILING = ("stadium",)
# words before a country's or continent's name that only say what it is ('Federasi Rusia', 'Kerajaan
# Arab Saudi', 'Benua Afrika'): one place when the gazetteer knows the bare name as one ('Republik
# Korea' is not 'Korea', a peninsula)
STATE_WORDS = ("negara", "republik", "kerajaan", "federasi", "kesultanan")
CONTINENT_WORDS = ("benua",)
FEATURE_TRAILING = ("plateau",)
ORG_LEADING = (
    *("pt", "the", "bank", "kementerian", "kemenko", "partai", "lembaga", "perum", "perumda", "cv", "grup", "korps"),
    "asuransi",
)
# sector words that may follow a legal-form word and are kind words too: 'PT Asuransi Jiwasraya' is
# 'Jiwasraya', as 'PT Bank Mandiri' is 'Mandiri'
ORG_SECTOR = frozenset(("bank", "asuransi"))
# legal-form, English kind and web-address words after a name: 'PT Antam Tbk', 'Harvard University',
# 'Lippo Group', 'Indonesiabaik.id' (folded to 'indonesiabaik id')
ORG_TRAILING = (
    *("tbk", "persero", "ri", "indonesia", "polri", "university", "group", "grup", "inc", "corp", "ltd", "com", "id"),
    *("co", "plc", "llc", "pte", "se", "ag", "gmbh", "nv", "bv", "limited", "corporation"),
)
# trailing words that say what kind of company only after a legal-form word: 'PT Freeport Indonesia'
# is Freeport, but 'CNBC Indonesia' or 'Google Indonesia' is a national arm, not the brand
ORG_TRAILING_AFTER_LEADING = frozenset(("indonesia",))
# a ministry word before a two-letter acronym names the ministry ('Kementerian PU' is 'PU'); a
# coordinating ministry ('Kemenko IPK') is one too
MINISTRY = frozenset(("kementerian", "kemenko"))
# a field noun after a ministry word ('Kehutanan', 'Pertanian') is what every government has a ministry
# of, not a name: Indonesian nouns of the ke-…-an / pe(r)-…-an shape
FIELD_NOUN = re.compile(r"(?:ke|pe[rnm]?g?)[a-z]{3,}an")
# sub-regency levels: 'Kecamatan Kediri' is not the city or regency 'Kediri'
SUB_REGENCY = frozenset(("kecamatan", "kec", "kapanewon", "kelurahan", "desa"))
# regional offices: every region has a 'Dinas PUPR', so the acronym names the ministry, not one of them
REGIONAL_OFFICE = frozenset(("dinas",))
# a bare name left after a kind word that is itself a word of this kind is no name ('Bank Sentral')
ORG_GENERIC = frozenset(
    ("sentral", "dunia", "nasional", "daerah", "pusat", "umum", "negara", "rakyat", "agama", "keuangan")
)


def core(norm: str, label: str) -> tuple[str, str | None]:
    """A folded name without the word that says what kind of place or company it is:
    ``kabupaten jembrana`` → (``jembrana``, ``kabupaten``); ``pt antam tbk`` → (``antam``, ``pt``)."""
    words = norm.split()
    kind = None
    if (
        label == "LOC"
        and len(words) > 1
        and words[0]
        in (*ADMIN_WORDS, *FEATURE_LEADING, *FACILITY_LEADING, *VENUE_LEADING, *STATE_WORDS, *CONTINENT_WORDS)
    ):
        kind, words = words[0], words[1:]
        while len(words) > 1 and words[0] in ADMIN_WORDS and names.TIER.get(words[0]) == names.TIER.get(kind):
            words = words[1:]  # 'Provinsi DK Jakarta': two words of one kind
    elif label == "LOC" and len(words) > 1 and words[-1] in (*FEATURE_TRAILING, *VENUE_TRAILING):
        kind, words = words[-1], words[:-1]
    elif label == "PER" and len(words) > 1 and words[0] in one_word_honorifics():
        kind, words = words[0], words[1:]  # 'Kang Dedi Mulyadi' is 'Dedi Mulyadi'
    elif label == "ORG" and len(words) > 1:
        if words[0] in ORG_LEADING:
            kind, words = words[0], words[1:]
            if kind == "pt" and len(words) > 1 and words[0] in ORG_SECTOR:
                words = words[1:]  # 'PT Asuransi Jiwasraya': the sector word is a kind word too
        while len(words) > 1 and words[-1] in ORG_TRAILING:
            if words[-1] in ORG_TRAILING_AFTER_LEADING and kind is None:
                break
            kind, words = kind or words[-1], words[:-1]
        if len(words) == 1 and (words[0] in ORG_TRAILING or words[0] in ORG_LEADING or words[0] in ORG_GENERIC):
            return norm, None  # 'Bank Indonesia', 'Bank Sentral': the kind words are the name
    return " ".join(words), kind


def generic_bare(base: str, kind: str | None) -> bool:
    """Whether the bare name left after a kind word names no body: a generic word ('Bank Sentral'),
    or after a ministry word a field ('Kementerian Kehutanan' is not what 'Kehutanan' names: the
    word is a common noun, and every government has a ministry of it)."""
    if base in ORG_GENERIC:
        return True
    if kind not in MINISTRY or " " in base:
        return False
    # a dictionary word of five letters or more ('sosial'; the lexicon also lists acronyms such as 'esdm')
    return bool(FIELD_NOUN.fullmatch(base)) or (len(base) >= 5 and base in lower_common_words())


@lru_cache(maxsize=1)
def one_word_honorifics() -> frozenset[str]:
    """One-word honorifics and titles before a person's name (the entities lexicon's list)."""
    return frozenset(normalize_name(" ".join(h)) for h in patterns.lexicon().honorifics if len(h) == 1)


@lru_cache(maxsize=1)
def _lexicon_given() -> frozenset[str]:
    return frozenset(normalize_name(w) for w in patterns.lexicon().given)


@lru_cache(maxsize=1)
def shared_name_words() -> frozenset[str]:
    """Name words that identify no one alone (data/shared_name_words.json): Balinese birth-order and
    caste words, common Muslim given names. A bare one is never the only stored bearer's name."""
    return frozenset(w for words in word_lists("warta.identity", "shared_name_words.json").values() for w in words)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names several people bear: the lexicon's, Balinese birth-order names and common Muslim given
    names (not the caste words: a name opening with 'I' or 'Gusti' is not thereby a given name's)."""
    shared = word_lists("warta.identity", "shared_name_words.json")
    return _lexicon_given() | shared["birth_order"] | shared["common_muslim_given"]


@lru_cache(maxsize=1)
def balinese_name_words() -> frozenset[str]:
    """A Balinese name's caste, address and birth-order words ('I', 'Ni', 'Wayan', 'Made'): shared by very
    many people, so only the name's other words tell one bearer from another."""
    shared = word_lists("warta.identity", "shared_name_words.json")
    return shared["birth_order"] | shared["caste_and_address"]


@lru_cache(maxsize=1)
def lower_common_words() -> frozenset[str]:
    lex = patterns.lexicon()
    return frozenset(w for w in lex.common if w.islower()) - _lexicon_given()


def has_common_word(words: list[str]) -> bool:
    common = lower_common_words()
    return any(len(w) > 3 and w in common for w in words)  # not a particle ('al', 'de', 'bin')


def known_region(norm: str) -> bool:
    base = core(norm, "LOC")[0]
    return base in names.provinces() or names.real_unit("kabupaten", base)


def initials_of(norm: str) -> str:
    """The initials of a folded name's words, connectors left out ('badan pengawas obat dan makanan' → 'bpom')."""
    return "".join(w[0] for w in norm.split() if w not in names.CONNECTORS and w[0].isalpha())


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    return names.regencies() | names.provinces()


def acronym_like(form: str) -> bool:
    return " " not in form and 3 <= len(form) <= 10  # a two-letter one (EV, AI) is too ambiguous


def kind_variants(store: Store, base: str, label: str, admin_only: bool = False) -> list[str]:
    """Stored names that are ``base`` with a kind word (exact key lookups, no scan)."""
    if label == "LOC" and admin_only:
        forms = [f"{w} {base}" for w in ADMIN_WORDS]
    elif label == "LOC":
        lead = (*ADMIN_WORDS, *FEATURE_LEADING, *FACILITY_LEADING, *VENUE_LEADING, *STATE_WORDS, *CONTINENT_WORDS)
        forms = [f"{w} {base}" for w in lead] + [f"{base} {w}" for w in (*FEATURE_TRAILING, *VENUE_TRAILING)]
    elif label == "PER":
        forms = [f"{w} {base}" for w in sorted(one_word_honorifics())]
    else:
        lead = ("", *(f"{w} " for w in ORG_LEADING), *(f"pt {w} " for w in sorted(ORG_SECTOR)))
        trail = ("", *(f" {w}" for w in ORG_TRAILING))
        forms = [f"{a}{base}{b}" for a in lead for b in trail if a or b]
    keys = [f"{label}:{f}" for f in forms]
    marks = ",".join("?" * len(keys))
    return [k.split(":", 1)[1] for (k,) in store.query(f"SELECT key FROM entities WHERE key IN ({marks})", keys)]


def may_be_title(lead: list[str]) -> bool:
    """Whether the first words of a body's name may be a person's title read into it (no unit,
    office, legal form or body's opening word; letters only)."""
    return not any(w in _shut_words() or w in ORG_LEADING or not w.isalpha() for w in lead)


@lru_cache(maxsize=1)
def _shut_words() -> frozenset[str]:
    """Words that make a name's lead a unit, an office or a body of its own, never a title read in:
    unit heads, regional offices and the entities lexicon's words that open a body's name ('badan',
    'yayasan', 'fakultas'), folded."""
    starts = {normalize_name(" ".join(h)) for h in patterns.lexicon().org_start if len(h) == 1}
    return names.unit_heads() | names.regional_offices() | frozenset(starts)
