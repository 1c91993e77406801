"""Round 32 (events parties): a party phrase never opens with a preposition. A subject read from
the word before its head kept the preposition that introduced it (`manfaat BLTS bagi KPM yang sudah
menerima bantuan` gave the recipient `bagi KPM`, `Banyak dari orang tua tersebut mengeluhkan` the
actor `dari orang tua`): the preposition is now a lead stripped from the phrase (words.json
`party_lead_prepositions`). Sentences written here in the shapes of Indonesian news.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import parties  # noqa: E402


def test_bagi_before_the_subject_of_a_receiving_verb() -> None:
    text = (
        "Menteri Sosial Tri Rismaharini menjelaskan manfaat bantuan pangan ini bagi KPM yang sudah "
        "menerima bantuan sejak bulan lalu."
    )
    _, recipient = parties(text, "AID", "menerima bantuan")
    assert recipient == "KPM"


def test_bagi_after_a_verb_of_taking_sides() -> None:
    text = "Calon gubernur itu menilai programnya sangat memihak bagi mayoritas rakyat kecil di Surabaya."
    _, recipient = parties(text, "SUPPORT", "memihak")
    assert recipient == "mayoritas rakyat kecil"
