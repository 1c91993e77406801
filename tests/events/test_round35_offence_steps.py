"""Round 35 (issue #12): the offence steps reinstated (events/steps.py), with two additions.

- Making contraband is a step of the offence when the offender does it: a verb of making
  (`membuat`, `merakit`, `mencetak`: words.json `offence_make_steps`) followed by contraband
  (`senjata api`, `bom`, `uang palsu`: `contraband`); making anything else (`membuat laporan`) is none.
- A harmful passive is a step on the victim only when the victim is its own subject, not an
  earlier verb's (`warga dibunuh, mayatnya dibuang`: the body is thrown).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

_STORY = (
    "Lampung - Polisi menangkap seorang pria berinisial YIK (31), warga Jabung, Lampung Timur, di "
    "rumahnya pada Senin sore. "
)


def _crimes(text: str) -> list[str]:
    return [t for t, _a, _r in acts(_STORY + text, "CRIME")]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Pelaku membuat senjata api dengan cara meniru senjata rakitan milik kakaknya.", "membuat"),
        ("Tersangka merakit bom di gudang belakang rumahnya.", "merakit"),
        ("Menurut polisi, tersangka mencetak uang palsu pecahan Rp 100 ribu di kamarnya.", "mencetak"),
    ],
)
def test_making_contraband_is_a_step(sentence: str, trigger: str) -> None:
    assert _crimes(sentence) == [trigger]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pelaku membuat pengakuan di hadapan penyidik.",  # making a statement
        "Tersangka membuat warga sekitar resah selama berbulan-bulan.",  # nothing made
        "Pelaku tidak membuat senjata api itu sendiri.",  # negated
    ],
)
def test_making_other_things_is_no_step(sentence: str) -> None:
    assert _crimes(sentence) == []


def test_the_victims_own_passive_only() -> None:
    text = (
        "Jakarta - Polisi menangkap tiga orang terkait kasus penganiayaan di Bekasi. Menurut saksi, "
        "korban dianiaya mayatnya dibuang ke sungai."
    )
    assert [t for t, _a, _r in acts(text, "CRIME")] == []
