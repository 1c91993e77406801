"""The one acted on named after a description by `yakni`/`bernama`/`berinisial` is the whole name
that follows (a run of capitalised words), without a form of address (`Saudara`, `Sdr`).
Sentences written here, in the shapes of Indonesian news."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    "text, recipient",
    [
        (
            "Kejati Jambi melakukan penahanan terhadap satu orang tersangka, yakni Saudara HS, selama 20 hari.",
            "HS",
        ),
        ("Polisi menangkap seorang pemuda bernama Rudi Hartono di Pasar Minggu.", "Rudi Hartono"),
    ],
)
def test_the_whole_name_after_a_naming_word(text: str, recipient: str) -> None:
    assert [r for _t, _a, r in acts(text, "COERCE")] == [recipient]
