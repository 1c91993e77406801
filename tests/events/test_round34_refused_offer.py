"""Round 34 (issue #12): a named person or body refusing something offered or brought against them
(a chance, a script, a contract, a charge) is a refusal (REJECT) though no one is named as its
recipient: `menolak mentah-mentah kesempatan tampil`, `kami menolak skripnya`, `menolak surat
dakwaan`. A refusal of nothing in particular by no one named stays out."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta - Penyanyi Raisa Andriana menolak mentah-mentah kesempatan untuk tampil dalam acara "
        "pencarian bakat itu.",
        "Jakarta - Terdakwa Budi Santoso menyatakan menolak surat dakwaan yang dibacakan di persidangan.",
        "Madrid - Gelandang Luka Modric menolak kontrak baru yang disodorkan klub asal Arab Saudi itu.",
    ],
)
def test_a_named_refusal_of_an_offer_is_an_act(text: str) -> None:
    assert [x[0] for x in acts(text, "REJECT")] == ["menolak"]


def test_no_one_named_refuses_nothing() -> None:
    assert acts("Jakarta - Sebagian orang menolak kesempatan itu karena takut.", "REJECT") == []
