"""Round 38 (structure): the quotes layer's subject reader (`attribution.subject_before`) reads a
first-person pronoun as a pronoun: the part of a clause `saya`/`kami` opens after a comma is no
description of a capitalised word before it (`Saudara-saudara, saya ucapkan …`, `Bapak-bapak, kami
mendukung …`), so the events layer no longer keeps its own copy of that reading (`Parties._part_before`
keeps only the opening words it follows with no comma). Sentences written here in the shapes of a
speech quoted in Indonesian news."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import parties  # noqa: E402


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        (
            "Presiden Prabowo Subianto memberikan sambutan di gedung Kejaksaan Agung.\n\n"
            '"Saudara-saudara, saya ucapkan terima kasih dan penghargaan kepada Kejaksaan Agung yang '
            'telah bekerja keras melawan korupsi," kata Presiden Prabowo Subianto.',
            "SUPPORT",
            "terima kasih",
        ),
        (
            "Presiden Prabowo Subianto berpidato di gedung Kejaksaan Agung.\n\n"
            '"Bapak-bapak, kami mendukung langkah Kejaksaan Agung menuntaskan kasus ini," ujar Presiden '
            "Prabowo Subianto.",
            "SUPPORT",
            "mendukung",
        ),
    ],
)
def test_we_after_a_vocative_is_the_speaker(text: str, kind: str, trigger: str) -> None:
    actor, _ = parties(text, kind, trigger)
    assert actor == "Prabowo Subianto"
