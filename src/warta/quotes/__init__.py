"""Layer 'quotes': who said what — every direct and indirect quote with its speaker, its verb
of saying (cue) and the medium it was taken from (via).

Reads the paragraphs and sentences of the segmentation layer and the entities layer; fills
``article.quotes`` in text order. The pieces: :mod:`.direct` (quotation marks),
:mod:`.indirect` (reported speech), :mod:`.marks` (quotes in two apostrophes or one,
written as ``"`` for the finders), :mod:`.attribution` (cue and speaker phrase),
:mod:`.speakers` (entity, pronoun and continuation resolution), :mod:`.ranker` (the model that
picks the referent of a pronoun among its candidates; trained by scripts/train_speaker_ranker.py);
:mod:`.text` splits the article's words once for all of them; word lists and the model in ``data/``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from warta.document import PAD, Article, Quote
from warta.quotes import direct, indirect, marks, speakers
from warta.quotes.attribution import closing_via
from warta.quotes.text import Candidate, Layout, glued_cuts, index_words, layout

__all__ = ["annotate", "extract"]


def _para_of(lay: Layout, pos: int) -> int:
    """The paragraph holding ``pos`` (its end included), or -1."""
    i = bisect_right(lay.paragraph_starts, pos) - 1
    while i >= 0:
        s, e = lay.paragraphs[i]
        if s <= pos <= e:
            return i
        if e < pos:
            return -1
        i -= 1
    return -1


def extract(article: Article, trace: list | None = None) -> list[Quote]:
    """The quotes of an article (without storing them). ``trace`` (training the speaker ranker)
    receives the ranked candidates of every quote whose speaker is a guess, by quote index."""
    norm = article.norm
    lay = layout(article)
    folded = marks.fold(norm)  # `''…''` and `'…,'` written as `"…"` (same offsets)
    if folded is not norm:
        cuts = glued_cuts(article)
        index_words(folded, cuts)
    found, covered = direct.find(folded, lay)
    reported = indirect.find(folded, lay, covered)
    if folded is not norm:
        index_words(norm, cuts)  # the speakers read the article's own text
    spans = sorted((c.start, c.end) for c in found)
    span_starts = [s for s, _e in spans]
    for c in reported:
        # direct quotes never nest, so only the one starting last before c.end can overlap it
        k = bisect_left(span_starts, c.end) - 1
        if not (k >= 0 and spans[k][1] > c.start):
            found.append(c)
    found.sort(key=lambda c: c.start)
    _closing_vias(folded, lay, found)
    for c in found:
        _skip_padding(norm, c)
        c.extra["last_para"] = _para_of(lay, c.end)
    speakers.resolve(article, found, lay, trace)
    return [_quote(article, c) for c in found if not c.extra.get("nobody")]  # no source: the writer's


def _closing_vias(norm: str, lay: Layout, found: list[Candidate]) -> None:
    """`"…," kata X. Demikian dikutip dari Antara.`: a sentence that only names a medium is the
    via of the statements before it in its paragraph (or in the paragraph before, when it opens
    its own) that name none."""
    for s, e, p in lay.sentences:
        if e - s > 80 or not norm.startswith(("Demikian", "Hal ", "Seperti"), s):
            continue
        via = closing_via(norm, s, e)
        if via is None:
            continue
        ps = lay.paragraphs[p][0] if 0 <= p < len(lay.paragraphs) else s
        if norm[ps:s].strip() == "" and p > 0:
            ps = lay.paragraphs[p - 1][0]
        for c in found:
            if ps <= c.start and c.end <= s and c.via is None:
                c.via, c.via_span = via


def _skip_padding(norm: str, c: Candidate) -> None:
    """A mojibake mark folded in place (`â€œ` → `"` and two PAD joiners) leaves its padding
    where the quote starts and ends: keep the span on the quoted words, so text[start:end]
    begins and ends with them."""
    s, e = c.pieces[0]
    while s < e and norm[s] == PAD:
        s += 1
    c.pieces[0] = (s, e)
    ls, le = c.pieces[-1]
    while le > ls and norm[le - 1] == PAD:
        le -= 1
    c.pieces[-1] = (ls, le)


def _quote(article: Article, c: Candidate) -> Quote:
    text = " ".join(article.norm_text(s, e).strip() for s, e in c.pieces)
    text = " ".join(text.split())
    return Quote(
        kind=c.kind,
        start=c.start,
        end=c.end,
        text=text,
        speaker=c.resolved,  # type: ignore[arg-type]
        cue=c.cue,
        cue_lemma=c.cue_lemma,
        cue_start=c.cue_span[0] if c.cue_span else None,
        cue_end=c.cue_span[1] if c.cue_span else None,
        via=c.via,
        attribution=c.attribution,
    )


def annotate(article: Article) -> None:
    """Fill ``article.quotes``."""
    article.quotes = extract(article)
