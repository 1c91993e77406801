"""Round 34 (events parties): a matter of someone's written before them stands for them. A party
read as `maksud dua anggota geng motor`, `jumlah pegawai pajak`, `tekanan massa` or `rencana
Pemerintah` named the matter (their intent, number, pressure, plan) instead of the people or body
whose it is; the owner after the matter is now the party, actor or recipient (parties.json
`matter_heads`, `Parties._possessor`). Sentences written here in the shapes of Indonesian news.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import parties  # noqa: E402


def test_an_inquiry_into_the_intent_of_people() -> None:
    text = "Polisi masih mendalami maksud dua anggota geng motor itu membawa parang ke kampus."
    _, recipient = parties(text, "INVESTIGATE", "mendalami")
    assert recipient == "dua anggota geng motor"


def test_the_number_of_people_examined() -> None:
    text = "Menurut Budi, jumlah pegawai bea cukai yang diperiksa masih bisa bertambah pekan depan."
    _, recipient = parties(text, "INVESTIGATE", "diperiksa")
    assert recipient == "pegawai bea cukai"


def test_pressure_of_a_crowd_that_pushes() -> None:
    text = (
        "Pengamat itu menilai majelis hakim terpengaruh tekanan massa yang mendorong Bupati Andi untuk segera ditahan."
    )
    actor, _ = parties(text, "DEMAND", "mendorong")
    assert actor == "massa"
