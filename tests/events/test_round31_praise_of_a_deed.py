"""Round 31 (events parties): praise of a thing someone did is praise of them (events/parties.py
`_done_by` from a SUPPORT's object, GUIDELINES `events`: the recipient is who is praised). `X
mengapresiasi pencapaian yang telah diraih oleh Y` gives Y, past an adverb between `yang` and the
passive; a conditional conjunction ends the doer's phrase (words.json `phrase_cut`: `asalkan`).
Sentences written here in the shapes of Indonesian news.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import parties  # noqa: E402


def test_praise_of_an_achievement_is_of_its_doer() -> None:
    text = (
        "Kapolda Sumatera Selatan Irjen Andi Rian meninjau Mapolres Ogan Ilir. "
        "Andi juga mengapresiasi sejumlah prestasi yang telah diraih oleh Polres Ogan Ilir selama setahun terakhir."
    )
    _, recipient = parties(text, "SUPPORT", "mengapresiasi")
    assert recipient == "Polres Ogan Ilir"


def test_doer_phrase_ends_before_asalkan() -> None:
    text = (
        "Gubernur Jawa Tengah Ahmad Luthfi meninjau pasar murah di Semarang. "
        "Luthfi mengaku mendukung program yang dijalankan oleh para petani muda asalkan hasilnya dijual di pasar lokal."
    )
    _, recipient = parties(text, "SUPPORT", "mendukung")
    assert recipient == "petani muda"
