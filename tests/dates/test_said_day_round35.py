"""The day a quote was said, from the attribution written before it (round 35, the mining pool):
the said verbs in their other forms (`mengungkapkan`, `diungkap`, a post's `tulis`, `dijumpai`)
name the day of saying as the roots did, and a day a span runs from (`sejak Jumat (25/8)`) is
what the words tell, not the day they were said. Sentences written for this test, not taken from
any set."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from datecases import dates_of  # noqa: E402

PUBLISHED = "2025-10-20"  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rencana itu diungkap oleh Sekretaris Kabinet saat berkunjung ke Tangerang, Sabtu (18/10). "
            'Dia memberi gambaran soal sidang itu.\n"Nanti besok akan ada sidang kabinet," kata dia.',
            [("Sabtu (18/10)", "2025-10-18"), ("besok", "2025-10-19")],
        ),
        (
            'Kabar itu ditulis sang musisi di akun Instagramnya, Sabtu (18/10).\n"Konser malam ini batal," tulis dia.',
            [("Sabtu (18/10)", "2025-10-18"), ("malam ini", "2025-10-18")],
        ),
        (
            "Saat dijumpai di rumahnya di Kemang, Jakarta Selatan, pada Jumat (17/10), ia tampak sehat.\n"
            '"Besok saya berangkat ke Bali," ucapnya.',
            [("Jumat (17/10)", "2025-10-17"), ("Besok", "2025-10-18")],
        ),
        (
            "Kepala dinas itu mengungkapkan rencananya di Bandung, Sabtu (18/10).\n"
            '"Hari ini kami mulai membagikan bantuan," ujarnya.',
            [("Sabtu (18/10)", "2025-10-18"), ("Hari ini", "2025-10-18")],
        ),
    ],
)
def test_said_verb_forms_name_the_day_of_saying(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates_of(text, PUBLISHED) == expected


def test_a_day_a_span_runs_from_is_no_day_of_saying() -> None:
    text = (
        "Perusahaan itu menjelaskan, gangguan pada satelit sudah terasa sejak Sabtu (18/10) sore.\n"
        '"Proses pemulihan dimulai hari ini juga," kata perusahaan itu.'
    )
    assert dates_of(text, PUBLISHED) == [("Sabtu (18/10)", "2025-10-18"), ("hari ini", "2025-10-20")]
