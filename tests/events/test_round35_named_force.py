"""Round 35 (events parties): a generic `polisi`/`kepolisian` stands for the force the story names
(round 26's rule for arrests, inquiries and sanctions) also when the police shoot a fleeing suspect
(`dilumpuhkan`, `ditembak`), make an appeal or order (`polisi mengimbau agar …`), mobilise or
cooperate (parties.json `body_types`); not for an officer's own offence. A body named after the
police but not one (`Korps Sukarelawan Akademi Polisi`, `Akademi Polisi`) is no force that arrests,
and a force read as the one acted on does not act on itself. Sentences written here in the shapes
of Indonesian news.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import parties  # noqa: E402


def test_a_suspect_shot_by_the_story_force() -> None:
    text = (
        "Polresta Mataram menangkap seorang pria berinisial SF alias Berangus (28), pelaku pencurian sepeda "
        "motor di Kecamatan Praya Timur. Berangus ditembak polisi di bagian kaki karena melawan saat akan "
        "ditangkap."
    )
    actor, _ = parties(text, "ASSAULT", "ditembak")
    assert actor == "Polresta Mataram"


def test_an_appeal_by_the_story_force() -> None:
    text = (
        "Polres Metro Jakarta Selatan menangkap dua pelaku pencurian dengan modus pecah kaca mobil di kawasan "
        "Kemang. Oleh sebab itu, polisi mengimbau agar nasabah meminta pengawalan saat mengambil uang dalam "
        "jumlah besar."
    )
    actor, _ = parties(text, "DEMAND", "mengimbau")
    assert actor == "Polres Metro Jakarta Selatan"


def test_a_police_academy_corps_is_no_force() -> None:
    text = (
        "Kepolisian Malaysia bekerja sama dengan beberapa universitas untuk memberantas paham radikal. "
        "Korps Sukarelawan Akademi Polisi ikut memberi penyuluhan kepada mahasiswa. Korps Sukarelawan "
        "Akademi Polisi juga menggelar pelatihan di kampus. Hingga saat ini, kepolisian sudah membekuk 15 "
        "orang terkait serangan tersebut."
    )
    actor, _ = parties(text, "COERCE", "membekuk")
    assert actor == "Kepolisian Malaysia"
