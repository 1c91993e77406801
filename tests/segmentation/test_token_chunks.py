"""Tokens fall inside the white-space chunks of ``_CHUNK`` (``\\S+``), whatever the white space:
the tokenizer finds its chunks with ``str.split`` and ``str.find``, which must agree with it."""

from __future__ import annotations

import re

from warta.segmentation.tokens import _CHUNK, tokenize

SPACES = " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2003\u200a\u2028\u2029\u202f\u205f\u3000"
TEXT = "Jakarta - Presiden{}mengatakan,{}harga Rp5.000{}naik 2,5%{}dariAntara.{}kata{}dia.{}KPKdi{}sana!!{}ok"


def test_split_and_the_pattern_see_the_same_white_space() -> None:
    for c in map(chr, range(0x3100)):
        assert c.isspace() == bool(re.fullmatch(r"\s", c)), hex(ord(c))


def test_tokens_sit_in_the_chunks() -> None:
    for i in range(0, len(SPACES), 3):
        spaces = (SPACES[i : i + 3] * 4)[:9]
        text = "  " + TEXT.format(*spaces) + " " * 2
        for a, b in [(0, len(text)), (4, len(text) - 5), (11, 40)]:
            chunks = [m.span() for m in _CHUNK.finditer(text, a, b)]
            toks = tokenize(text, a, b)
            assert toks and chunks
            for t in toks:
                assert any(s <= t.start and t.end <= e for s, e in chunks), (t, text[t.start : t.end])
            starts, ends = {t.start for t in toks}, {t.end for t in toks}
            for s, e in chunks:
                assert s in starts and e in ends, text[s:e]
