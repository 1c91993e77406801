"""Round 27 (issue #12): a moment of play in a match report is no act.

In a match report (six or more words of competition in the article) a sentence that tells a moment of
play in words that elsewhere mean something else — shots (`tembakan`), a tackle (`tekel`), a draw
(`imbang`), a card (`kartu kuning`), an injury (`cedera`) — or by a score (`2 - 2`) reads its force and
retreat verbs as play, as a sentence with a play word (`gawang`, `gol`) already did; a link-up of two
players is no cooperation, and a side that `menggusur` another in a match report takes its place in
the table. Gunfire outside a match report is still an assault.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

_MATCH = (
    "Bandung - Persib Bandung menjamu Persija Jakarta pada laga pekan ke-20 Liga 1 di Stadion Si Jalak "
    "Harupat. Pelatih Persib menurunkan pemain terbaiknya dan klub tamu datang dengan skuat lengkap. "
    "Pertandingan berjalan ketat sejak babak pertama. "
)


@pytest.mark.parametrize(
    ("sentence", "type"),
    [
        ("Persib mendominasi dan melepaskan 14 tembakan, lima di antaranya mengarah tepat sasaran.", "RETREAT"),
        ("Persib akhirnya ditahan Persija 1 - 1 hingga wasit meniup peluit panjang.", "COERCE"),
        ("Empat dari sembilan tekel yang dilepaskan Marc Klok berhasil memutus aliran serangan lawan.", "RETREAT"),
        (
            "Ciro Alves lalu berkolaborasi dengan David da Silva untuk membongkar pertahanan, skor pun 2 - 0.",
            "COOPERATE",
        ),
        ("Bek Persija Rizky Ridho diusir wasit pada menit ke-70 setelah menerima kartu kuning kedua.", "COERCE"),
        ("Dua pemain Persib masih absen karena dibekap cedera sejak pekan lalu.", "ASSAULT"),
        ("Kemenangan itu membuat Persib naik ke posisi tiga, menggusur Bali United.", "COERCE"),
    ],
)
def test_a_moment_of_play_is_no_act(sentence: str, type: str) -> None:
    assert acts(_MATCH + sentence, type) == []


def test_gunfire_outside_a_match_is_an_assault() -> None:
    text = (
        "Jakarta - Polisi menyelidiki penembakan di sebuah kafe di Jakarta Selatan. Menurut saksi, seorang "
        "pria bertopeng masuk ke kafe itu dan melepaskan tembakan ke arah pengunjung."
    )
    assert acts(text, "ASSAULT"), "gunfire at people outside a match is an act"
