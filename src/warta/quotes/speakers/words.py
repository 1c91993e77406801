"""Word lists, patterns and reaches the speaker resolution reads (data/grammar.json's named lists, the
bounds that keep a lookup linear)."""

from __future__ import annotations

import regex as re

from warta.quotes.attribution import ADVERBS, NP_STOP
from warta.quotes.lexicon import wordset
from warta.quotes.names import PAREN

DETERMINERS = (
    "para",
    "sang",
    "seorang",
    "sejumlah",
    "beberapa",
    "kalangan",
    "pihak",
    "sebagian",
    "setidaknya",
    "salah satu",
    "salah seorang",
    "banyak",
)


SOURCE_NOUNS = (
    "data",
    "penjelasan dalam",
    "penjelasan",
    "keterangan",
    "keterangan resmi",
    "pernyataan",
    "catatan",
    "rilis",
)


SOURCE_NOUN_WORDS = wordset("source_nouns")


SOURCE_NOUN_LINKS = wordset("source_noun_links")


BODY_DESCRIPTORS = wordset("body_descriptors")


PEOPLE_WORDS = wordset("people_words")


FIRST_PERSON = wordset("first_person")


TELLING_CUES = wordset("telling_cues")


WORKS = wordset("works")


_WORK_REACH = 8  # words before a `yang` that may name the work it relates to


NOT_NOMINAL = ADVERBS | NP_STOP | wordset("not_subject_start") | wordset("not_nominal")


DOER = re.compile(r"pe(?:n|m|ng|ny)\w{3,}")  # peN- nouns of the doer (`penyidik`, `pengunjuk`)


COPULAS = frozenset(("merupakan", "adalah", "ialah", "menjadi", "yakni", "yaitu"))


APPOSITION_REACH = 150  # characters from a name to the verb over its description (`X, Kepala …, mengatakan`)


SUBJECT_WINDOW = 1  # paragraphs over which a newer sentence subject overrides the last quoted person


# How far back a pronoun's referent is looked for: far beyond any news story's paragraphs, and a
# bound that keeps a huge input linear.
LOOKBACK_PARAGRAPHS = 60


LOOKBACK_CHARS = 20_000


MAX_MENTION_CHARS = 300  # no entity mention is longer: a lookup by position starts this far back


RANK_PARAGRAPHS = 6  # how far back the ranker looks for candidate referents


RANK_CHARS = 4_000


QUOTED_WINDOW = 4  # paragraphs over which the person last quoted stays the default referent of -nya/ia


LABEL_RANK = {"PER": 0, "ORG": 1, "LOC": 2}


_OPEN_PAREN = re.compile(r"\s*\([^()]*$")


ROLE_TAIL_WORDS = wordset("role_tail_words")


NICKNAME_HONORIFICS = wordset("nickname_honorifics")


_ROMAN = re.compile(r"[IVX]{1,4}")  # `Jilid II`, `Periode III`


# cue lemmas that say the speaker adds to what they said before (`tambahnya`, `imbuhnya`)
ADDING_CUES = frozenset(("tambah", "imbuh", "lanjut", "sambung"))


COUNSEL_HEADS = wordset("counsel_heads")


ONE_PERSON_LEADS = wordset("one_person_leads")


GROUP_NOUNS = wordset("group_nouns")


NOT_GROUP_WORDS = wordset("not_group_words")


GROUP_QUANTIFIERS = wordset("group_quantifiers")


CASE_PARTY_NOUNS = wordset("case_party_nouns")


MEMBER_HEADS = wordset("member_heads")


UNIT_HEADS = wordset("unit_heads")


MEDIUM_QUALIFIERS = wordset("medium_qualifiers")


# punctuation that ends a clause; not the dot of a title before a name (`Prof. Dr. Muhammad Nur`)
_CLAUSE_STOP = re.compile(r'[;:"()]|(?<!\b[A-Z][a-z]{0,3})\.')


# where the phrase after a cue ends: a comma or a stop, or an adjunct (`kata X kepada Y`)
_CLAUSE_END = re.compile(r"[,.;\n]|\s(?:" + "|".join(sorted(NP_STOP)) + r")\b")


# the only words that make a governor: `oleh`, and verbs in me-/di-/be- (see ``_governor``)
_GOVERNING = re.compile(r"(?<!\S)(?:oleh|me[a-z]{3}|di[a-z]{3}|be[a-z]{3})")


# the rest of a description up to a closing demonstrative at the end of its sentence, or before
# the place, time or occasion of the words (`pria yang akrab disapa Bamsoet ini di Jakarta, Jumat`)
_DESCRIPTION_TAIL = re.compile(
    r"""(?:\s+yang\s|\s*,\s|\s+(?=ber[a-z]{3,}\s)|\s+(?=(?:di|asal|kelahiran)\s)|(?=(?:\s+[a-z0-9][\w-]*){1,5}\s+(?:ini|itu)\b))"""
    r"""[^."“”;:!?\n]{0,160}?\s(ini|itu|tersebut)"""
    r"""(?=\s*(?:[.!?]|\(|\[|$|,\s*(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|\d)"""
    r"""|,?\s(?:di|saat|ketika|usai|seusai|sesudah|setelah|sebelum|sambil|seraya|sembari|kepada|dalam|pada|melalui)\s))"""
)


_INITIALS = re.compile(r"\b(?:ber)?inisial\s+(\p{Lu}{1,4})\b")  # `berinisial AS`: a person's initials


_AGE = re.compile(r"\s*\(\d{1,3}(?: tahun)?\)")  # an age after a name


_RELATIVE = re.compile(r"\byang\b")  # the word opening a relative clause (`X yang hadir …`)


# verbs that give a nickname (`yang akrab disapa Cak Imin`)
NICKNAME_VERBS = frozenset(("disapa", "dipanggil", "disebut", "sapaan", "panggilan", "julukan", "dijuluki"))


_APPOSITION = re.compile(r"\s*(?:\(\d+\)\s*)?,\s*[a-z][\w\s.-]{0,60}")  # `X (30), anak Y, hadir`


OBLIQUE_PREPOSITIONS = wordset("oblique_prepositions")


DETERMINER_MODIFIERS = wordset("determiner_modifiers")


PLURAL_LEADS = frozenset(("para", "sejumlah", "beberapa"))


# lower-case words that join the parts of one post (`Dubes RI untuk Jepang`, `Dirjen PBB di Jenewa`)
POST_JOINERS = frozenset(("dan", "serta", "di", "untuk", "bidang", "urusan", "pada"))


ROLE_NAME_GAP = 8  # how far a name in apposition may lie from its role phrase (`Nama, Role`)


# adjuncts of scene between a subject's name and its verb (`X dalam kesempatan itu menyampaikan`)
SCENE_STARTS = wordset("adjunct_start") - {"kepada", "kepadanya", "dengan"}


SCENE_WORDS = 7  # how many words such a scene and the verb after it may span


# a share of those asked opening a subject (`81% para pelaku pasar`, `27 persen`): a finding
_SHARE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|persen\b)")


UNNAMED_REACH = 3  # paragraphs back in which `seorang sumber` may bring in the source `sumber itu` means


_COMMA_GAP = re.compile(r"\s*,\s*")


# one unnamed person brought in (`seorang warga`, `salah seorang pengguna`): the noun after the count
_ONE_LEADS = "|".join(sorted((w.replace(" ", r"\s+") for w in ONE_PERSON_LEADS), key=len, reverse=True))


_ONE_PERSON_PHRASE = re.compile(rf"\b(?i:{_ONE_LEADS})\s+(\p{{Ll}}+)\b")


_SOURCE_LEADS = "seorang|sebuah|salah satu"  # what brings in an unnamed source (`kata seorang sumber`)


_NAMED_AFTER = re.compile(r"(?:\s+\p{Ll}+){0,3}?(?:\s*,\s*|\s+(?:bernama|berinisial|yakni|yaitu)\s+)\p{Lu}")


def _role_key(role: str) -> str:
    """A role compared as the words it has, without brackets (`Badan … (BPBD) Kabupaten X`)."""
    return " ".join(PAREN.sub(" ", role).lower().split())


_BRACKETED = re.compile(r"\s*\((\p{Lu}[^()]{1,60}?)\)?\s*$")  # `mereka (PT Duta Palma)`


_ACRONYM_AFTER = re.compile(r"\s*\((\p{Lu}[\p{Lu}\d&-]{1,9})\)")  # `Badan Pusat Statistik (BPS)`


# compiled once: a module-level ``regex`` call looks its pattern up again each time (~15 us)
_JOINED = re.compile(r"\s(?:dan|serta)\s")


_WEB_ADDRESS = re.compile(r"\w\.[a-z]{2,}$")  # `Tiket.com`


_NEXT_NAME_WORD = re.compile(r" (\p{Lu}\p{Ll}+)\b(?! *[(,]?\s*\d| \p{Lu})")
