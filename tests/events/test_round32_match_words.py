"""Round 32 (issue #12): in a match report (six or more words of competition), a promising start
(`menjanjikan`), a trophy carried off (`menggondol`), a side pressing another (`mengancam`), never giving
up (`pantang menyerah`) and a call-up (`dipanggil`) are play, not an agreement, a theft, a threat, a
concession or a summons (GUIDELINES: sport is not coded). Outside a match report they stay acts.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

_MATCH = (
    "Jakarta - Laga pekan ke-12 Liga Inggris antara Arsenal dan Everton berakhir imbang. Pelatih kedua klub "
    "menurunkan pemain terbaik, dan kiper Everton tampil gemilang menjaga gawang sepanjang pertandingan. "
    "Hasil itu membuat posisi Arsenal di klasemen turun. "
)


@pytest.mark.parametrize(
    ("sentence", "type"),
    [
        ("Awalnya Arsenal menjanjikan dengan dua peluang emas ketika laga baru berlangsung dua menit.", "AGREE"),
        ("Musim lalu Everton hanya mampu menggondol satu trofi Piala Liga.", "CRIME"),
        ("Mereka mengancam Everton lewat serangan balik yang cepat dari sayap kanan.", "THREATEN"),
        ("Para pemain Everton yang pantang menyerah terus menekan hingga menit akhir.", "CONCEDE"),
        ("Bek muda itu dipanggil oleh pelatih tim nasional untuk laga persahabatan bulan depan.", "INVESTIGATE"),
    ],
)
def test_play_in_a_match_report_is_no_act(sentence: str, type: str) -> None:
    assert acts(_MATCH + sentence, type) == []


def test_a_threat_outside_a_match_report_stays() -> None:
    text = (
        "Jakarta - Kelompok bersenjata di perbatasan mengancam warga desa agar meninggalkan rumah mereka "
        "sebelum akhir pekan, kata kepala desa setempat."
    )
    assert [x[0] for x in acts(text, "THREATEN")][:1] == ["mengancam"]
