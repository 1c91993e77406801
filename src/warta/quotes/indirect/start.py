"""The statement's start: where the reported content begins after the cue (past a time adjunct, a
`bahwa`, whom the words were said to, a means or ground), and the cues whose object may be an act
(`memastikan`, `mengajak`, `melanjutkan`)."""

from __future__ import annotations

from warta.quotes.attribution import is_pronoun, is_when
from warta.quotes.indirect.clause import _opens_clause
from warta.quotes.indirect.words import (
    ADJUNCT_START,
    APPEAL_WINDOW,
    BASIS_PREPOSITIONS,
    CAUSING_SUBJECTS,
    CLAUSE_MARKERS,
    CONTENT_TIME_OPENERS,
    CONTRASTS,
    COUNTING_WORDS,
    DIRECTIVE_MARKS,
    LEAD_ADVERBS,
    MEANS_PREPOSITIONS,
    MIN_WORDS,
    SAYING_SCENE,
)
from warta.quotes.lexicon import wordset
from warta.quotes.text import DEMONSTRATIVES, PREDICATES, Candidate, Word, is_cap, is_verbish, words


def _comma_between(norm: str, ws: list[Word], j: int) -> bool:
    """A comma between ``ws[j]`` and the next word, a decimal comma (`91,1%`) being none."""
    if j + 1 >= len(ws):
        return False
    gap = norm[ws[j].end : ws[j + 1].start]
    return "," in gap and not (gap == "," and ws[j].text[-1:].isdigit() and ws[j + 1].text[:1].isdigit())


def _skip_when(norm: str, ws: list[Word], i: int) -> int:
    """Past a time adjunct set off by commas at ``ws[i]`` (`Senin (10/11),`), and a `bahwa` after it."""
    j = i
    while j < len(ws) and j - i < 6 and not _comma_between(norm, ws, j):
        j += 1
    if j + 1 >= len(ws) or j - i >= 6 or not is_when(ws[i : j + 1]):
        return i
    j += 1
    return j + 1 if ws[j].low in ("bahwa", "bahwasanya") else j


def _content_start(norm: str, ws: list[Word], i: int, directive: bool) -> int | None:
    """Index of the first word of the reported content after the cue (word ``i - 1``)."""
    while i < len(ws) and ws[i].low in LEAD_ADVERBS:
        i += 1
    if i >= len(ws):
        return None
    if i > 0 and "," in norm[ws[i - 1].end : ws[i].start]:
        i = _skip_when(norm, ws, i)  # `mengatakan, Senin (10/11), defisit …`
        if i >= len(ws):
            return None
    if ws[i].low in ("bahwa", "kalau", "bahwasanya"):
        return i + 1
    if ws[i].low in ADJUNCT_START:
        # `mengatakan, usai pembersihan …, penerbangan kembali normal`: set off after the cue's
        # comma, a time clause belongs to what was said, not to the saying
        about = ws[i].low == "pada" and not _addressed(ws, i + 1)  # `pada beberapa minuman …`, not `pada wartawan`
        opens = i > 0 and "," in norm[ws[i - 1].end : ws[i].start] and (ws[i].low in CONTENT_TIME_OPENERS or about)
        for k in range(i + 1, min(len(ws), i + 14)):
            if ws[k].low in ("bahwa", "bahwasanya"):
                return k + 1
            if ws[k].low in CLAUSE_MARKERS and k > i + 1:
                # `mengatakan dalam setahun pemerintah telah …`: a subject and its auxiliary,
                # so the phrase opens the content rather than setting the scene
                return i
            if "," in norm[ws[k - 1].end : ws[k].start]:
                if opens and not any(x.low in SAYING_SCENE for x in ws[i:k]):
                    return i
                return _skip_when(norm, ws, k)  # `mengatakan di Jakarta, Senin, bahwa …`
        return i if directive or about or ws[i].low not in ("kepada", "kepadanya", "pada") else None
    return i


ADDRESSEE_HEADS = wordset("addressee_heads")


def _addressed(ws: list[Word], j: int) -> bool:
    """Whether the phrase after `pada` (word ``j`` on) names whom the words were said to (`pada
    wartawan`, `pada saya`, `pada Reuters`) rather than what they are about (`menambahkan pada Pemilu
    OSIS ini terdapat …`, `mengatakan pada beberapa minuman … mengandung …`, `menjelaskan, pada fase
    pertama …`): a pronoun, a noun of an audience, or a name not closed by a demonstrative."""
    if j >= len(ws):
        return True
    w = ws[j]
    if w.low.rstrip(",") in ADDRESSEE_HEADS or is_pronoun(w.text):
        return True
    if is_cap(w.text):
        k = j
        while k < len(ws) and is_cap(ws[k].text):
            k += 1
        return k >= len(ws) or ws[k].low.rstrip(",") not in ("ini", "itu", "tersebut")  # `Pemilu OSIS ini`: a thing
    return False


def _set_off(norm: str, cue: Word, content: list[Word]) -> bool:
    """`pengacara X mengatakan, Novanto luka serius …`: a comma right after the verb of saying
    sets off what was said, even where its predicate is an adjective no word list names."""
    return norm[cue.end : content[0].start].strip() == "," and len(content) >= MIN_WORDS


def _by_means(content: list[Word]) -> bool:
    """Content that opens with a means or manner (`dengan menggunakan pena bulu`, `dari sepakan
    Bale`), or with a name and then one (`Spurs lewat serangan balik`): the verb's act, not a
    statement (one that follows `bahwa` is still reported)."""
    k = 0
    while k < min(len(content), 4) and is_cap(content[k].text):
        k += 1
    if k >= len(content) or content[k].low not in MEANS_PREPOSITIONS:
        return False
    return all(x.low not in ("bahwa", "bahwasanya") for x in content[k : k + 8])


ENSURING_LEADS = frozenset(("dan", "serta", "demi", "karena"))  # `… dan memastikan …`, `demi memastikan …`


TIME_AFTER = frozenset(("setelah", "sesudah", "usai", "seusai"))


def _ensured(norm: str, ws: list[Word], k: int, sp: tuple[int, int], content: list[Word]) -> bool:
    """`memastikan` (like `menjamin`) is to make sure as often as to assure: a thing or a cause as
    its subject (`Kemenangan ini`, `Dua gol Ronaldo`), an act it follows or serves (`… dan
    memastikan …`, `demi memastikan …`), a thing secured with its time (`memastikan titel tersebut
    setelah …`) or an act as its object (`memastikan memulangkan …`) make it an act, not a statement."""
    if k and (ws[k - 1].low in ENSURING_LEADS or ws[k - 1].low == "juga" and k > 1 and ws[k - 2].low in CONTRASTS):
        return True
    head = [x for x in words(norm, *sp) if not x.text[:1].isdigit() and x.low not in COUNTING_WORDS]
    if head and head[0].low in CAUSING_SUBJECTS:
        return True
    closed = next((j for j, x in enumerate(content[1:4], 1) if x.low in DEMONSTRATIVES), None)
    if closed is not None and closed + 1 < len(content) and content[closed + 1].low in TIME_AFTER:
        return True
    first = content[0].low
    return first.startswith(("mem", "men", "meng", "meny")) and is_verbish(content[0].text) and first not in PREDICATES


ADDRESSED_ALL = frozenset(("seluruh", "semua", "segenap", "setiap"))


def _appeal(content: list[Word]) -> bool:
    """`mengajak warga untuk …`, `mengajak seluruh anggota fraksinya terus …`, `mengajak Pemprov
    Kaltim bersinergi …`: an invitation is an appeal with its mark (`untuk`, `agar`, `tidak` …),
    or addressed to everyone or to a named body; `mengajak penonton menikmati lagu …` invites to
    join in."""
    if content[0].low in ADDRESSED_ALL or is_cap(content[0].text):
        return True
    return any(x.low in DIRECTIVE_MARKS for x in content[:APPEAL_WINDOW])


def _goes_on(norm: str, sp: tuple[int, int], content: list[Word]) -> bool:
    """`melanjutkan` goes on saying after a pronoun (`Dia melanjutkan polusi udara …`) or into
    an adjunct or a clause (`Gus Ipul melanjutkan dalam kerangka …`); after a name and a bare
    noun phrase it goes on doing (`melanjutkan tren positif …`, `melanjutkan bisnis …`); the ground
    of a statement (`melanjutkan berdasarkan data BMKG tekanan magma …`) is said, not done."""
    if is_pronoun(norm[sp[0] : sp[1]]) or content[0].low in ADJUNCT_START or content[0].low in BASIS_PREPOSITIONS:
        return True
    return _opens_clause(content)


def _candidate(
    norm: str, ws: list[Word], ci: int, end: int, para: int, cue_word: Word, cue_text: str, lemma: str
) -> Candidate:
    s = ws[ci].start
    e = end
    while e > s and norm[e - 1] in " \n\t,;:":
        e -= 1
    c = Candidate("indirect", [(s, e)], para)
    c.cue, c.cue_lemma = cue_text, lemma
    c.cue_span = (cue_word.start, cue_word.start + len(cue_text))
    return c


def _trim_end(norm: str, s: int, e: int) -> int:
    while e > s and norm[e - 1] in " \n\t,;:":
        e -= 1
    return e
