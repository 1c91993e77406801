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
