"""The cleaning layer: split the raw text into lines and decide what each one is (story
paragraph, heading, page furniture, blank, repeated title), then find the dateline.

Nothing is rewritten: every decision is a span over the original text.
"""

from __future__ import annotations

from warta.cleaning.dateline import find_dateline
from warta.cleaning.furniture import furniture_reason, trailing_signoff
from warta.cleaning.headings import is_heading, is_list_item, is_numbered_title
from warta.document import PAD, Article, Line, Span

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


def annotate(article: Article) -> None:
    norm = article.norm
    lines = split_lines(norm)
    for ln in lines:
        if ln.kind == "body":
            reason = furniture_reason(norm[ln.start : ln.end])
            if reason:
                ln.kind, ln.reason = "furniture", reason
    content = [ln for ln in lines if ln.kind == "body"]
    # A scraped page often repeats its title as the first line.
    if content and article.title and _fold(norm[content[0].start : content[0].end]) == _fold(article.title):
        content[0].kind = "title"
        content = content[1:]
    if content:
        article.dateline = find_dateline(norm, content[0].start, content[0].end)
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
