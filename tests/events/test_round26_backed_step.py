"""Round 26 (issue #12, events recall): support of a step past a preposition or of a campaign.

A named person or body backing a step is SUPPORT though no one is its recipient (``_backs_a_step``):
also when a preposition stands between (`mendukung penuh terhadap program …`) and when the step is a
campaign (`mendukung kampanye …`, words.json ``step_nouns``, ``backed_preps``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    ("text", "backer"),
    [
        (
            "Bandung - Gubernur Jawa Barat Dedi Mulyadi mendukung kampanye gemar membaca yang digagas sekolah itu.",
            "Dedi Mulyadi",
        ),
        (
            "Bogor - Wali Kota Bogor Dedie Rachim mendukung penuh terhadap program makan bergizi gratis di sekolah.",
            "Dedie Rachim",
        ),
        (
            "Bogor - Wali Kota Bogor Dedie Rachim mendukung terhadap program makan bergizi gratis di sekolah.",
            "Dedie Rachim",
        ),
    ],
)
def test_a_step_backed(text: str, backer: str) -> None:
    assert ("mendukung", backer, None) in acts(text, "SUPPORT")


def test_a_thing_backed_is_no_step() -> None:
    text = "Bogor - Wali Kota Bogor Dedie Rachim mendukung terhadap gedung baru di pusat kota."
    assert acts(text, "SUPPORT") == []
