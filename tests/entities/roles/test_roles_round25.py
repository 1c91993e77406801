"""Round 25 (issue #16): role classes found in the errors of the opened blind sets and confirmed on
the mining pool, each tested on sentences written for its shape."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (taggedcases)
from taggedcases import labelled_roles as _entities  # noqa: E402


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a tie to kin in `-nya` set off before the name: no title or job (GUIDELINES)
        (
            "Petinju Hendrik Wolanski menyesal, sebab adiknya, Marius Wolanski, ikut menonton dari tepi ring.",
            "Marius Wolanski",
        ),
        (
            "Sidang perceraian Bambang Suryadi digelar Senin. Bambang menggugat cerai istrinya, "
            "Ratna Kusumawati, di Pengadilan Agama Bekasi.",
            "Ratna Kusumawati",
        ),
        # a peer in `-nya`, the tie written with a word after it
        (
            "Pebalap Kevin Ardiansyah finis di urutan keempat. Rekan setimnya, Andi Saputra, "
            "gagal menyelesaikan lomba. Andi mengaku kecewa.",
            "Andi Saputra",
        ),
        # the tie after the name
        (
            "Pengusaha Hendra Gunawan hadir di pesta itu. Lestari Wulandari, istrinya, mengenakan kebaya merah.",
            "Lestari Wulandari",
        ),
    ],
)
def test_kin_tie_in_nya_is_no_role(text: str, name: str) -> None:
    assert _entities(text)[name][1] is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a working tie in `-nya` names whose it is
        (
            "Penyanyi Dewi Anggraini akan memenuhi panggilan polisi, kata pengacaranya, Rudi Pratama, kepada wartawan.",
            "Rudi Pratama",
            "pengacara Dewi Anggraini",
        ),
        (
            "Menteri Agus Salim didampingi asistennya, Rudi Pratama, saat meninjau pasar.",
            "Rudi Pratama",
            "asisten Agus Salim",
        ),
        # a tie to kin written with the person it is toward stays
        (
            "Rumah itu dijaga ketat. Adik Anniesa Rahmawati, Kiki Rahmawati, ikut diperiksa polisi.",
            "Kiki Rahmawati",
            "Adik Anniesa Rahmawati",
        ),
    ],
)
def test_other_ties_keep_their_role(text: str, name: str, role: str) -> None:
    assert _entities(text)[name][1] == role
