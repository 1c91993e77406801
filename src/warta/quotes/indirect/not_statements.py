"""Guards that say a cue introduces no statement: a judgement (`menyebut X sebagai …`), someone urged
to act (`mendorong kasus tersebut diusut`, `mendorong para pemilih agar …`), a report lodged with
the police (`melaporkan Andi ke pihak kepolisian atas …`)."""

from __future__ import annotations

from warta.quotes.attribution import is_pronoun
from warta.quotes.indirect.words import (
    ADDRESSED_QUANTIFIERS,
    CHARGE_WORDS,
    CLAUSE_MARKERS,
    COMPLAINT_BODIES,
    COUNTING_WORDS,
    JUDGING_CUES,
    LODGING_TAILS,
    REPORTED_FOR,
    REPORTED_PARTIES,
)
from warta.quotes.lexicon import lexicon
from warta.quotes.text import PREDICATES, Word, is_cap, is_verbish


def _judged_as(lemma: str, content: list[Word]) -> bool:
    """`menyebut aksi itu sebagai tamparan keras …`, `menilai kebijakan itu sebagai langkah
    mundur`: what is judged, then `sebagai` and the judgement (a small clause with no verb)."""
    if lemma not in JUDGING_CUES or len(content) < 4:
        return False
    k = next((k for k, x in enumerate(content[1:6], 1) if x.low == "sebagai"), None)
    return k is not None and k + 1 < len(content) and not any(is_verbish(y.text) for y in content[:k])


def _urged_passive(content: list[Word]) -> bool:
    """`mendorong kasus tersebut diusut kembali`: what is urged, then a di- verb saying what
    should be done with it (`mendorong pertumbuhan ekonomi` is an act, no demand)."""
    for k, x in enumerate(content[1:5], 1):
        if x.low.startswith("di") and len(x.low) > 4 and is_verbish(x.text):
            return not any(is_verbish(y.text) for y in content[:k])
    return False


def _urged_addressee(content: list[Word]) -> bool:
    """`mendorong Kementerian Pendidikan Dasar dan Menengah (Kemendikdasmen) mengalokasikan …`:
    a named body or person urged, then a me- verb saying what it should do (`mendorong
    pertumbuhan ekonomi` names no one)."""
    k = 0
    while k < min(len(content), 9) and (is_cap(content[k].text) or (k and content[k].low in ("dan", "serta"))):
        k += 1
    if k == 0 or k >= len(content) - 1:
        return False
    verb = content[k]
    return verb.low.startswith("me") and is_verbish(verb.text) and content[k - 1].low not in ("dan", "serta")


def _urged_group(content: list[Word]) -> bool:
    """`mendorong kabupaten/kota untuk segera menyiapkan …`, `mendorong para pemilih agar …`: a
    group of people or bodies urged (opened by a quantifier, headed by a noun of speakers or
    bodies, or a pronoun), then `untuk`/`agar` and what it should do; `mendorong strategi
    pengentasan kemiskinan agar …` urges no one."""
    k = next((k for k, w in enumerate(content[1:6], 1) if w.low in ("untuk", "agar", "supaya")), None)
    if k is None or k + 1 >= len(content) or any(is_verbish(w.text) for w in content[:k]):
        return False
    head = content[0].low.split("/")[0]
    lex = lexicon()
    return (
        head in ADDRESSED_QUANTIFIERS
        or head in lex.speaker_nouns
        or head in lex.org_words
        or is_pronoun(content[0].text) is not None
    )


def _lodged(content: list[Word]) -> bool:
    """`melaporkan (balik) Andi ke pihak kepolisian atas dugaan …`, `melaporkan sejumlah pihak
    dan …`: someone reported to the authorities, a complaint lodged, not a statement made."""
    k = 0
    while k < len(content) and content[k].low in COUNTING_WORDS:
        k += 1
    if k < len(content) and content[k].low.rstrip(".,") in REPORTED_PARTIES:
        tail = k + 1 == len(content) or content[k].low.endswith((".", ",")) or content[k + 1].low in LODGING_TAILS
        if tail:
            return True
    name = 0
    while name < min(len(content), 5) and is_cap(content[name].text):
        name += 1
    if (
        0 < name < len(content) - 1
        and content[name].low in ("dengan", "atas")
        and content[name + 1].low in CHARGE_WORDS
    ):
        return True  # `melaporkan Habib Rizieq dengan pasal 156`: a person reported on a charge
    if 0 < name < len(content) - 1 and content[name - 1].low[-1:].isalpha() and content[name].low in REPORTED_FOR:
        return True  # `melaporkan Lisa Mariana setelah …`, `… karena …`: a person reported for a deed
    for k, w in enumerate(content[:8]):
        if w.low in ("bahwa", "bahwasanya") or w.low in CLAUSE_MARKERS or w.low in PREDICATES or is_verbish(w.text):
            return False  # `melaporkan Andi sudah tiba di polres`: a clause, reported
        if k and w.low in ("ke", "kepada", "di"):
            rest = [x.low for x in content[k + 1 : k + 4]]
            if rest[:1] == ["pihak"]:
                rest = rest[1:]
            return bool(rest) and rest[0] in COMPLAINT_BODIES
    return False
