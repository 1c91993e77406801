"""Round 37 (events parties): who a passive acts on, read where the subject reader stopped.

A count or a matter heading the phrase a `yang` clause hangs on (`total orang yang ditangkap`, `status
hukum para pihak yang diamankan`) is not who the clause is about: the people later in the phrase are
(`Parties._people_within`, from `_relative_head`); a name or a body inside the phrase is not (`Peraturan
Partai yang wajib dijalankan`). And a quote's speaker who says `saya`/`aku` right before a passive verb
is the one acted on (`"Saya sudah dipanggil ke polisi …," ucap X`; `Parties._self_before`). Sentences
written here in the shapes of Indonesian news.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import parties  # noqa: E402


def test_the_people_counted_are_the_ones_arrested() -> None:
    text = (
        "KPK menggelar operasi tangkap tangan di Kendari pada Kamis malam.\n\n"
        "KPK belum menjelaskan total orang yang ditangkap dalam tangkap tangan di Sultra."
    )
    _, recipient = parties(text, "COERCE", "ditangkap")
    assert recipient == "orang"


def test_the_parties_whose_status_is_decided_are_the_ones_held() -> None:
    text = (
        "Tim Satgas KPK membawa lima orang ke Gedung Merah Putih KPK di Jakarta.\n\n"
        "KPK memiliki waktu paling lama 1x24 jam, sebelum menentukan status hukum para pihak yang diamankan ini."
    )
    _, recipient = parties(text, "COERCE", "diamankan")
    assert recipient == "pihak"


def test_a_speaker_saying_saya_is_the_one_summoned() -> None:
    text = (
        "Kepala MTSN 1 Konawe Nyuheri Slamet membenarkan kasus itu sedang diselidiki polisi.\n\n"
        '"Saya sudah dipanggil ke polisi untuk memberikan keterangan, kami tidak menutupi apapun," ucap Nyuheri.'
    )
    _, recipient = parties(text, "INVESTIGATE", "dipanggil")
    assert recipient == "Nyuheri Slamet"
