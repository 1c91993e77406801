"""Sentence boundaries from tokens: a full stop, question or exclamation mark (with any
closing quote after it) ends a sentence when the next token can start one."""

from __future__ import annotations

from warta.document import Token
from warta.segmentation.tokens import abbreviations

_ENDERS = frozenset(".!?")
_CLOSERS = frozenset("\"')]")


def _can_start(text: str) -> bool:
    c = text[0]
    return c.isupper() or c.isdigit() or c in "\"'([" or not c.isalpha()


def _glued_dot(norm: str, tokens: list[Token], i: int, first: int, last: int) -> bool:
    """A full stop with no space on either side that ends no sentence: ``Jl.Sudirman``,
    ``No.5``, ``Rp1.500``, ``A.Yani``. A glued stop between a word and a capitalised word
    (``ilegal.Sebab``, two paragraphs a scrape joined) does end one."""
    if i == first or i + 1 >= last:
        return False
    prev, nxt = tokens[i - 1], tokens[i + 1]
    if prev.end != tokens[i].start or nxt.start != tokens[i].end:
        return False
    if norm[nxt.start].isdigit():
        return True
    before = norm[prev.start : prev.end]
    every, _ = abbreviations()
    return len(before) == 1 or before + "." in every or (before.lower() + ".") in every


def split(norm: str, tokens: list[Token], first: int, last: int) -> list[tuple[int, int]]:
    """Sentence token ranges ``[i, j)`` over ``tokens[first:last]`` (one paragraph)."""
    _, closing_abbr = abbreviations()
    out: list[tuple[int, int]] = []
    begin = first
    i = first
    while i < last:
        tok = tokens[i]
        text = norm[tok.start : tok.end]
        end_here = False
        if (
            tok.kind == "punct"
            and (text in _ENDERS or text == "…" or text.startswith(".."))
            or tok.kind == "abbr"
            and text in closing_abbr
        ):
            end_here = True
        if end_here and text == "." and _glued_dot(norm, tokens, i, first, last):
            end_here = False
        if end_here:
            j = i + 1
            while j < last and norm[tokens[j].start] in _CLOSERS and norm[tokens[j].start : tokens[j].end] in _CLOSERS:
                # a closing quote belongs to the sentence it closes
                if norm[tokens[j].start] in "\"'" and j + 1 < last and tokens[j + 1].start == tokens[j].end:
                    break  # an opening quote glued to the next word
                j += 1
            ellipsis = text == "…" or text.startswith("..") or tok.kind == "abbr"
            if j >= last:
                i = j
                break
            nxt = norm[tokens[j].start : tokens[j].end]
            if _can_start(nxt) and not (ellipsis and not nxt[0].isupper()):
                # "?" or "!" before a lower-case attribution ("...?" tanya dia) is handled by
                # _can_start: lower-case continues the sentence.
                out.append((begin, j))
                begin = j
                i = j
                continue
        i += 1
    if begin < last:
        out.append((begin, last))
    return out
