"""Round 31 (events parties): of two subjects joined by `dan`, the first named is the party
(GUIDELINES `events`: several actors of one act are one record, the first named), now also where the
second is a common noun (events/parties.py `_first_conjunct`, `_first_subject_phrase`): `Sejumlah
pedagang dan pengusaha di Bandung diminta …` is addressed to the traders. Not where the words before
`dan` are a clause of their own (a verb, a `yang` clause) or a thing of someone's (`ketegasan dari
presiden`). Sentences written here in the shapes of Indonesian news.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import parties  # noqa: E402


def test_first_of_two_common_subjects_of_a_passive() -> None:
    text = "Sejumlah pedagang dan pengusaha di Bandung diminta menurunkan harga beras menjelang Lebaran."
    _, recipient = parties(text, "DEMAND", "diminta")
    assert recipient == "pedagang"


def test_a_name_and_a_common_noun_as_actors() -> None:
    text = '"Ahmad dan keluarganya mengucapkan terima kasih kepada warga atas doa mereka," kata juru bicara klub.'
    actor, _ = parties(text, "SUPPORT", "mengucapkan terima kasih")
    assert actor == "Ahmad"


def test_a_thing_of_someone_s_is_no_first_subject() -> None:
    text = "Menurut dia, ketegasan dari presiden dan penegak hukum saat ini dituntut untuk menjaga keadilan."
    _, recipient = parties(text, "DEMAND", "dituntut")
    assert recipient == "penegak hukum"
