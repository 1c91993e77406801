"""Round 28 (issue #12): offence steps — each act of a crime told in its own sentence is its own
CRIME event (GUIDELINES.md `events`), also in a plain verb, when the offender does it in a story of
a crime (events/steps.py): the offender the subject (`pelaku menjual …`), the agent of a passive
(`dibawa kabur oleh komplotan`), or the victim the passive's subject with no one else named. Not a
step: a joint act with the victim, a relative clause on the offender, a negated or planned act, a
victim taken to hospital, and a plain verb in a story of no crime.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

_STORY = (
    "Bandung - Polisi menangkap dua pria yang diduga mencuri sepeda motor milik seorang mahasiswa di "
    "Coblong. Kedua tersangka diamankan di rumah kontrakan mereka pada Selasa malam. "
)


def _steps(text: str) -> list[str]:
    return [t for t, _a, _r in acts(_STORY + text, "CRIME") if not t.startswith(("mencuri", "pencurian"))]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Setelah itu, kedua tersangka menjual motor curian tersebut lewat media sosial.", "menjual"),
        ("Kunci kontak motor korban sempat diambil oleh komplotan itu dari meja.", "diambil"),
        ("Tersangka AR kemudian menyembunyikan motor itu di gudang milik kerabatnya.", "menyembunyikan"),
    ],
)
def test_the_offenders_step_is_a_crime(sentence: str, trigger: str) -> None:
    assert _steps(sentence) == [trigger]


@pytest.mark.parametrize(
    "sentence",
    [
        "Korban dan tersangka sebelumnya sempat menjual barang bekas bersama di pasar.",  # a joint act
        "Polisi masih memburu pelaku yang menjual motor curian itu.",  # a relative clause
        "Tersangka tidak sempat menjual motor tersebut.",  # negated
        "Tersangka berencana menjual motor itu ke luar kota.",  # planned
        "Korban kemudian dibawa ke rumah sakit terdekat.",  # taken for care
    ],
)
def test_no_step(sentence: str) -> None:
    assert _steps(sentence) == []


def test_no_story_of_a_crime() -> None:
    text = (
        "Jakarta - Pelaku usaha kecil di Pasar Tanah Abang menjual pakaian muslim dengan diskon besar "
        "menjelang Lebaran. Para pedagang mengaku omzet naik dua kali lipat."
    )
    assert acts(text, "CRIME") == []
