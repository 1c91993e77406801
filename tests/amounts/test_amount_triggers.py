"""The one-scan trigger pattern of the amounts layer finds exactly the token starts that the
word-by-word scan it replaced (``_TOKEN`` tokens that are digits or trigger words) found."""

from __future__ import annotations

import json

from warta.amounts import _TOKEN, _trigger_pattern, _trigger_words

TRICKY = [
    "Rp5,6 triliun naik 2,65% dari Rp 4.000 per 12abc dan US$ 3 juta",
    "puluhan ribu orang; ratusan juta rupiah; seribu; satu2nya; 5G dan 3m",
    "abc123def 45 $10 €5 £3 ¥7 sekitar lima belas hingga dua puluh",
    "Sebanyak tiga ratus ribu warga, TIGA RATUS, rp10 ribu, Rp.500, IDR 5 miliar",
    "x²³ ٣ (Arabic-Indic digit) ½ dan ⅔ serta 1.000.000,50",
]


def word_by_word(low: str) -> list[int]:
    words = _trigger_words()
    return [m.start() for m in _TOKEN.finditer(low) if m.group()[0].isdigit() or m.group() in words]


def same_starts(low: str) -> None:
    assert [m.start() for m in _trigger_pattern().finditer(low)] == word_by_word(low)


def test_same_starts_on_tricky_text() -> None:
    assert word_by_word(TRICKY[0].lower())  # the check below compares something
    for text in TRICKY:
        same_starts(text.lower())


def test_same_starts_on_dev_articles(shared) -> None:
    paths = [p for p in sorted((shared / "eval" / "dev").glob("*.json")) if not p.name.endswith(".gold.json")]
    for path in paths:
        same_starts(json.loads(path.read_text(encoding="utf-8"))["text"].lower())
