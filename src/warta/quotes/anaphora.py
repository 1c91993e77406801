"""Anaphor tests on a speaker phrase: does a description (`Politikus PAN tersebut`, `sang
menteri`, `perusahaan itu`) point back to a person or organisation named before, rather than
name a speaker of its own?"""

from __future__ import annotations

from warta.quotes.lexicon import lexicon, wordset
from warta.quotes.names import INSTITUTION_HEADS
from warta.quotes.text import DEMONSTRATIVES, is_cap

NOT_PERSON_HEADS = wordset("not_person_heads")
MATTER_HEADS = wordset("matter_heads")


# nouns for a person (`wanita itu`, `Anak Ridwan Kamil itu`) and for a person's relation to another
PERSON_HEADS = wordset("person_heads")


RELATION_HEADS = wordset("relation_heads")


BIRTH_ORDER = wordset("birth_order")


def anaphoric(norm: str, span: tuple[int, int]) -> bool:
    """`Anggota Komisi XII DPR itu`, `Politikus PAN tersebut`, `sang menteri`: a description
    that points back to the person just quoted."""
    ws = norm[span[0] : span[1]].split()
    if len(ws) < 2:
        return False
    if ws[0].lower() == "sang":
        return True
    if ws[-1].lower() not in DEMONSTRATIVES:
        return False
    first = ws[0].lower().strip(".")
    lex = lexicon()
    if first in NOT_PERSON_HEADS:
        return False  # `laporan tersebut`: a document, not the person just quoted
    if first in PERSON_HEADS or first in RELATION_HEADS:
        return True  # `Wanita itu`, `Anak Ridwan Kamil itu` at the start of a sentence
    return (
        not is_cap(ws[0])
        or first in lex.titles
        or first in lex.role_words
        or first in lex.speaker_nouns
        or all(w.lower() in lex.role_words or w.lower() in lex.titles or not is_cap(w) for w in ws[:-1])
        or len(ws) >= 3
    )


def related(norm: str, span: tuple[int, int]) -> bool:
    """`Anak Ridwan Kamil itu`: a description by a relation to the person named in it."""
    ws = norm[span[0] : span[1]].split()
    return len(ws) >= 2 and ws[0].lower() in RELATION_HEADS


def relative_of_named(norm: str, span: tuple[int, int]) -> bool:
    """`Putera sulung mantan Gubernur DKI Jakarta Ali Sadikin`: a relation, its birth order or
    kind, then the relative's title and name. The one described is someone the article has
    already named, not the relative (`Anak Ridwan Kamil` with a capital right after is kept as
    the description itself, see ``Resolver._from_span``)."""
    ws = norm[span[0] : span[1]].split()
    if len(ws) < 3 or ws[0].lower() not in RELATION_HEADS or ws[1].lower() not in BIRTH_ORDER:
        return False
    return any(is_cap(w) for w in ws[2:])


def institution_anaphor(norm: str, span: tuple[int, int]) -> bool:
    """`badan antariksa AS itu`, `perusahaan tersebut`: a description that points back to the
    organisation just named."""
    return _pointed_back_with(norm, span, INSTITUTION_HEADS)


def matter(norm: str, span: tuple[int, int]) -> bool:
    """`kasus ini`, `ekspose ini`, `Pemikiran Purbaya tersebut`: a description of a matter, an
    event or a thought (grammar.json `matter_heads`) that points back to it; it says nothing of its
    own, so the sentence it opens is the writer's, no one's statement."""
    return _pointed_back_with(norm, span, MATTER_HEADS)


def _pointed_back_with(norm: str, span: tuple[int, int], heads: frozenset[str]) -> bool:
    """A phrase of two words or more opened by one of ``heads`` and closed by a demonstrative
    (`perusahaan tersebut`, `kasus ini`): the shape both institution_anaphor and matter test."""
    ws = norm[span[0] : span[1]].split()
    return len(ws) >= 2 and ws[-1].lower() in DEMONSTRATIVES and ws[0].lower() in heads
