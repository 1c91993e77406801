"""Round 29 (events parties): a word capitalised only because it opens the sentence is no name
(events/parties.py `_capital_by_place`, ranker.py `_listed_with`). A derived word — a `peN-an`,
`per-an`, `ke-an`, `-isasi` or `-nya` noun, or a verb form — that opens a sentence with no entity
there does not make its phrase a party (`Realisasi penguatan kerja sama …`, `Diliputi rasa kesal`);
the chooser may then not fill the empty actor with the last name of the list that opens with the
recipient (`dengan BNN, Polri, dan Bea Cukai`: that side), while a body set after a fronted clause
stays the doer (`Bekerja sama dengan X, Pertamina menggelar …`). Sentences written here in the shapes
of Indonesian news.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import parties  # noqa: E402


def test_derived_word_opening_a_report_line_is_no_actor() -> None:
    text = (
        "Direktorat Jenderal Imigrasi memaparkan capaian semester pertama.\n"
        "- Realisasi penguatan kerja sama dengan BNN, Polri, dan Bea Cukai dalam pengawasan orang asing."
    )
    actor, recipient = parties(text, "COOPERATE", "kerja sama")
    assert actor not in ("Realisasi penguatan", "Bea Cukai")
    assert recipient is not None and recipient.startswith("BNN")


def test_verb_form_opening_a_sentence_is_no_actor() -> None:
    text = (
        "Laga di Stadion Kanjuruhan berlangsung panas. "
        "Diliputi rasa kesal yang memuncak, sang gelandang melancarkan protes kepada wasit."
    )
    actor, _ = parties(text, "PROTEST", "protes")
    assert actor != "Diliputi rasa kesal"


def test_body_after_a_fronted_clause_still_acts() -> None:
    text = (
        "Bekerja sama dengan Institut Teknologi Sepuluh Nopember (ITS), Pertamina menggelar pelatihan "
        "energi terbarukan bagi guru SMA di Surabaya."
    )
    actor, _ = parties(text, "COOPERATE", "bekerja sama")
    assert actor is not None and "Pertamina" in actor
