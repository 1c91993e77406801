"""Inside a quote, an act whose clause names its own subject is that subject's, not the speaker's:
past an opening phrase of where or why (`Atas kejadian itu korban melapor`), past an adverb of
contrast (`malah`, `justru`), and a post written as a name (`Duta Besar AS`) is someone. Sentences
written here, in the shapes of Indonesian news."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    "text, type, actor",
    [
        (
            'Polisi menangkap Dedi di Sumbawa. "Atas kejadian itu korban melapor ke Polres Sumbawa," '
            "kata Kasat Reskrim Andi Saputra.",
            "DISAPPROVE",
            "korban",
        ),
        (
            '"Waktu itu, Duta Besar AS justru mengecam kami di depan wartawan," kata Menlu Georgia Maka Botchorishvili.',
            "DISAPPROVE",
            "Duta Besar AS",
        ),
    ],
)
def test_the_clause_subject_acts_not_the_speaker(text: str, type: str, actor: str) -> None:
    assert [a for t, a, _r in acts(text, type) if t in ("melapor", "mengecam")] == [actor]
