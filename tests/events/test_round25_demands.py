"""Round 25 (issue #12, events recall): demands with no one named to meet them.

A named party asking that a step be taken is a DEMAND though no one is named to take it
(`events._demand_of_a_step`, round 23): round 25 reads the verb of asking alone before `agar`
(`menyerukan agar …`), passes over a bracketed gloss in the step's clause (`pendanaan iklim
(climate finance) dapat diakses`), lets `kami` stand for the named asker as `ia`/`dia` does, and
keeps a verb of asking whose own words end in the step as a di- passive (`meminta sisa uang
dikembalikan`). A crowd's demands read out in a protest story are the protesters'
(`membacakan tuntutan`). Not a passive of another clause (`meminta pindah dan kemudian diizinkan`).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    ("text", "trigger", "asker"),
    [
        (  # a call with a bracketed gloss in the step's clause
            "Jakarta - Delegasi Indonesia hadir dalam pertemuan menteri lingkungan di Brasil. Indonesia "
            "menyerukan agar dana adaptasi (adaptation fund) dapat segera dicairkan bagi negara kepulauan.",
            "menyerukan",
            "Indonesia",
        ),
        (  # `kami` in a quote stands for the named speaker
            'Jakarta - Menteri Lingkungan Hidup Hanif Faisol berbicara di forum iklim. "Kami menyerukan agar '
            'skema pendanaan baru (NCQG) segera dijalankan tahun depan," ujar Hanif Faisol.',
            "menyerukan",
            "Hanif Faisol",
        ),
        (  # the step asked is in the verb's own words
            "Jakarta - Seorang calon legislatif, Budi Santoso, melapor ke Bawaslu. Budi Santoso berkali-kali "
            "meminta sisa uang dikembalikan, tetapi pesannya tidak pernah dibalas.",
            "meminta sisa uang dikembalikan",
            "Budi Santoso",
        ),
        (  # a crowd's demands read out at a protest: the protesters'
            "Makassar - Ratusan mahasiswa menggelar unjuk rasa di depan kantor DPRD Sulawesi Selatan. "
            "Massa aksi membakar ban bekas di tengah jalan. Mereka sempat membacakan tuntutan sebelum "
            "membubarkan diri.",
            "membacakan tuntutan",
            None,
        ),
    ],
)
def test_a_demand_with_no_one_named_to_meet_it(text: str, trigger: str, asker: str | None) -> None:
    got = acts(text, "DEMAND")
    assert any(t == trigger and (asker is None or a == asker) for t, a, _r in got)


def test_no_demand_from_a_passive_of_another_clause() -> None:
    text = (
        "Jakarta - Gelandang Wesley Santoso tidak mendapat tempat di tim utama. Santoso meminta pindah "
        "dan kemudian diizinkan keluar tanpa biaya transfer."
    )
    assert acts(text, "DEMAND") == []
