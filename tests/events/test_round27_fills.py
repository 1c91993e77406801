"""Round 27 (events parties): two more shapes of the learned party chooser's actor fills (events/ranker.py)
that were wrong on the mining pool (sentences written here in the shapes of Indonesian news):

- a phrase opening with a pronoun the rules could not resolve (`Ia datang untuk`, `Mereka`, `ia`) is no
  name to show: it is read as the actor of the act told just before, else left empty;
- the party written before an agentless di- passive is the one acted on, or a name inside its phrase,
  not the doer (`BPR, emiten, dan perusahaan publik diminta …`): the actor stays empty;

and a party phrase opening with a unit acting for a body (`tim Densus 88`) is that body (parties.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


def _actor(text: str, type: str, trigger: str) -> str | None:
    found = [x for x in acts(text, type) if x[0] == trigger]
    assert found, acts(text, type)
    return found[0][1]


def test_pronoun_fill_is_the_actor_of_the_act_before() -> None:
    text = (
        "Budi Santoso bertemu dengan penyidik Polda Jawa Timur pada Senin (6/10/2025). Ia datang untuk "
        "melaporkan penganiayaan yang dilakukan terhadap Rudi oleh oknum anggota Satpol PP."
    )
    assert _actor(text, "DISAPPROVE", "melaporkan") == "Budi Santoso"


def test_pronoun_fill_with_no_act_before_is_left_empty() -> None:
    text = (
        "Pengacara keluarga korban, Budi Santoso, menyambangi Mapolda Jawa Timur pada Senin (6/10/2025). Ia "
        "datang untuk melaporkan penganiayaan yang dilakukan terhadap Rudi oleh oknum anggota Satpol PP."
    )
    assert _actor(text, "DISAPPROVE", "melaporkan") is None


@pytest.mark.parametrize(
    ("text", "type", "trigger"),
    [
        (  # the first of the ones asked
            "Dikutip dari rancangan peraturan, BPR, emiten, dan perusahaan publik diminta memberlakukan prinsip "
            "keuangan berkelanjutan mulai 1 Januari 2026.",
            "DEMAND",
            "diminta",
        ),
        (  # a body named before what was misused
            "Kemenkeu dan Badan Pemeriksa Keuangan (BPK) juga menelusuri anggaran daerah, ditengarai ada lebih "
            "dari 300 proyek dana desa disalahgunakan.",
            "CRIME",
            "disalahgunakan",
        ),
    ],
)
def test_no_fill_before_an_agentless_passive(text: str, type: str, trigger: str) -> None:
    assert _actor(text, type, trigger) is None


def test_a_team_acts_for_the_body_named_after_it() -> None:
    # `tim X`: the team does what its body does, and the party is named as the body (words.json unit_nouns)
    text = (
        "Saat ini tim Densus 88 masih melakukan pemeriksaan terhadap dua terduga teroris yang ditangkap di Sukoharjo."
    )
    assert _actor(text, "INVESTIGATE", "pemeriksaan") == "Densus 88"
