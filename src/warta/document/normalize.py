"""Fold a raw text for matching without changing its length.

Odd spaces become spaces, curly quotes straight ones, and an unambiguous mojibake sequence
(UTF-8 read as cp1252, e.g. ``Ã©``, ``â€œ``, ``â€\x9d``) becomes its character followed by :data:`PAD` joiners,
so that every offset in the folded text is the same offset in the original.
"""

from __future__ import annotations

import re

from warta.document.model import PAD

_SPACES = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\x0b\x0c\u200b"
)
_TABLE: dict[int, str] = {ord(c): " " for c in _SPACES}
_TABLE.update({ord(c): PAD for c in "\u200c\u200d\ufeff\u00ad"})
_TABLE.update({ord(c): '"' for c in "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\uff02"})
_TABLE.update({ord(c): "'" for c in "\u2018\u2019\u201a\u201b\u2032\u0060\u00b4"})
_TABLE.update({ord(c): "\n" for c in "\u2028\u2029\x85"})
# C0/C1 controls other than newline and carriage return: spaces
_TABLE.update(
    {
        i: " "
        for i in list(range(0, 9)) + list(range(14, 32)) + [127] + list(range(0x80, 0x85)) + list(range(0x86, 0xA0))
    }
)

# Runs that look like UTF-8 decoded as cp1252/latin-1: a lead byte char then continuation chars.
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}"
)


def _cp1252_bytes(seq: str) -> bytes | None:
    """The bytes a cp1252 reading turned into ``seq``; the five bytes cp1252 leaves undefined
    (0x81, 0x8D, 0x8F, 0x90, 0x9D) come through as the C1 characters of the same number."""
    out = bytearray()
    for ch in seq:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return None
            out.append(ord(ch))
    return bytes(out)


def _unmojibake(seq: str) -> str | None:
    raw = _cp1252_bytes(seq)
    if raw is None:
        return None
    try:
        fixed = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return fixed if len(fixed) == 1 else None


def normalize(text: str) -> str:
    """Return the same-length folded copy of ``text`` that annotators match on."""
    if "\r" in text:
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    if _MOJIBAKE.search(text):
        text = _MOJIBAKE.sub(lambda m: _fold_mojibake(m.group()), text)
    return text.translate(_TABLE)


def _fold_mojibake(seq: str) -> str:
    for k in range(len(seq), 1, -1):  # the longest prefix that decodes to one character
        fixed = _unmojibake(seq[:k])
        if fixed is not None:
            return fixed + PAD * (k - 1) + seq[k:]
    if seq.startswith("\u00e2\u20ac"):
        # `â€` whose third byte a scrape dropped: 0x9D, the closing quote, is the one cp1252
        # cannot show among the `â€x` punctuation
        return "\u201d" + PAD + seq[2:]
    return seq
