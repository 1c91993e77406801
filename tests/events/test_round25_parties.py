"""Round 25 (events parties), from the errors of the opened blind sets (events_heldout15-20), each
class with sentences written here in the shapes of Indonesian news.

- A counted group pronoun (`keduanya`, `ketiganya`) after a list of as many names (`tiga tersangka
  berinisial AR, BS, dan CK. Ketiganya ditangkap`, `menemukan Bima dan Eko. … Keduanya meminta
  maaf`) is that list, named by its first name, not the one acted on in the story's last act nor
  the last speaker.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


def test_counted_group_passive_is_the_list_just_named() -> None:
    text = (
        "Kejaksaan Negeri Garut sebelumnya telah menetapkan tersangka berinisial HS dalam kasus korupsi "
        "dana desa. Kepala Seksi Pidana Khusus Rudi Hartono menyebut tiga tersangka baru berinisial AR, "
        "BS, dan CK. Ketiganya ditahan di Lapas Garut selama 20 hari ke depan."
    )
    held = [r for t, _a, r in acts(text, "COERCE") if t == "ditahan"]
    assert held == ["AR"], acts(text, "COERCE")


def test_counted_group_subject_is_the_pair_named_before() -> None:
    text = (
        "Polda Metro Jaya menemukan Andi Saputra dan Rizky Maulana yang dilaporkan hilang sejak "
        "pekan lalu. Andi ditemukan di Bandung, sementara Rizky ditemukan di Cirebon. Keduanya "
        "mengaku pergi atas keinginan sendiri. Keduanya juga meminta maaf kepada keluarga."
    )
    found = acts(text, "CONCEDE")
    assert found and found[0][1] == "Andi Saputra", found
