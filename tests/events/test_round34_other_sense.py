"""Round 34 (issue #12): act words in another sense — a statute's `menyerang kehormatan atau nama
baik` (defamation), `menyabet piala` (winning), `memanggil kenangan` (calling up memories),
`dituntut bisa/ekstra` (being required to) — are no attack, summons or demand; the act words
themselves still are."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    ("text", "type"),
    [
        (
            "Jakarta - Setiap Orang yang dengan sengaja menyerang kehormatan orang lain dapat dipidana, kata "
            "pakar hukum Andi Hamzah.",
            "ASSAULT",
        ),
        ("Los Angeles - Aktris Emma Stone menyabet piala Oscar untuk kategori Aktris Terbaik.", "ASSAULT"),
        ("Jakarta - Secara keseluruhan, sekuel itu memanggil kenangan penonton akan seri pertamanya.", "INVESTIGATE"),
        ("Jakarta - Seorang perawat dituntut bisa bekerja cepat di ruang gawat darurat.", "DEMAND"),
    ],
)
def test_a_word_in_another_sense_is_no_act(text: str, type: str) -> None:
    assert acts(text, type) == []


@pytest.mark.parametrize(
    ("text", "type", "trigger"),
    [
        ("Jakarta - Seorang pria menyerang petugas keamanan di depan kantor bank.", "ASSAULT", "menyerang"),
        ("Jakarta - Penyidik KPK memanggil Bupati Sleman sebagai saksi, Senin.", "INVESTIGATE", "memanggil"),
    ],
)
def test_the_act_itself_still_is(text: str, type: str, trigger: str) -> None:
    assert [x[0] for x in acts(text, type)][:1] == [trigger]
