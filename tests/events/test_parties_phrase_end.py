"""A party's noun phrase ends before an amount (`senilai`, `seharga`) or a sentence adverb
(`sebenarnya`, `sesungguhnya`): GUIDELINES' shortest identifying phrase. Sentences written here,
in the shapes of Indonesian news."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


def test_the_one_acted_on_ends_before_an_amount() -> None:
    found = acts("Seorang pria yang mengaku anggota TNI menipu pedagang senilai Rp 25 juta di Pasar Baru.", "CRIME")
    assert [r for _t, _a, r in found] == ["pedagang"]


def test_the_actor_ends_before_a_sentence_adverb() -> None:
    found = acts("Pengacara Andi Wijaya sebenarnya menuntut ganti rugi tiga kali lipat dari jumlah itu.", "DEMAND")
    assert [a for _t, a, _r in found] == ["Pengacara Andi Wijaya"]
