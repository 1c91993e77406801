"""A run of acts told in the passive with no doer written (a list of fines, of suspensions): each
item's subject is acted on by the same unnamed doer, so the chooser may not name the one acted on
in the item before as the doer of the next (`Tim A dikenakan sanksi denda …. Tim B dikenakan
sanksi …`: A did not fine B). Sentences written for the test."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

FINES = (
    "Berikut daftar hukuman hasil sidang pekan ini. "
    "Tim Persikota Tangerang dikenakan sanksi denda Rp 15 juta karena suporternya menyalakan suar. "
    "Tim Persiba Balikpapan dikenakan sanksi denda Rp 20 juta karena pemainnya mendapat lima kartu kuning. "
    "Tim Persiraja Banda Aceh dikenakan sanksi denda Rp 10 juta karena terlambat masuk lapangan."
)


def test_the_one_fined_before_is_not_the_one_who_fines_next() -> None:
    fines = acts(FINES, "SANCTION")
    assert len(fines) >= 2
    subjects = [recipient for _, _, recipient in fines]
    for (_, actor, _), earlier in zip(fines[1:], subjects, strict=False):
        assert actor is None or actor != earlier


def test_a_doer_written_in_the_passive_still_acts() -> None:
    text = (
        "Tim Persikota Tangerang dikenakan sanksi denda Rp 15 juta oleh Komisi Disiplin PSSI. "
        "Tim Persiba Balikpapan dikenakan sanksi denda Rp 20 juta oleh Komisi Disiplin PSSI."
    )
    assert [actor for _, actor, _ in acts(text, "SANCTION")] == ["Komisi Disiplin PSSI"] * 2
