"""A verb of an act on someone with no object of its own, joined by `dan`/`lalu`/`serta` to a
second transitive verb, acts on that verb's object (`menembak dan membunuh X`). Sentences written
here, in the shapes of Indonesian news."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    "text, type, trigger, recipient",
    [
        (
            "Seorang pria bersenjata menembak dan membunuh petugas keamanan Hendra Wijaya di pintu masuk mal.",
            "ASSAULT",
            "menembak",
            "Hendra Wijaya",
        ),
        (
            "Polres Bekasi menangkap dan menahan Budi Santoso di rumahnya di Jalan Sudirman.",
            "COERCE",
            "menangkap",
            "Budi Santoso",
        ),
    ],
)
def test_the_first_verb_shares_the_second_verbs_object(text: str, type: str, trigger: str, recipient: str) -> None:
    found = [r for t, _a, r in acts(text, type) if t == trigger]
    assert found == [recipient]


def test_a_comma_ends_the_shared_object() -> None:
    # `menembak, lalu membunuh …`: the second verb opens another clause; its object is not the first's
    found = [
        r for t, _a, r in acts("Pelaku menembak ke udara, lalu membunuh dua warga desa.", "ASSAULT") if t == "menembak"
    ]
    assert found == [] or found[0] != "dua warga desa"
