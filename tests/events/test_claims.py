"""A claim (`menuntut`) is a demand by whoever makes it, though the one it is made of is
usually left unwritten; a request (`meminta`) still needs someone asked, and a thing that
is claimed (`yang dituntut`) is no act. Sentences written here, in the shapes of Indonesian news."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Serikat Pekerja Nasional menuntut kenaikan upah minimum sebesar 10 persen.", "Serikat Pekerja Nasional"),
        (
            "Keluarga korban menuntut agar pelaku penganiayaan dihukum seberat-beratnya, kata kuasa hukumnya.",
            "Keluarga korban",
        ),
        ("Kuasa hukum Budi Santoso menuntut ganti rugi Rp 1 miliar atas penahanan kliennya.", "Budi Santoso"),
    ],
)
def test_a_claim_with_no_one_named_is_a_demand(text: str, actor: str) -> None:
    found = acts(text, "DEMAND")
    assert [a for _t, a, _r in found] == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "Masalah yang dituntut oleh warga berada di luar kewenangan kantor pertanahan.",
        "Kepala dinas itu meminta dengan tegas.",
    ],
)
def test_a_thing_claimed_or_a_request_of_no_one_is_no_demand(text: str) -> None:
    assert acts(text, "DEMAND") == []
