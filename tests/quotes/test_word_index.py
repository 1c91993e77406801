"""The article's words are split once (text.WordIndex); a stretch read from the index is what
splitting the stretch itself gives, also where the stretch cuts a word."""

from __future__ import annotations

import random

from warta.quotes.text import WordIndex, _split, index_words, words

TEXT = (
    'Plt. Kepala Dinas dr. Budi bersama-sama ke-2 warga A.B. menyebut "it\'s ok," katanya. '
    "Rp1.000,- 'ya' -a- .. U.S. detikJatim  iPhone\u2060x Menurutnya, Prof. Dr. Muhammad Nur (45) datang."
)


def test_every_stretch_reads_as_its_own_split():
    idx = WordIndex(TEXT)
    rng = random.Random(16)
    for _ in range(3000):
        a = rng.randrange(len(TEXT) + 1)
        b = rng.randrange(a, len(TEXT) + 1)
        got = [(w.start, w.end, w.text) for w in idx.words(a, b)]
        assert got == [(w.start, w.end, w.text) for w in _split(TEXT, a, b)], (a, b)


def test_words_reads_the_indexed_text_and_splits_any_other():
    text = TEXT + " "  # another string object
    index_words(text)
    assert [w.text for w in words(text, 0, 17)] == ["Plt.", "Kepala", "Dinas"]
    other = "Ia mengatakan bahwa harga naik."
    assert [w.text for w in words(other, 0, len(other))] == ["Ia", "mengatakan", "bahwa", "harga", "naik"]


def test_greeting_guard_lets_every_match_through():
    """`_GREETED_OPENS` (stdlib) only guards `_GREETED` (regex): every position where the latter
    matches, the former does too, so skipping on its failure changes nothing."""
    from warta.quotes.mentions import _GREETED, _GREETED_OPENS

    rng = random.Random(1)
    parts = [" ", "\t", ",", "(", "yang", " merupakan ", "sapaan", " akrab", " karib", "nya", "x", "\n", "\u00a0"]
    hits = 0
    for _ in range(20000):
        t = "".join(rng.choice(parts) for _ in range(rng.randint(1, 8)))
        for pos in range(len(t)):
            if _GREETED.match(t, pos):
                hits += 1
                assert _GREETED_OPENS.match(t, pos), (t, pos)
    assert hits > 500
