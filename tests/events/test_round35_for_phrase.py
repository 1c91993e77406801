"""Round 35 (issue #12): an `untuk` that opens a phrase of whom or what for (`Untuk itu`, `untuk
pertama kalinya`, `anggaran untuk tahap II`) does not make the clause's own verb after it an aim:
`Untuk itu, Ruki meminta Romli mengoreksi …` is a demand, `Arab Saudi untuk pertama kalinya
mengizinkan …` a concession. An `untuk` that governs a verb, or follows one, stays an aim."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    ("text", "typ", "trigger"),
    [
        (
            "Jakarta - Ketua KPK Taufiequrachman Ruki menilai pernyataan itu keliru. Untuk itu, Ruki "
            "meminta Romli mengoreksi pernyataan yang disampaikannya dalam rapat.",
            "DEMAND",
            "meminta Romli mengoreksi",
        ),
        (
            "Jakarta - Presiden mengungkapkan bahwa Arab Saudi untuk pertama kalinya mengizinkan Indonesia "
            "membangun kampung haji di Makkah.",
            "CONCEDE",
            "mengizinkan",
        ),
    ],
)
def test_a_for_phrase_is_no_aim(text: str, typ: str, trigger: str) -> None:
    assert [x[0] for x in acts(text, typ)] == [trigger]


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta - Jaksa Agung menyatakan pihaknya berkomitmen untuk fokus menangani kasus korupsi di dua sektor itu.",
        "Jakarta - Polisi datang ke lokasi untuk segera mengamankan para pelaku.",
    ],
)
def test_an_aim_stays_an_aim(text: str) -> None:
    assert acts(text, "INVESTIGATE") == [] and acts(text, "COERCE") == []
