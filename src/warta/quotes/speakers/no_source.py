"""Guards that say a subject names no source: the writer's own clause (`Lebih jauh, …`, `Gambaran ini
menegaskan`), or a work telling its plot (`Film ini mengisahkan …`)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from warta.entities import patterns
from warta.quotes.lexicon import lexicon
from warta.quotes.speakers.words import (
    _WORK_REACH,
    DOER,
    NOT_NOMINAL,
    PEOPLE_WORDS,
    SOURCE_NOUN_WORDS,
    SOURCE_NOUNS,
    WORKS,
)
from warta.quotes.text import DEMONSTRATIVES

if TYPE_CHECKING:
    from warta.quotes.speakers.resolver import Resolver


def _names_someone(word: str) -> bool:
    """A noun of people or sources (lists, a title, a body's head word, a pronoun) or a peN- doer
    (`penyidik`, `pengunjuk rasa`; not the -an of a process, `penyusunan`)."""
    lex = lexicon()
    low = word.lower().strip(".,")
    for w in (low, low.removesuffix("nya")):
        if w in lex.speaker_nouns or w in lex.role_words or w in lex.titles or w in lex.org_words:
            return True
        if w in lex.pronouns or w in PEOPLE_WORDS or w in SOURCE_NOUN_WORDS or w in SOURCE_NOUNS:
            return True
    return bool(DOER.fullmatch(low)) and not low.endswith("an")


def _work_tells(r: Resolver, cue: int) -> bool:
    """Whether the subject of a telling cue at ``cue`` is a work (`Film yang disutradarai … ini
    mengisahkan …`, `diangkat dari buku "…", yang mengisahkan …`): the plot is the writer's
    summary of the work, not a statement its maker or anyone made. The work opens the sentence,
    or a `yang` right before the cue relates to it."""
    ws = [w.strip(",.\"“”'‘’").lower() for w in r.norm[r._sentence_start(cue) : cue].split()]
    ws = [w for w in ws if w]
    if not ws:
        return False
    if ws[0] in WORKS:
        return True
    return ws[-1] == "yang" and any(w in WORKS for w in ws[-_WORK_REACH - 1 : -1])


def _nobody(name: str, r: Resolver, span: tuple[int, int]) -> bool:
    """A subject with no entity that names no one (`Lebih jauh`, `desain kebijakan perlu jujur`,
    `Gambaran ini`, `Jadi cukup`, `Mendengar itu`): the clause is the writer's, not reported speech.
    No word of the name or of the subject as written (`Media lokal`) names people or a source, nor
    is it a handle or a demonstrative pointing back (`Perempuan kelahiran …, itu mengatakan`); the
    words after the first are lower case (no name); and a word shows it is no noun phrase of a
    source: an adverb, negation or preposition, or a first word that is an ordinary verb (me-,
    ber-, ter-) or abstract -an noun, with no title before it (`Pak Indah`)."""
    ws = name.split()
    written = r.norm[max(0, span[0] - 1) : span[1]]  # with the `@` of a handle cut off before it
    if any(_names_someone(w) for w in ws + written.split()) or "@" in written or name.lower() in DEMONSTRATIVES:
        return False
    if not all(w.islower() and w.replace("-", "").isalpha() for w in ws[1:]):
        return False
    if any(w.lower() in NOT_NOMINAL for w in ws[1:]):
        return True
    if ws[0].lower() in NOT_NOMINAL and (ws[0].islower() or r._opens_sentence(span[0])):
        return True  # `Jangan membayangkan …`, not the agency `Antara` inside a sentence
    before = r.norm[max(0, span[0] - 30) : span[0]].split()
    if before and before[-1].lower().strip(".") in lexicon().titles:
        return False
    return _verb_or_abstract(ws[0].lower())


def _verb_or_abstract(word: str) -> bool:
    """An ordinary word (not a name) shaped as a verb (`mendengar`, `meningkatnya`, `terdapat`)
    or as an abstract noun in -an (`gambaran`, `pencapaian`, `keputusan`; not -wan, `wartawan`)."""
    base = word.removesuffix("nya")
    if base not in _common_words() and word not in _common_words():
        return False
    if base.startswith(("me", "ber", "ter")):
        return True
    return base.endswith("an") and not base.endswith(("wan", "man"))


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """The entities' ordinary words (tagged O in NERP) that are not given names."""
    lex = patterns.lexicon()
    return frozenset(w for w in lex.common if w.islower()) - frozenset(w.lower() for w in lex.given)
