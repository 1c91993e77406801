"""Round 28 (issue #12): detection — acts the layer missed for a shape of a whole family.

- *the one asked named at length*: a verb of asking whose addressee carries a relative clause before
  `agar`/`supaya`/`untuk` (`meminta para kepala sekolah yang belum melapor untuk …`) is a demand of
  them; a thing with a relative clause (`mendorong aturan yang … agar`) is still no one asked.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

_OPENING = "Surabaya - Dinas Pendidikan Jawa Timur menggelar rapat evaluasi program sekolah gratis. "


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        (
            "Kepala Dinas Pendidikan Aries Agung Paewai meminta para kepala sekolah yang belum menyerahkan "
            "laporan keuangan untuk segera melengkapinya.",
            "kepala sekolah",
        ),
        (
            "Gubernur Khofifah mengimbau sejumlah pengelola yayasan pendidikan yang menerima dana hibah "
            "agar membuka laporan penggunaannya.",
            "pengelola yayasan pendidikan",
        ),
    ],
)
def test_one_asked_with_a_relative_clause(sentence: str, asked: str) -> None:
    found = acts(_OPENING + sentence, "DEMAND")
    assert len(found) == 1
    assert found[0][2] is not None and asked in found[0][2]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dewan Pendidikan mendorong aturan zonasi yang selama ini membingungkan orang tua murid agar segera "
        "diperbaiki.",
        "Ketua Komisi E DPRD Jatim mendorong peraturan gubernur yang belum selaras dengan undang-undang agar "
        "segera direvisi.",
    ],
)
def test_a_thing_with_a_relative_clause_is_no_one_asked(sentence: str) -> None:
    assert acts(_OPENING + sentence, "DEMAND") == []
