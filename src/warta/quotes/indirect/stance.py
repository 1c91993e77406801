"""`bahwa` handed on: a statement or stance noun a verb gives before `bahwa` carries its subject's
statement (`memberikan keterangan bahwa …`, `mengulang pandangannya bahwa …`)."""

from __future__ import annotations

from functools import lru_cache

from warta.quotes.attribution import is_pronoun, subject_before
from warta.quotes.indirect.clause import _is_clause
from warta.quotes.indirect.start import _candidate
from warta.quotes.indirect.words import MIN_WORDS, NOT_STATED
from warta.quotes.lexicon import wordset
from warta.quotes.text import Candidate, Word

# `X memberikan keterangan bahwa …`: a verb that gives a statement noun, then `bahwa` and the content
_LIGHT_VERBS = frozenset(("memberikan", "memberi", "mengeluarkan", "merilis", "menyampaikan", "membuat"))


_GIVEN_STATEMENTS = {
    "keterangan": "terang",
    "pernyataan": "nyata",
    "penjelasan": "jelas",
    "klarifikasi": "klarifikasi",
    "konfirmasi": "konfirmasi",
    "informasi": "informasi",
}


_STATEMENT_KINDS = frozenset(("resmi", "tertulis", "singkat", "pers"))


STANCE_NOUNS = wordset("stance_nouns")  # `mengulang pandangannya bahwa …`, `melayangkan ancaman bahwa …`


STANCE_VERBS = wordset("stance_verbs")


@lru_cache(maxsize=16384)  # asked for every word of every paragraph by the cue scan; the lists are fixed
def statement_lemma(low: str) -> str | None:
    """The cue lemma of the lower-case word ``low`` when it is a statement or stance noun a verb
    hands on (`keterangan`, `pandangannya`, `ancaman`), with or without `-nya`; None for any other
    word. One test for both readers: the scan that finds where a cue may stand and
    :func:`_given_statement`, so a noun added to the lists is found by both."""
    for base in (low, low.removesuffix("nya")):
        if base in _GIVEN_STATEMENTS:
            return _GIVEN_STATEMENTS[base]
        if base in STANCE_NOUNS:
            return base
    return None


def _given_statement(norm: str, ws: list[Word], rs: int, re_: int, para: int) -> Candidate | None:
    """`Kapolres X memberikan keterangan bahwa pelaku …`, `X mengeluarkan pernyataan resmi bahwa …`:
    a statement given, then what it says after `bahwa`; also a view, claim or threat handed on
    (`May … mengulang pandangannya bahwa …`, `Korut melayangkan ancaman bahwa …`)."""
    for k in range(1, len(ws) - 3):
        lemma = statement_lemma(ws[k + 1].low)
        if lemma is None or (ws[k].low not in _LIGHT_VERBS and ws[k].low not in STANCE_VERBS):
            continue
        j = k + 2
        while j < len(ws) and ws[j].low in _STATEMENT_KINDS:
            j += 1
        if j >= len(ws) or ws[j].low not in ("bahwa", "bahwasanya") or len(ws) - j - 1 < MIN_WORDS:
            continue
        if ws[k - 1].low in NOT_STATED:
            continue
        sp = subject_before(norm, rs, ws[k].start)
        if sp is None or not _is_clause(ws[j + 1 :], vp=False, directive=False, topic_check=False):
            continue
        noun = ws[k + 1]
        c = _candidate(norm, ws, j + 1, re_, para, noun, noun.text, lemma)
        c.speaker_span = sp
        c.pronoun = is_pronoun(norm[sp[0] : sp[1]])
        c.attribution = (sp[0], ws[j].end)
        return c
    return None
