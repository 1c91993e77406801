"""Round 35 (events parties): an occupation described and pointed back to with a demonstrative
(`Mantan perawat National Hospital Surabaya ini`, `Pemain kelahiran Tulehu ini`, `selebritas asal
Yogyakarta itu`) is the person the story is about, as `Pria asal Gorontalo itu` already was; before,
the phrase was kept (`selebritas asal Yogyakarta`) or gave the place in it (`Tulehu`, a `Surabaya`
the entities layer took for a person). Read only for the occupations of parties.json
`described_occupations`, past a `mantan` (the one the occupation was). Sentences written here in
the shapes of Indonesian news.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import parties  # noqa: E402


def test_a_player_described_by_his_birthplace() -> None:
    text = (
        "Komisi Disiplin PSSI menjatuhkan sanksi larangan bermain empat laga kepada Abduh Lestaluhu. "
        "Pemain kelahiran Tulehu ini juga didenda Rp 10 juta."
    )
    _, recipient = parties(text, "SANCTION", "didenda")
    assert recipient == "Abduh Lestaluhu"


def test_a_former_nurse_examined() -> None:
    text = (
        "Zunaidi Abdillah, pelaku pelecehan terhadap pasien, ditetapkan sebagai tersangka oleh Polrestabes "
        "Surabaya. Mantan perawat rumah sakit swasta di Surabaya ini telah menjalani pemeriksaan 24 jam di "
        "Unit PPA Polrestabes Surabaya."
    )
    _, recipient = parties(text, "INVESTIGATE", "pemeriksaan")
    assert recipient == "Zunaidi Abdillah"
