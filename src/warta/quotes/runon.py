"""Run-on of reported speech: whether the plain sentence after an indirect quote, in the same
paragraph and with no attribution of its own, still carries the speaker's content
(`Hidayat menilai langkah itu tidak tepat. Menunda pencairan dana tak bisa …`) or is the
writer's own again (`… Dapur itu baru melayani MBG selama dua bulan.`).

Newspapers differ here more than anywhere in quoting: some outlets paraphrase a source over a
whole paragraph, others give one sentence and go on narrating. No single opener tells them
apart, so a small logistic model over the sentence's shape decides (fitted by
``scripts/train_runon.py`` on the development sets' quotes, shipped in ``data/runon.json``).
Without the model nothing runs on beyond the certain cases of :mod:`.indirect`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import cache

from warta import ranking
from warta.quotes.attribution import cue_of
from warta.quotes.lexicon import lexicon, wordset
from warta.quotes.text import Candidate, Layout, Word, is_cap, words

FEATURES = (
    "bias",
    "back_opener",  # `Hal itu …`, `Artinya …`, `Namun …`: points back at what was said
    "comma_opener",  # the first word or phrase is set off by a comma (`Selain itu, …`)
    "narrator_subject",  # `Ia …`, `Dia …`: the writer narrating about someone again
    "party_subject",  # `Pihaknya …`, `Mereka …`
    "name_subject",  # opens on a capitalised word that is no opener: a new subject
    "speaker_named",  # names the speaker again (`Prabowo prihatin …`)
    "modal",  # `akan`, `harus`, `tidak` …: a view or a plan
    "digits",  # figures: data the writer may add or the speaker may cite
    "passive",  # a `di-` verb among its first words
    "last_in_para",  # the paragraph ends with it
    "more_after",  # log(1 + sentences left in the paragraph after it)
    "first_sentence",  # the quote opens its paragraph
    "lead",  # the quote is in the story's first paragraph
    "closing_cue",  # the attribution came after the content (`…, kata X.`)
    "pronoun_speaker",  # the quote's speaker is a pronoun or -nya
    "step",  # how many sentences have already run on
    "long",  # log of its length in words
    "next_para_quote",  # the next paragraph opens with quotation marks
    "content_overlap",  # share of its words found in the quote's content
    "weekday",  # a weekday or a date: the writer placing an event in time
    "cue_mengatakan",  # the quote's verb is plain `mengatakan`/`kata`/`ujar` (not `menilai` …)
)
DAYS = frozenset(("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "kemarin", "lalu"))
PLAIN_CUES = frozenset(("kata", "ujar", "tutur", "mengatakan", "menyebutkan", "menyebut", "menyampaikan"))

BACK = wordset("runon_back_openers")
NARRATOR = wordset("runon_narrator_subjects")
PARTY = wordset("runon_party_subjects")
MODALS = wordset("runon_modals")
MAX_STEPS = 3

# a trainer may watch every decision: called with the text, the candidate, the next sentence's span and
# the features, it returns the decision to take (the gold one), or None to let the model decide
Hook = Callable[[str, Candidate, int, int, dict[str, float]], bool | None]
hook: Hook | None = None


@cache
def model() -> tuple[float, ...] | None:
    """The shipped weights, in FEATURES order, or None."""
    data = ranking.load("warta.quotes", "runon.json", FEATURES)
    return None if data is None else tuple(data["weights"])


@cache
def _connective_firsts() -> frozenset[str]:
    """First words of the clause openers of ``data/connectives.txt`` (`namun`, `selain` …)."""
    return frozenset(c.split()[0] for c in lexicon().connectives)


def _speaker_words(norm: str, c: Candidate) -> set[str]:
    if c.speaker_span is None:
        return set()
    return {w.low for w in words(norm, *c.speaker_span) if is_cap(w.text) and len(w.text) > 2}


def features(norm: str, lay: Layout, c: Candidate, k: int, step: int) -> dict[str, float]:
    """The shape of sentence ``k`` (the one after the quote's end) and of the quote before it."""
    ns, ne, para = lay.sentences[k]
    ws = words(norm, ns, ne)
    first = ws[0]
    f: dict[str, float] = {"bias": 1.0}
    if first.low in BACK or first.low in _connective_firsts():
        f["back_opener"] = 1.0
    head = norm[ns : ws[min(3, len(ws) - 1)].end]
    if "," in head:
        f["comma_opener"] = 1.0
    if first.low in NARRATOR:
        f["narrator_subject"] = 1.0
    elif first.low in PARTY:
        f["party_subject"] = 1.0
    elif is_cap(first.text) and "back_opener" not in f:
        f["name_subject"] = 1.0
    if _speaker_words(norm, c) & {w.low for w in ws}:
        f["speaker_named"] = 1.0
    if any(w.low in MODALS for w in ws):
        f["modal"] = 1.0
    if any(ch.isdigit() for ch in norm[ns:ne]):
        f["digits"] = 1.0
    if any(w.low.startswith("di") and len(w.low) > 5 and not is_cap(w.text) for w in ws[:4]):
        f["passive"] = 1.0
    left = sum(1 for s in lay.sentences[k + 1 : k + 8] if s[2] == para)
    f["last_in_para"] = float(left == 0)
    f["more_after"] = math.log1p(left)
    qk = _sentence_of(lay, c.start)
    if qk is not None and (qk == 0 or lay.sentences[qk - 1][2] != lay.sentences[qk][2]):
        f["first_sentence"] = 1.0
    if para == 0:
        f["lead"] = 1.0
    if c.cue_span is not None and c.cue_span[0] >= c.pieces[0][1]:
        f["closing_cue"] = 1.0
    if c.pronoun is not None:
        f["pronoun_speaker"] = 1.0
    f["step"] = float(step)
    f["long"] = math.log(max(1, len(ws)))
    nxt = next((p for p in lay.paragraphs if p[0] >= ne), None)
    if nxt is not None and norm[nxt[0] : nxt[0] + 1] in '"“':
        f["next_para_quote"] = 1.0
    content = {w.low for w in words(norm, c.pieces[-1][0], c.end) if len(w.low) > 3}
    mine = [w.low for w in ws if len(w.low) > 3]
    if mine:
        f["content_overlap"] = sum(w in content for w in mine) / len(mine)
    if any(w.low in DAYS for w in ws) or re.search(r"\(\d{1,2}/\d{1,2}", norm[ns:ne]):
        f["weekday"] = 1.0
    if c.cue is not None and c.cue.lower() in PLAIN_CUES:
        f["cue_mengatakan"] = 1.0
    return f


def _sentence_of(lay: Layout, pos: int) -> int | None:
    from bisect import bisect_right

    k = bisect_right(lay.sentence_starts, pos) - 1
    return k if k >= 0 else None


def runs_on(norm: str, lay: Layout, c: Candidate, k: int, step: int) -> bool:
    """Whether sentence ``k`` carries the quote's content on (the model's call, or the hook's)."""
    f = features(norm, lay, c, k, step)
    if hook is not None:
        decided = hook(norm, c, *lay.sentences[k][:2], f)
        if decided is not None:
            return decided
    w = model()
    if w is None:
        return False
    return ranking.dot(w, [f.get(n, 0.0) for n in FEATURES]) > 0


def eligible(norm: str, ns: int, ne: int, ws: list[Word] | None = None) -> bool:
    """A sentence the model may consider: a few words, no quotation marks, no verb of saying or
    `menurut` of its own (those start a statement of their own)."""
    ws = words(norm, ns, ne) if ws is None else ws
    if len(ws) < 3 or any(ch in norm[ns:ne] for ch in '"“”'):
        return False
    return not any(cue_of(w) is not None or w.low in lexicon().according for w in ws)
