"""Tests on plain words and word lists that the party readers share: numerals and quantifiers, time
phrases at a phrase's edges, sentence adverbs, the words that break or open a predicate inside a
phrase, and the offence a role noun may be followed by. No article state here."""

from __future__ import annotations

import re

from warta.events import objects
from warta.events.lexicon import lexicon
from warta.quotes.text import DEMONSTRATIVES, is_cap

_ENUMERATOR = re.compile(r"\(?(?:\d{1,2}|[a-z])[).]")  # `(2)`, `2)`, `2.`, `a.`: a list item's number
GROUP_SIZES = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8}
NUMERALS = frozenset(
    [
        "satu",
        "dua",
        "tiga",
        "empat",
        "lima",
        "enam",
        "tujuh",
        "delapan",
        "sembilan",
        "sepuluh",
        "kelima",
        "keempat",
        "ketiga",
        "kedua",
        "para",
        "sejumlah",
        "beberapa",
        "seorang",
    ]
)


def _breaks_phrase(w: str) -> bool:
    """Does a word written inside a party phrase end it? A conjunction or copula in lower case
    (`58 korban namun`, `Palestina meski`, `ibu adalah kejahatan`, `Kedua negara juga saling`),
    a dash or a lone quote mark, or a quoted word (`aparat penegak hukum 'tidak tumpul …'`)."""
    if w in ("--", "'", '"', "‘", "’", "“", "”"):
        return True  # (a single `-` joins a detokenised name: `Wi - Fi`, `Dae - soo`)
    if w[0] in "'\"‘“" and w[1:2].islower():
        return True
    return w.islower() and w.strip(",.") in objects.words()["party_breaks"]


def _predicate_lead(w: str, nxt: str) -> bool:
    """Does ``w`` open the predicate inside what was read as a party phrase (`mahasiswa tampak turun`,
    `Y ikut dianiaya`, `netizen pun ramai-ramai`)? An adverb of aspect in lower case followed by a
    word in lower case or closing the phrase; before a name it is part of the phrase (`anggota tetap
    Dewan Keamanan`)."""
    return w.islower() and w in objects.words()["predicate_leads"] and (not nxt or nxt[:1].islower())


ORDINALS = frozenset(("pertama", "kedua", "ketiga", "keempat", "kelima", "keenam"))


def _offence_word(w: str) -> bool:
    """`pembunuhan`, `pencurian`, `kasus`, `dugaan`: what a role noun is followed by when it
    names the offence rather than the person."""
    w = w.lower()
    return w in ("kasus", "dugaan", "tindak", "perkara") or (w.startswith("pe") and w.endswith("an") and len(w) > 7)


def _opening_phrase(ws: list[str]) -> int:
    """The words of an opening prepositional phrase closed by a demonstrative (`Atas kejadian itu`,
    `Dalam kasus ini`) before a subject, or 0."""
    if len(ws) < 3 or ws[0].lower() not in lexicon().words["opening_prepositions"]:
        return 0
    k = next((k for k, w in enumerate(ws[:5]) if w.lower().strip(",") in DEMONSTRATIVES), None)
    return k + 1 if k is not None and k + 1 < len(ws) else 0


def _time_tail(ws: list[str]) -> int:
    """How many words at the end of ``ws`` are a time phrase (`beberapa waktu lalu`, `pekan lalu`,
    `dua tahun silam`): a unit of time and the word placing it, after an optional count; else 0."""
    P = objects.words()
    if len(ws) < 3 or ws[-1].lower().strip(",.") not in P["time_placings"]:
        return 0
    if ws[-2].lower() not in P["time_units"] or is_cap(ws[-2]):
        return 0
    before = ws[-3].lower()
    counted = _numeral(before) or before in ("beberapa", "sejumlah")
    return 3 if counted and len(ws) > 3 else 2


def _time_head(ws: list[str]) -> int:
    """How many words at the front of ``ws`` are a time phrase (`Mulai tahun depan`, `pekan lalu`):
    `mulai`/`sejak` optionally, then a unit of time and the word placing it; else 0."""
    P = objects.words()
    k = 1 if ws and ws[0].lower() in P["time_openers"] else 0
    if len(ws) < k + 3 or ws[k].lower() not in P["time_units"]:
        return 0
    return k + 2 if ws[k + 1].lower().strip(",") in P["time_placings"] else 0


def _sentence_adverb(w: str) -> bool:
    """`Sebaliknya,`, `Nahas,`, `Tolong,`, `Menariknya`, `Parahnya,`: a word that opens a sentence
    as a comment on it, not its subject — an interjection (`interjections`) or an adjective or
    adverb made a sentence adverb by `-nya` (`menarik` → `Menariknya`, `sebalik` → `Sebaliknya`);
    a noun of people with `-nya` (`Korbannya`, `Pelakunya`) is still someone."""
    low = w.lower().strip(',."“”!')
    if low in lexicon().words["interjections"]:
        return True
    if not low.endswith("nya") or len(low) < 7 or not low.isalpha():
        return False
    stem = low[:-3]
    W = lexicon().words
    if low in W["third_pronouns"] or _group_pronoun(low) or _quantifier(stem):
        return False  # `dirinya`, `keduanya`, `Semuanya`, `Seluruhnya`: someone
    if stem in W["person_nouns"] or stem in W["described_person_heads"] or stem in W["role_nouns"]:
        return False
    adjectival = stem in lexicon().common or stem.startswith("se")  # `menarik`, `parah`; `sebaliknya`, `sepertinya`
    return adjectival or w.endswith(",")


def _quantifier(w: str) -> bool:
    """A number or quantifier before a noun (`tiga`, `para`, `seluruh`, `ratusan`, `12`): not its head."""
    W = lexicon().words
    return w in NUMERALS or w in W["agent_determiners"] or w in W["crowd_counts"] or w.isdigit()


def _past_count(ws: list[str]) -> list[str]:
    """``ws`` from its head on, past the numbers and quantifiers before it (`_quantifier`: `seluruh
    kader PAN` is kader PAN, `Ribuan awak kapal` awak kapal); empty when every word is one. The words
    keep their case."""
    k = 0
    while k < len(ws) and _quantifier(ws[k].lower()):
        k += 1
    return ws[k:]


def _group_pronoun(w: str) -> bool:
    """`mereka`, `keduanya`, `ketiganya`: the group the story's last act was done to."""
    w = w.lower().strip(",")
    return w == "mereka" or (w.startswith("ke") and w.endswith("nya") and w[2:-3] in NUMERALS)


def _group_size(w: str) -> int | None:
    """`keduanya` 2, `ketiganya` 3: how many a counted group pronoun stands for."""
    w = w.lower().strip(",.")
    if not (w.startswith("ke") and w.endswith("nya")):
        return None
    return GROUP_SIZES.get(w[2:-3])


def _numeral(w: str) -> bool:
    """A number, in digits or in words (`86`, `tiga`)."""
    return w.isdigit() or w.lower() in NUMERALS
