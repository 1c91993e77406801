"""The cleaning layer: split the raw text into lines and decide what each one is (story
paragraph, heading, page furniture, blank, repeated title), then find the dateline.

Nothing is rewritten: every decision is a span over the original text.
"""

from __future__ import annotations

import re

from warta.cleaning.dateline import find_dateline
from warta.cleaning.furniture import furniture_reason, related_head, trailing_signoff
from warta.cleaning.headings import is_heading, is_list_item, is_numbered_title
from warta.document import PAD, Article, Dateline, Line, Span

_BLANK = " \t\n" + PAD


def split_lines(norm: str) -> list[Line]:
    """One Line per raw line, its span trimmed of surrounding white space."""
    lines: list[Line] = []
    pos, n = 0, len(norm)
    while pos <= n:
        nl = norm.find("\n", pos)
        if nl < 0:
            nl = n
        s, e = pos, nl
        while s < e and norm[s] in _BLANK:
            s += 1
        while e > s and norm[e - 1] in _BLANK:
            e -= 1
        while e < nl and norm[e] == PAD:  # a joiner left by mojibake folding ends its character
            e += 1
        lines.append(Line(s, e, "body" if e > s else "blank"))
        pos = nl + 1
    return lines


def _fold(s: str) -> str:
    return " ".join(s.replace(PAD, "").lower().split())


_HEADER_LINES = 6  # a page header (title, byline, date, share bar) is a few short lines at most
_SENTENCE_END = ".!?\"'”"


def _header_like(text: str) -> bool:
    """A short line without closing punctuation: a title, a byline, an outlet name."""
    return len(text.split()) <= 16 and text.rstrip()[-1:] not in _SENTENCE_END


def _find_opening(norm: str, lines: list[Line], content: list[Line]) -> tuple[Dateline | None, list[Line]]:
    """The dateline and the page header above it. A scraped page often puts the title, the
    outlet's name, a byline and the time above the story: when the dateline opens a later line
    and only such short lines stand before it, they are the header. Without a dateline, short
    lines above a time stamp (``19 Januari 2018 14:23 WIB``) that precedes the first paragraph
    are the header too."""
    for k, ln in enumerate(content[:_HEADER_LINES]):
        if k and not _header_like(norm[content[k - 1].start : content[k - 1].end]):
            break
        dateline = find_dateline(norm, ln.start, ln.end)
        if dateline:
            return dateline, content[:k]
    header: list[Line] = []
    stamp = False
    for ln in lines:
        if ln.kind == "furniture" and ln.reason == "pagination":
            stamp = True
            continue
        if ln.kind != "body":
            continue
        if not _header_like(norm[ln.start : ln.end]) or len(header) >= _HEADER_LINES:
            break
        header.append(ln)
    return None, header if stamp and header and header[-1] is not content[-1] else []


# `IRSYAN HASYIM`, `FAJAR PEBRIANTO | NUR HADI`: the reporters' names in capitals closing a story
_REPORTERS = re.compile(
    r"[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]*){1,3}(?:\s*[|,/]\s*[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]*){1,3}){0,3}"
)


def _reporter_names(text: str) -> bool:
    """The last line of a story written as reporters' names in capitals (Tempo's house style)."""
    return _REPORTERS.fullmatch(text.strip()) is not None


_RELATED_MAX = 5


def _related_titles(norm: str, lines: list[Line]) -> None:
    """The short title lines listed under a ``Baca juga:`` line are links to other stories."""
    for i, ln in enumerate(lines):
        if ln.kind != "furniture" or not related_head(norm[ln.start : ln.end]):
            continue
        taken = 0
        for nxt in lines[i + 1 : i + 1 + 2 * _RELATED_MAX]:
            if nxt.kind == "blank" and not taken:
                continue  # `Baca Juga`, an empty line, then the titles: a page's box scraped with its gaps
            text = norm[nxt.start : nxt.end]
            if nxt.kind != "body" or not _header_like(text) or len(text.split()) < 3 or taken == _RELATED_MAX:
                break
            nxt.kind, nxt.reason = "furniture", "related"
            taken += 1


def annotate(article: Article) -> None:
    norm = article.norm
    lines = split_lines(norm)
    for ln in lines:
        if ln.kind == "body":
            reason = furniture_reason(norm[ln.start : ln.end])
            if reason:
                ln.kind, ln.reason = "furniture", reason
    _related_titles(norm, lines)
    content = [ln for ln in lines if ln.kind == "body"]
    # A scraped page often repeats its title as the first line.
    if content and article.title and _fold(norm[content[0].start : content[0].end]) == _fold(article.title):
        content[0].kind = "title"
        content = content[1:]
    if content:
        article.dateline, header = _find_opening(norm, lines, content)
        for ln in header:
            ln.kind, ln.reason = "furniture", "header"
        content = [ln for ln in content if ln.kind == "body"]
    if len(content) > 1 and _reporter_names(norm[content[-1].start : content[-1].end]):
        content[-1].kind, content[-1].reason = "furniture", "signoff"
        content = content[:-1]
    for i, ln in enumerate(content[1:], 1):
        text = norm[ln.start : ln.end]
        numbered = is_numbered_title(text)
        if i == len(content) - 1 and not numbered:
            continue  # a closing line is a sign-off or a last sentence, not a section title
        nxt = norm[content[i + 1].start : content[i + 1].end] if i + 1 < len(content) else ""
        label = nxt.rstrip()[-1:] in '.!?"' and len(nxt) > 2 * len(text)
        if is_heading(text, short_label=label) and (numbered or not is_list_item(text)):
            ln.kind = "heading"
    article.lines = lines
    article.headings = [Span(ln.start, ln.end, "heading") for ln in content if ln.kind == "heading"]
    paragraphs = []
    for ln in content:
        if ln.kind != "body":
            continue
        end = ln.end
        cut = trailing_signoff(norm[ln.start : ln.end])
        if cut:
            end -= cut
        paragraphs.append(Span(ln.start, end, "paragraph"))
    article.paragraphs = paragraphs
