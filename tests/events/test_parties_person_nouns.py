"""Common nouns for kinds of people (`jemaat`, `caleg`, `militan`) name a party as `warga` or
`mahasiswa` do: an act on them is complete and they are its recipient (GUIDELINES: the shortest
identifying noun phrase). Sentences written here, in the shapes of Indonesian news."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    "text, type, recipient",
    [
        (
            "Sekelompok orang tak dikenal menyerang jemaat gereja yang sedang beribadah di Bogor.",
            "ASSAULT",
            "jemaat gereja",
        ),
        ("Seorang anggota KPU ditegur karena bertemu dengan caleg di sebuah kafe di Medan.", "CONSULT", "caleg"),
        ("Densus 88 menangkap tiga militan di Poso, Sulawesi Tengah.", "COERCE", "tiga militan"),
    ],
)
def test_a_person_noun_is_a_party(text: str, type: str, recipient: str) -> None:
    assert [r for _t, _a, r in acts(text, type)] == [recipient]
