"""The article read sentence segment by segment (:func:`find`), each segment tried for the shapes in
order; a second verb of saying joined by `dan`, a rebuttal after the statement, a medium whose
sentence says itself."""

from __future__ import annotations

from bisect import bisect_left

from warta.quotes.attribution import STATEMENT_NOUNS, cue_of
from warta.quotes.indirect.according import _according, _agent_passive, _passive_lead, _via_start
from warta.quotes.indirect.active import _active
from warta.quotes.indirect.clause import _is_clause
from warta.quotes.indirect.closing import _as_said, _closing_demikian, _interjected, _interrupted, _trailing
from warta.quotes.indirect.stance import _given_statement, statement_lemma
from warta.quotes.indirect.start import _candidate, _content_start, _trim_end
from warta.quotes.indirect.statement_end import _extend_fragments
from warta.quotes.indirect.words import AGENT_PASSIVES, CONTRASTS, MIN_WORDS, THIRD_PERSON
from warta.quotes.lexicon import lexicon, wordset
from warta.quotes.text import GLUED_STOP, Candidate, Layout, Word, index_words, words


def _segments(s: int, e: int, covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    segs = [(s, e)]
    for cs, ce in covered:
        nxt = []
        for a, b in segs:
            if ce <= a or cs >= b:
                nxt.append((a, b))
                continue
            if cs > a:
                nxt.append((a, cs))
            if ce < b:
                nxt.append((ce, b))
        segs = nxt
    return segs


def _glued_apart(norm: str, segs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Segments cut after a full stop that lost its space after a closing bracket (the
    segmentation layer keeps `(18/9/2025).Powell` in one sentence): what follows is a new one."""
    out = []
    for a, b in segs:
        for m in GLUED_STOP.finditer(norm, a, b):
            out.append((a, m.end()))
            a = m.end()
        out.append((a, b))
    return out


def find(norm: str, layout: Layout, covered: list[tuple[int, int]]) -> list[Candidate]:
    """Indirect quotes of the article, at most one per sentence segment (and a second verb of saying
    joined to it), each cut at a rebuttal and run on into the sentences that carry it on."""
    out: list[Candidate] = []
    cov = sorted(covered)
    hits = _cue_positions(norm)
    for ss, se, para in layout.sentences:
        k = bisect_left(hits, ss)
        if k == len(hits) or hits[k] >= se:
            continue  # no cue in this sentence
        near = [
            c for c in cov[max(0, bisect_left(cov, (ss,)) - 1) : bisect_left(cov, (se,))] if c[0] < se and c[1] > ss
        ]
        for rs, re_ in _glued_apart(norm, _segments(ss, se, near)):
            out.extend(_segment_quotes(norm, rs, re_, para))
    for c in out:
        _cut_at_rebuttal(norm, c)
    return _extend_fragments(norm, layout, out)


def _cue_positions(norm: str) -> list[int]:
    """Where a word that may introduce a statement stands (a cue's form, with or without -nya; a
    statement or stance noun; an agent passive; `demikian` after a comma), in text order: a
    sentence with none is not read further."""
    forms = lexicon().quick_forms
    hits = []
    for word in index_words(norm).all:
        w = word.low.rstrip(".")
        if (
            w in forms
            or (w.endswith("nya") and w[:-3] in forms)
            or w in STATEMENT_NOUNS
            or statement_lemma(w) is not None  # `memberikan keterangan bahwa …`, `mengulang pandangannya bahwa …`
            or w.removesuffix("nya") in AGENT_PASSIVES  # `dianggap` is a cue only with its agent after it
        ):
            hits.append(word.start)
        elif w == "demikian" and norm[max(0, word.start - 3) : word.start].rstrip().endswith(","):
            hits.append(word.start)  # `…, demikian BMKG.`: a closing source with no verb of saying
    return hits


def _segment_quotes(norm: str, rs: int, re_: int, para: int) -> list[Candidate]:
    """The quotes of the segment ``rs``..``re_``: after `Dikutip dari X,` the statement that follows
    (with X as its medium) or X's own; else the first shape that holds, in order, and a second
    verb of saying joined to it by `dan`."""
    ws = words(norm, rs, re_)
    if len(ws) < 4:
        return []
    cand, via, rest = _via_start(norm, rs, re_, para)
    if via is not None:
        inner_ws = words(norm, rest, re_)
        inner = _according(norm, inner_ws, rest, re_, para) or _active(norm, inner_ws, rest, re_, para)
        if inner is not None:
            inner.via, inner.via_span = via
            return [inner]
        if cand is not None and not _says_itself(inner_ws):
            return [cand]
        return []
    found = (
        _according(norm, ws, rs, re_, para)
        or _passive_lead(norm, ws, rs, re_, para)
        or _active(norm, ws, rs, re_, para)
        or _given_statement(norm, ws, rs, re_, para)
        or _interrupted(norm, ws, rs, re_, para)
        or _trailing(norm, ws, rs, re_, para)
        or _closing_demikian(norm, ws, rs, re_, para)
        or _interjected(norm, ws, rs, re_, para)
        or _agent_passive(norm, ws, rs, re_, para)
        or _as_said(norm, ws, rs, para)
    )
    if found is None:
        return []
    second = _coordinated(norm, found, para)
    return [found] if second is None else [found, second]


REBUTTED_STATEMENTS = wordset("rebutted_statements")


def _cut_at_rebuttal(norm: str, c: Candidate) -> None:
    """`Pengacara itu mengatakan kliennya sakit namun pengadilan menolak pernyataan itu …`: a
    contrast whose clause points back at the statement (`pernyataan itu`, `klaim tersebut`) is
    the writer's answer to it, so the reported content ends before the contrast."""
    s, e = c.pieces[-1]
    ws = words(norm, s, e)
    for k in range(MIN_WORDS, len(ws) - 2):
        if ws[k].low not in CONTRASTS:
            continue
        tail = ws[k + 1 : k + 8]
        if any(
            a.low in REBUTTED_STATEMENTS and b.low.rstrip(".,") in ("itu", "tersebut")
            for a, b in zip(tail, tail[1:], strict=False)
        ):
            c.pieces[-1] = (s, _trim_end(norm, s, ws[k].start))
            return


def _says_itself(ws: list[Word]) -> bool:
    """`Dilansir detikNews, Sekjen Golkar Sarmuji mengumumkan penonaktifan Adies Kadir.`: the
    sentence after the medium has a speaker and a verb of saying of its own, so the medium is no
    source of it even where no reported clause could be read off that verb."""
    return any(cue_of(w) is not None for w in ws[1:])


def _coordinated(norm: str, c: Candidate, para: int) -> Candidate | None:
    """`X mengatakan A dan menepis B`: a second verb of saying joined by ``dan`` starts a second
    statement by the same speaker; the first one ends before ``dan``."""
    if c.speaker_span is None or len(c.pieces) != 1:
        return None
    s, e = c.pieces[0]
    ws = words(norm, s, e)
    for k in range(2, len(ws) - MIN_WORDS):
        link = _second_statement_link(norm, ws, k)
        if link is None:
            continue
        cn = cue_of(ws[k])
        if cn is None or cn[1] or not (cn[0].uses & {"active", "vp"}):
            continue
        ci = _content_start(norm, ws, k + 1, "directive" in cn[0].uses)
        if ci is None or not _is_clause(ws[ci:], vp="vp" in cn[0].uses, directive=False):
            continue
        second = _candidate(norm, ws, ci, e, para, ws[k], ws[k].text, cn[0].lemma)
        second.speaker_span, second.pronoun = c.speaker_span, c.pronoun
        second.attribution = (ws[k].start, ws[k].end)
        second.via, second.via_span = c.via, c.via_span
        c.pieces = [(s, _trim_end(norm, s, link))]
        return second
    return None


def _second_statement_link(norm: str, ws: list[Word], k: int) -> int | None:
    """Where the first statement ends when word ``k`` may open a second one by the same speaker:
    after `dan`/`serta` (`mengatakan A dan menepis B`), after a comma with `bahwa` after the verb
    (`menegaskan A, menegaskan bahwa B`), or after a comma, a contrast and a pronoun for the
    speaker (`menjelaskan A, namun ia memastikan B`). None otherwise."""
    prev = ws[k - 1].low
    if prev in ("dan", "serta"):
        return ws[k - 1].start
    if "," in norm[ws[k - 1].end : ws[k].start]:
        # only with `bahwa` after the verb: `…, melanjutkan lima rute …` is an act, not a saying
        return ws[k - 1].end if k + 1 < len(ws) and ws[k + 1].low in ("bahwa", "bahwasanya") else None
    if prev not in THIRD_PERSON:
        return None
    j = k - 2 if ws[k - 2].low in CONTRASTS or ws[k - 2].low in ("dan", "serta") else k - 1
    if j < 1 or "," not in norm[ws[j - 1].end : ws[j].start]:
        return None
    return ws[j - 1].end
