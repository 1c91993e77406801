"""The one-word fast paths of tone's ``scan`` and themes' ``_hits`` find what the plain
``longest_phrase`` walk finds, word for word, on real sentences."""

from __future__ import annotations

import re

from warta.themes import _hits
from warta.themes import lexicon as themes_lexicon
from warta.tone import WORD_RE, lexicon, longest_phrase, scan

TEXT = (
    "Pemerintah sangat puas dengan hasil yang baik sekali, tetapi warga tidak bahagia dan takut. "
    "Bukan masalah besar, kata Menteri Keuangan soal inflasi, harga beras dan korupsi di KPK. "
    "Banjir bandang merusak rumah; tim SAR mengevakuasi korban, polisi menangkap tersangka pencurian. "
    "Kondisinya agak buruk namun tidak terlalu mengkhawatirkan bagi ekonomi dan pariwisata Bali."
)


def plain_walk(words: list[str], table: dict, max_n: int, starts: frozenset[str]) -> list[tuple[int, int]]:
    """(index, length) of each hit, as a loop of longest_phrase calls finds them."""
    out, i = [], 0
    while i < len(words):
        k, found = longest_phrase(words, i, table, max_n, starts)
        if found is None:
            i += 1
            continue
        out.append((i, k))
        i += k
    return out


def test_tone_scan_hits_are_the_plain_walk() -> None:
    lex = lexicon()
    hits, words = scan(TEXT, lex)
    spans = [m.span() for m in WORD_RE.finditer(TEXT)]
    expected = plain_walk(words, lex.words, lex.max_n, lex.phrase_starts)
    assert len(expected) >= 8  # the text has hits to compare
    assert [(h.start, h.end) for h in hits] == [(spans[i][0], spans[i + k - 1][1]) for i, k in expected]
    assert lex.singles == {k[0]: v for k, v in lex.words.items() if len(k) == 1}


def test_themes_hits_are_the_plain_walk() -> None:
    lex = themes_lexicon()
    for sentence in re.split(r"(?<=\.) ", TEXT):
        words = WORD_RE.findall(sentence.lower())
        plain = []
        i = 0
        while i < len(words):
            k, found = longest_phrase(words, i, lex.exact, lex.max_n, lex.phrase_starts)
            if found:
                plain.extend(found)
            else:
                for plen in lex.prefix_lengths:
                    if plen > len(words[i]):
                        break
                    plain.extend(lex.prefixes.get(words[i][:plen]) or [])
                k = 1
            i += k
        assert _hits(words, lex) == plain
        assert plain


def test_longest_phrase_is_the_sliced_lookup() -> None:
    lex = lexicon()
    words = [w.lower() for w in WORD_RE.findall(TEXT)] + ["tidak"]
    for i in range(len(words)):
        top = min(lex.max_n, len(words) - i) if words[i] in lex.phrase_starts else 1
        sliced = next(
            (
                (k, lex.words[tuple(words[i : i + k])])
                for k in range(top, 0, -1)
                if tuple(words[i : i + k]) in lex.words
            ),
            (0, None),
        )
        assert longest_phrase(words, i, lex.words, lex.max_n, lex.phrase_starts) == sliced
