"""A news medium an article took a statement from or a speaker told it to (`Melansir BBC`,
`mengatakan kepada Reuters`, `…, The Guardian melaporkan`) reports the act: it is neither who did it
nor the one it was done to. A medium that is the object of the act stays its recipient. Sentences
written here, in the shapes of Indonesian news."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    "text, type",
    [
        ("Menteri Luar Negeri itu mengecam keras kepada Reuters langkah yang diambil parlemen.", "DISAPPROVE"),
        ("Kedua pihak sudah bertemu bulan lalu di Jenewa, The Guardian melaporkan.", "CONSULT"),
    ],
)
def test_the_medium_of_an_attribution_is_no_party(text: str, type: str) -> None:
    found = acts(text, type)
    assert found and all(r not in ("Reuters", "The Guardian") for _t, _a, r in found), found


def test_a_medium_criticised_is_the_recipient() -> None:
    found = acts("Perdana Menteri Israel mengkritik surat kabar The New York Times atas laporannya.", "DISAPPROVE")
    assert [r for _t, _a, r in found] == ["The New York Times"]
