"""Quotation marks other than ``"``: some house styles open and close a quote with two
apostrophes (``''…''``, also typed as ``` ``…'' ```; the backtick and curly singles are already
folded to ``'`` in ``article.norm``), others with one (``'…,' kata X``).

:func:`fold` gives a same-length copy of the text in which those marks are written as ``"``, so
the quote finders see one shape of mark and every offset still points into the original text.
A doubled apostrophe becomes ``"`` beside the quoted words and a space on the other side. A
single apostrophe counts only as a pair in a paragraph with no double marks: the opening one
after a space and before a letter, the closing one after the sentence's own punctuation
(``,'`` ``.'`` ``?'`` ``!'``), so `Jum'at`, `Ma'ruf` and a scare-quoted `'Mobil Topling'` stay as
they are.
"""

from __future__ import annotations

import re

# two apostrophes that open (before a word) or close (after one, or after punctuation) a quote
_DOUBLED = re.compile(r"''(?!')")
# one apostrophe opening a quote, and one closing it after the sentence's punctuation
_SINGLE_OPEN = re.compile(r"(?:(?<=[\s(\[—–-])|^)'(?=[^\W_])", re.M)
_SINGLE_CLOSE = re.compile(r"(?<=[,.!?])'(?=[\s)\]]|$)", re.M)


def fold(norm: str) -> str:
    """``norm`` with doubled and single quotation marks written as ``"``; ``norm`` itself (the
    same object) when it has none, so callers can tell whether anything changed."""
    if "'" not in norm:
        return norm
    chars: list[str] | None = None
    if "''" in norm:
        chars = list(norm)
        for m in _DOUBLED.finditer(norm):
            s = m.start()
            after = norm[s + 2] if s + 2 < len(norm) else ""
            before = norm[s - 1] if s else ""
            if after.isalnum() and not before.isalnum():
                chars[s], chars[s + 1] = " ", '"'  # opening: the mark next to the word
            elif not after.isalnum():
                chars[s], chars[s + 1] = '"', " "  # closing
    text = "".join(chars) if chars is not None else norm
    if not _SINGLE_CLOSE.search(text):
        return text
    out = list(text)
    changed = chars is not None
    pos = 0
    for para in text.split("\n"):
        if '"' not in para and "'" in para:
            changed |= _fold_singles(para, pos, out)
        pos += len(para) + 1
    return "".join(out) if changed else norm


def _fold_singles(para: str, base: int, out: list[str]) -> bool:
    """Pair single marks in one paragraph: an opening mark, then the first closing mark after
    it with a space between (a quoted sentence has several words)."""
    changed = False
    k = 0
    while True:
        o = _SINGLE_OPEN.search(para, k)
        if o is None:
            return changed
        c = _SINGLE_CLOSE.search(para, o.end())
        if c is None:
            return changed
        nxt = _SINGLE_OPEN.search(para, o.end(), c.start())
        if nxt is not None:
            k = nxt.start()  # `'Mobil Topling'`: a term in scare marks before the real opening mark
            continue
        if " " in para[o.end() : c.start()]:
            out[base + o.start()] = '"'
            out[base + c.start()] = '"'
            changed = True
        k = c.end()
