"""A statement, report or medium named before its source (`Menurut laporan The Sun`, `akun Instagram @x`,
`Pernyataan tersebut menjelaskan`): the source, not the document, speaks."""

from __future__ import annotations

from warta.document import Speaker
from warta.quotes.anaphora import PERSON_HEADS, RELATION_HEADS
from warta.quotes.attribution import MEDIUM_PREFIX
from warta.quotes.lexicon import lexicon
from warta.quotes.names import NONSPACE
from warta.quotes.speakers.words import MEDIUM_QUALIFIERS, SOURCE_NOUN_LINKS, SOURCE_NOUN_WORDS, SOURCE_NOUNS
from warta.quotes.text import is_cap


def _past_source_noun(norm: str, s: int, e: int) -> int:
    """`Menurut laporan The Sun`, `Menurut pengakuan Rob`, `laporan terbaru dari Goldman Sachs`,
    `tulis analisa pasar Phintraco Sekuritas`: the statement, report or account names its source
    right after it (past up to two lower-case words that qualify the noun), and the source is the
    speaker, not the document; past the nouns and links to a capitalised name, else ``s``."""
    ws = list(NONSPACE.finditer(norm[s:e]))
    low = [w.group().lower() for w in ws]
    k = 0
    while k < len(ws) and low[k] in SOURCE_NOUN_WORDS:
        k += 1
    if k == 0:
        return s
    while k < len(ws) and low[k] in SOURCE_NOUN_LINKS:
        k += 1
    q = k
    while q < min(len(ws), k + 2) and _qualifier(ws[q].group()):
        q += 1  # `analisa pasar`, `penjelasan dalam laman`
    while q < len(ws) and low[q] in SOURCE_NOUN_LINKS:
        q += 1
    if q < len(ws) and is_cap(ws[q].group()):
        return s + ws[q].start()
    return s


def _past_medium(text: str) -> str:
    """`akun Instagram @x` → `@x`, `laporan AFP` → `AFP`, `keterangan resmi agen … Chernobyl` →
    `agen … Chernobyl`, `pernyataan dari pihak Las Palmas` → `pihak Las Palmas`: the medium or
    statement noun dropped before its source (with the links after it when a name follows), but
    not before an adjective of outlets (`Media lokal melaporkan …`: the local media, not `lokal`)."""
    for p in MEDIUM_PREFIX + SOURCE_NOUNS:
        if not text.lower().startswith(p + " "):
            continue
        rest = text[len(p) + 1 :].strip().split()
        if rest and rest[0].lower() in MEDIUM_QUALIFIERS:
            return text
        if any(is_cap(w) for w in rest):
            while len(rest) > 1 and rest[0].lower() in SOURCE_NOUN_LINKS:
                rest = rest[1:]
        text = " ".join(rest)
    return text


def _qualifier(word: str) -> bool:
    """A lower-case word that may qualify a statement noun (`pasar`, `keuangan`); never a noun
    of people, whose name after it is theirs (`keterangan istri Atim`: the wife speaks)."""
    if not (word.isalpha() and word.islower()) or word in SOURCE_NOUN_LINKS:
        return False
    lex = lexicon()
    return not (
        word in RELATION_HEADS
        or word in PERSON_HEADS
        or word in lex.speaker_nouns
        or word in lex.role_words
        or word in lex.titles
    )


def _source_phrase(norm: str, span: tuple[int, int]) -> Speaker | None:
    """`Pernyataan tersebut menjelaskan …`: a statement that points back, whose noun was dropped
    as a source word and left a fragment, is named by the phrase as written (no one in its
    clause to give it to)."""
    text = " ".join(norm[span[0] : span[1]].split())
    if not text.lower().startswith(tuple(f"{n} " for n in SOURCE_NOUNS)):
        return None
    return Speaker(text, None, *span)
