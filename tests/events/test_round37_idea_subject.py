"""Round 37 (issue #12): an act verb whose own subject is headed by a noun of an idea, a report or an
event (`krisis ekonomi menenggelamkannya`, `rumor transfer yang mencatut namanya`, `tata kelola
lingkungan yang buruk turut menyumbang andil`) is a figure of speech, no one's act, even where the
parties reader named no actor. A subject after a phrase a demonstrative closes (`Atas kejadian itu
korban melapor`) and a person's act stay."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

CASES = {
    ("Tapi sayang, krisis ekonomi menenggelamkan Bakrie sebelum mobil itu terbang.", "COERCE"): [],
    (
        "Di tengah berbagai rumor transfer yang mencatut namanya, Mesut Ozil menegaskan dirinya ingin bertahan.",
        "CRIME",
    ): [],
    (
        "Kemudian, kata Senantara, tata kelola lingkungan yang buruk turut menyumbang andil Bali diterjang banjir.",
        "AID",
    ): [],
    ("Rumor tersebut mencatut nama Mesut Ozil dalam bursa transfer musim panas.", "CRIME"): [],
    ("Atas kejadian itu korban melapor ke Polresta Mataram.", "DISAPPROVE"): ["melapor"],
    ("Presiden Joko Widodo mengundang Valentino Rossi ke Istana Merdeka.", "AGREE"): ["mengundang"],
}


def test_an_idea_or_an_event_as_the_subject_is_no_one_acting() -> None:
    found = {(text, typ): [x[0] for x in acts(text, typ)] for text, typ in CASES}
    assert found == CASES
