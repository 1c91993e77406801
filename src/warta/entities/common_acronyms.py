"""An acronym the article defines by lower-case words is a common noun's short form, not a body:
`alat pelindung diri (APD)`, `non-deliverable forward (NDF)`. GUIDELINES counts no generic nouns,
so an entity named only by such an acronym is dropped (one spelled out in capitals, `Badan Pusat
Statistik (BPS)`, is a name and stays)."""

from __future__ import annotations

import re
from functools import cache

from warta.document.model import Entity
from warta.entities.words import contraction, org_of
from warta.resources import word_set

_WORDS_BEFORE = re.compile(r"([a-z][a-z-]*(?: [a-z][a-z-]*){1,7}) \($")
# capitalised words (a connector between them) right before an opening bracket
_CAPITALS_BEFORE = re.compile(r"([A-Z][\w'-]*(?: (?:[A-Z][\w'-]*|dan|untuk|bagi|&)){0,9}) \($")


def _defined_in_lower_case(text: str, acronym: str) -> bool:
    """Somewhere the article writes lower-case words whose initials spell ``acronym`` before it in brackets."""
    for m in re.finditer(rf"\({re.escape(acronym)}\)", text):
        before = _WORDS_BEFORE.search(text, max(0, m.start() - 80), m.start() + 1)
        if before is None:
            continue
        parts = re.split(r"[ -]", before.group(1))
        n = len(acronym)
        if len(parts) >= n and "".join(p[0] for p in parts[-n:]).upper() == acronym:
            return True
    return False


def drop_common_acronyms(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities less those named only by an acronym the article spells out in lower case."""
    out = []
    for e in entities:
        names = {m.text for m in e.mentions} | {e.canonical}
        if any(org_of(n) for n in names):
            out.append(e)  # a known body's acronym, however the article writes its name (`KPK`)
            continue
        if all(n.isupper() and n.isalpha() and 2 <= len(n) <= 6 for n in names) and all(
            _defined_in_lower_case(text, n) for n in names
        ):
            continue
        out.append(e)
    return out


@cache
def _categories() -> frozenset[str]:
    """The generic categories' phrases (lower case, spaces closed up) and acronyms
    (data/generic_categories.txt)."""
    out: set[str] = set()
    for line in word_set("warta.entities", "generic_categories.txt"):
        phrase, _, acronym = line.partition("\t")
        out.add(" ".join(phrase.lower().split()))
        if acronym.strip():
            out.add(acronym.strip())
    return frozenset(out)


def drop_generic_categories(entities: list[Entity]) -> list[Entity]:
    """`Lembaga Swadaya Masyarakat (LSM)`, `Instalasi Gawat Darurat (IGD)`, `Badan Usaha Milik Negara
    (BUMN)`: an entity every name of which is a kind of unit or firm written in capitals, or its
    acronym (data/generic_categories.txt), names a category, not one body, so it goes (GUIDELINES
    counts no generic nouns); a name with more words (`IGD RSUD Sekarwangi`) stays."""
    kinds = _categories()

    def generic(name: str) -> bool:
        return name in kinds or " ".join(name.lower().split()) in kinds

    return [
        e
        for e in entities
        if not (e.label != "LOC" and all(generic(n) for n in {e.canonical, *(m.text for m in e.mentions)}))
    ]


@cache
def _term_heads() -> tuple[frozenset[str], frozenset[str]]:
    """The first words of a term's name (data/term_heads.txt and the programmes' and systems'
    data/programme_heads.txt), and the two-word openings of bodies those words also start."""
    lines = word_set("warta.entities", "term_heads.txt", lower=True)
    heads = {w for w in lines if " " not in w} | word_set("warta.entities", "programme_heads.txt", lower=True)
    return frozenset(heads), frozenset(w for w in lines if " " in w)


def _term_named(words: list[str]) -> bool:
    """Capitalised words that open with a term's head word (`Surat Berharga Negara`), not with a
    body's opening that word also starts (`Surat Kabar …`)."""
    heads, bodies = _term_heads()
    return bool(words) and words[0].lower() in heads and " ".join(words[:2]).lower() not in bodies


def _defined_as_term(text: str, acronym: str) -> bool:
    """Somewhere the article spells ``acronym`` out, right before it in brackets, in capitalised
    words that open with a term's head word, its letters in order from the first
    (``words.contraction``): `Surat Berharga Negara (SBN)`, `Skala Richter (SR)`."""
    if f"({acronym})" not in text:
        return False  # never in brackets: a cheap test before the search
    for m in re.finditer(rf"\({re.escape(acronym)}\)", text):
        before = _CAPITALS_BEFORE.search(text, max(0, m.start() - 120), m.start() + 1)
        if before is None:
            continue
        words = before.group(1).split()
        if any(_term_named(words[k:]) and contraction(acronym, " ".join(words[k:])) for k in range(len(words))):
            return True
    return False


def _short_form(name: str) -> bool:
    """One word that can shorten a term's name: an acronym in capitals (`SBN`, 2–7 letters) or a
    contraction written with a capital first letter only (`Prolanis`, `Kopdes`, up to 10 letters)."""
    return name.isalpha() and (name.isupper() and 2 <= len(name) <= 7 or name.istitle() and 4 <= len(name) <= 10)


def drop_named_terms(text: str, entities: list[Entity]) -> list[Entity]:
    """`Surat Berharga Negara (SBN)`, `Data Terpadu Kesejahteraan Sosial (DTKS)`, `Skala Richter (SR)`,
    `Survei Status Gizi Indonesia (SSGI)`: a body (or a person with no post) whose name of two words or
    more opens with a term's head word (data/term_heads.txt: a document, money, a measure, an index,
    data, an aid, a sanction, a crime; data/programme_heads.txt: a system, a scheme), or which is
    named only by an acronym or a contraction (`Prolanis`) the article spells out so, is that term,
    which GUIDELINES counts as no entity (the tagger reads its capitalised words, or the acronym
    alone, as a body). A listed body stays. Run again at the close of the layer: a later step adds a
    term's short form as a body (`klub Prolanis`, a class noun's name)."""
    out = []
    for e in entities:
        names = {e.canonical, *(m.text for m in e.mentions)}
        term = (
            (e.label == "ORG" or (e.label == "PER" and not e.role))
            and (
                (len(e.canonical.split()) > 1 and _term_named(e.canonical.split()))
                or all(_short_form(n) and _defined_as_term(text, n) for n in names)
            )
            and not any(org_of(n) for n in names)  # the costlier test last
        )
        if not term:
            out.append(e)
    return out
