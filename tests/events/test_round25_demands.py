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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


def test_a_call_with_a_bracketed_gloss() -> None:
    text = (
        "Jakarta - Delegasi Indonesia hadir dalam pertemuan menteri lingkungan di Brasil. Indonesia "
        "menyerukan agar dana adaptasi (adaptation fund) dapat segera dicairkan bagi negara kepulauan."
    )
    got = acts(text, "DEMAND")
    assert any(t == "menyerukan" and a == "Indonesia" for t, a, _r in got)


def test_a_call_by_kami_in_a_quote() -> None:
    text = (
        'Jakarta - Menteri Lingkungan Hidup Hanif Faisol berbicara di forum iklim. "Kami menyerukan agar '
        'skema pendanaan baru (NCQG) segera dijalankan tahun depan," ujar Hanif Faisol.'
    )
    got = acts(text, "DEMAND")
    assert any(t == "menyerukan" and a == "Hanif Faisol" for t, a, _r in got)


def test_a_step_asked_in_the_verbs_own_words() -> None:
    text = (
        "Jakarta - Seorang calon legislatif, Budi Santoso, melapor ke Bawaslu. Budi Santoso berkali-kali "
        "meminta sisa uang dikembalikan, tetapi pesannya tidak pernah dibalas."
    )
    got = acts(text, "DEMAND")
    assert any(t == "meminta sisa uang dikembalikan" and a == "Budi Santoso" for t, a, _r in got)


def test_demands_read_out_at_a_protest() -> None:
    text = (
        "Makassar - Ratusan mahasiswa menggelar unjuk rasa di depan kantor DPRD Sulawesi Selatan. "
        "Massa aksi membakar ban bekas di tengah jalan. Mereka sempat membacakan tuntutan sebelum "
        "membubarkan diri."
    )
    got = acts(text, "DEMAND")
    assert any(t == "membacakan tuntutan" for t, _a, _r in got)


def test_no_demand_from_a_passive_of_another_clause() -> None:
    text = (
        "Jakarta - Gelandang Wesley Santoso tidak mendapat tempat di tim utama. Santoso meminta pindah "
        "dan kemudian diizinkan keluar tanpa biaya transfer."
    )
    assert acts(text, "DEMAND") == []
