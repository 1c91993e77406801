"""The nineteenth round (issue #12). An act on a described person (`tiga pemuda`, `seorang
bocah`) is complete: the completeness check counts as people the same nouns the party readers
do. Sentences written here, in the shapes of Indonesian news."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    "text, recipient",
    [
        ("Polsek Tambun menangkap tiga pemuda yang membawa senjata tajam.", "tiga pemuda"),
        ("Tim Resmob Polda Sulsel menangkap seorang bocah yang mencuri kotak amal.", "bocah"),
        ("Polisi menahan dua lelaki di Pelabuhan Bakauheni pada Sabtu dini hari.", "dua lelaki"),
    ],
)
def test_an_arrest_of_a_described_person_is_complete(text: str, recipient: str) -> None:
    found = acts(text, "COERCE")
    assert [r for _t, _a, r in found] == [recipient]
