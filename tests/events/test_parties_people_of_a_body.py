"""A noun of people before a body's name (`para pendukung PSSI`, `seluruh kader Golkar`, `petinggi
Garuda`) names those people, not the body: GUIDELINES names a party as a quote speaker, by the
shortest identifying phrase (`pejabat Amerika Serikat`). A quantifier before the noun (`seluruh`,
`semua`) is no head of its own, and `hingga`/`sampai` end a party. Sentences written here, in the
shapes of Indonesian news."""

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
            "Ribuan suporter Persebaya mendesak PSSI untuk segera menggelar kongres luar biasa.",
            "DEMAND",
            "Ribuan suporter Persebaya",
        ),
        (
            "Para penggemar Arsenal mengecam keputusan manajemen yang menjual pemain andalan mereka.",
            "DISAPPROVE",
            "penggemar Arsenal",
        ),
    ],
)
def test_people_of_a_body_act(text: str, type: str, actor: str) -> None:
    assert [a for _t, a, _r in acts(text, type)] == [actor]


@pytest.mark.parametrize(
    "text, type, recipient",
    [
        (
            "Ketua Umum Partai Golkar Bahlil Lahadalia meminta agar seluruh kader Golkar menjaga persatuan.",
            "DEMAND",
            "seluruh kader Golkar",
        ),
        (
            "Dalam rapat itu, Menteri BUMN menegur keras petinggi Garuda Indonesia soal keterlambatan.",
            "DISAPPROVE",
            "petinggi Garuda Indonesia",
        ),
    ],
)
def test_people_of_a_body_acted_on(text: str, type: str, recipient: str) -> None:
    assert [r for _t, _a, r in acts(text, type)] == [recipient]


def test_hingga_ends_a_party() -> None:
    text = "Kawanan begal itu menyerang korban hingga terkapar di pinggir jalan Cibinong."
    assert [r for _t, _a, r in acts(text, "ASSAULT")] == ["korban"]
