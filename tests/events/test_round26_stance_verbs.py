"""Round 26 (issue #12, events recall): stances said in words the lexicon lacked.

Respect or welcome for a ruling (`menghormati putusan`, `menghormati keputusan`, `menyambut baik`) is
SUPPORT (verbs.tsv). A complaint about a situation (`mengeluhkan`) stays no event (round 9).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

LEAD = "Jakarta - Sidang uji materi itu berakhir Kamis (6/11). "


def test_respect_for_a_ruling() -> None:
    text = LEAD + "Ketua KPU Mochammad Afifuddin menghormati putusan Mahkamah Konstitusi soal ambang batas pencalonan."
    assert any(t == "menghormati putusan" and a == "Mochammad Afifuddin" for t, a, _r in acts(text, "SUPPORT"))


def test_welcoming_a_decision() -> None:
    text = LEAD + "Gubernur Jawa Barat Dedi Mulyadi menyambut baik keputusan Mahkamah Konstitusi tersebut."
    assert any(t == "menyambut baik" and a == "Dedi Mulyadi" for t, a, _r in acts(text, "SUPPORT"))
