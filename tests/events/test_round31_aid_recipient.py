"""Round 31 (events parties): a story of one aid programme names its recipients once and tells the
aid's other steps without them (events/parties.py `carry_aid_recipient`, after the chooser, as the
protest's target is carried): each aid with no one named takes the story's one recipient, and none
is carried where the story's aid names two. Sentences written here in the shapes of Indonesian news.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


def test_a_later_step_of_the_aid_takes_its_recipients() -> None:
    text = (
        "Kementerian Ketenagakerjaan menyalurkan bantuan subsidi upah kepada para pekerja bergaji rendah. "
        "Penyaluran dilakukan melalui Bank Himbara dan PT Pos Indonesia mulai pekan ini."
    )
    found = {t: r for t, _, r in acts(text, "AID")}
    assert found.get("menyalurkan bantuan") is not None
    assert found.get("Penyaluran") == found.get("menyalurkan bantuan")


def test_two_recipients_carry_nothing() -> None:
    text = (
        "Pemerintah Kota Bogor menyalurkan bantuan beras kepada para nelayan di pesisir. "
        "Pemerintah Kota Bogor juga menyalurkan bantuan modal kepada para pedagang pasar. "
        "Penyaluran dilakukan melalui kantor kelurahan."
    )
    found = {t: r for t, _, r in acts(text, "AID")}
    assert found.get("Penyaluran") is None
