"""Round 40 (events parties): the subject of a joint act written as a list.

GUIDELINES.md `events`: a joint or two-way act (`A dan B bertemu`) is one record with the first named as
actor, marked mutual. `Subjects._pair` read two names joined by `dan` with no comma between; a list
(`Nehru, Ali Sastroamidjojo, U Nu, … dan John Kotelawala bertemu`) gave its last name as the actor and no
recipient, and a named party joined to a common noun phrase (`Komisi VIII DPR RI dan pemerintah
menyetujui`, `OPEC dan beberapa negara bukan anggota … sepakat`) gave the phrase as the actor or no
recipient. `Subjects._joint_subject` reads the list that ends right before the verb and opens the
clause. Sentences written here in the shapes of Indonesian news.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import parties  # noqa: E402


def test_a_list_of_leaders_who_meet_is_led_by_the_first_named() -> None:
    text = (
        "Pada 12 Maret 2025, Presiden Prabowo Subianto, Perdana Menteri Anthony Albanese, dan Perdana Menteri "
        "Narendra Modi bertemu di Jakarta untuk membahas kerja sama energi."
    )
    assert parties(text, "CONSULT", "bertemu") == ("Prabowo Subianto", "Anthony Albanese")


def test_a_named_body_and_the_government_agree_together() -> None:
    text = (
        "Dalam rapat kerja pada Selasa (4/11/2025), Komisi X DPR RI dan pemerintah menyetujui anggaran "
        "pendidikan tahun 2026."
    )
    assert parties(text, "AGREE", "menyetujui") == ("Komisi X DPR RI", "pemerintah")


def test_a_list_opens_after_the_source_of_the_sentence() -> None:
    text = (
        "Menurut Kepala Dinas Perhubungan Budi Santoso, PT Kereta Api Indonesia, PT Angkasa Pura II, dan PT "
        "Pelindo telah bertemu membahas integrasi layanan."
    )
    assert parties(text, "CONSULT", "bertemu") == ("PT Kereta Api Indonesia", "PT Angkasa Pura II")


def test_the_source_set_off_by_a_comma_is_no_member_of_the_list() -> None:
    # the source set off by a comma opens no list: it is not a second party (the list opens after the comma)
    text = "Menurut Kepala Dinas Perhubungan Budi Santoso, Ani Wijaya telah bertemu membahas integrasi layanan."
    assert parties(text, "CONSULT", "bertemu") == ("Ani Wijaya", None)
