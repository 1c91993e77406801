"""Round 31 (issue #12): `melepaskan`/`melepas`/`dilepaskan` is a release (PLOVER RETREAT: a prisoner,
a hostage set free) only when the one let go is someone — a person the article names, a noun of people
or captives, a pronoun. Letting go of a thing (`melepaskan cairan`, `melepas anak panah`, `melepaskan
kemudi`) or of nothing named (`belajar melepaskan`) is another sense, no act.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta, CNN Indonesia -- Dalam upacara pembukaan, Wali Kota melepas ratusan balon ke udara "
        "yang disambut tepuk tangan penonton.",
        "Jakarta - Penyanyi itu mengaku kini belajar melepaskan dan tidak lagi memikirkan komentar warganet.",
        "Jakarta - Saat merayakan gelar juara, pembalap asal Spanyol itu sempat melepaskan kemudi dan "
        "melambaikan tangan kepada penonton.",
    ],
)
def test_letting_go_of_a_thing_is_no_release(text: str) -> None:
    assert acts(text, "RETREAT") == []


@pytest.mark.parametrize(
    ("text", "freed"),
    [
        (
            "Jakarta, CNN Indonesia -- Pemerintah Israel melepaskan 26 tahanan Palestina pada Selasa malam "
            "sebagai bagian dari kesepakatan damai.",
            "tahanan",
        ),
        (
            "Jakarta - Kelompok bersenjata di Filipina selatan melepaskan tujuh ABK asal Indonesia yang "
            "disandera sejak Juni.",
            "ABK",
        ),
    ],
)
def test_letting_someone_go_is_a_release(text: str, freed: str) -> None:
    found = acts(text, "RETREAT")
    assert found and freed in (found[0][2] or "")


def test_let_go_from_custody_is_a_release() -> None:
    text = (
        "Jakarta, CNN Indonesia -- Penyanyi rap itu ditahan polisi Texas pada Sabtu malam. Berdasarkan "
        "catatan penjara, pria bernama asli Marcus Dwayne Hill itu kemudian dilepaskan dari tahanan "
        "keesokan harinya."
    )
    assert [x[0] for x in acts(text, "RETREAT")] == ["dilepaskan"]
