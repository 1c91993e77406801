"""One acted on who is only described (`seorang buron`, `tersangka`, `dua kapal`) is the one the clause
names further on, after `berinisial`, `bernama`, `yaitu` or `yakni` (GUIDELINES `events`: the party as a
quote speaker is named, not its description). Sentences written here, in the shapes of Indonesian news."""

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
            "Polres Malang telah menetapkan tersangka berinisial DWS yang bekerja sebagai bendahara desa.",
            "DWS",
        ),
        (
            "Kejaksaan Negeri Bandung memburu seorang terpidana korupsi yang sudah masuk daftar pencarian orang "
            "(DPO) berinisial HK.",
            "HK",
        ),
        (
            "TNI AL menangkap dua kapal pencuri ikan berbendera Vietnam di Laut Natuna Utara. "
            "Pada pekan berikutnya, tiga kapal lagi ditangkap yaitu Hai Xiang 8 dan Jin Feng 21.",
            "Hai Xiang 8",
        ),
    ],
)
def test_a_described_party_is_the_one_named_further_on(text: str, recipient: str) -> None:
    found = acts(text, "COERCE")
    assert found and found[-1][2] == recipient


@pytest.mark.parametrize(
    "text, recipient",
    [
        # a name already read stays; a name past a comma is another clause's
        ("Polisi menangkap Budi Santoso di rumahnya yaitu di Desa Sukamaju.", "Budi Santoso"),
        ("Polisi menangkap seorang pemuda, lalu memeriksa saksi bernama Andi.", "pemuda"),
    ],
)
def test_no_name_is_taken_past_the_clause(text: str, recipient: str) -> None:
    found = acts(text, "COERCE")
    assert found and found[0][2] == recipient
