"""`kepada`/`terhadap` after a long object phrase still marks the one acted on, as long as the phrase
runs on without a comma, a stop or another verb (`menjatuhkan sanksi peringatan keras terakhir dan
pemberhentian dari jabatan ketua kepada X`); a role noun shaped like a verb (`teradu`, `pengadu`,
`terdakwa`) opens a party, not a clause. Sentences written here, in the shapes of Indonesian news."""

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
            "DKPP menjatuhkan sanksi peringatan keras terakhir dan pemberhentian dari jabatan ketua kepada "
            "teradu Rudi Hartono.",
            "Rudi Hartono",
        ),
        ("DKPP menjatuhkan sanksi peringatan keras kepada teradu Rudi Hartono.", "Rudi Hartono"),
    ],
)
def test_the_one_sanctioned_after_a_long_object(text: str, recipient: str) -> None:
    assert [r for _t, _a, r in acts(text, "SANCTION")] == [recipient]


def test_a_comma_ends_the_object_phrase() -> None:
    # the `kepada` past the comma is where the report went, not the one sanctioned
    found = acts(
        "Inspektorat menjatuhkan sanksi administratif dan teguran tertulis bagi pegawai itu, lalu melapor "
        "kepada Bupati Hendra Wijaya.",
        "SANCTION",
    )
    assert all(r != "Hendra Wijaya" for _t, _a, r in found), found
