"""Round 30 (issue #12): an attack told by its toll, as wire copy tells it (`Serangan itu menewaskan
setidaknya 40 orang`, `petugas yang menewaskan dua warga`). `menewaskan` is an assault when an
attack or an attacker stands before it; deaths a natural event or an accident caused are no one's
act (GUIDELINES.md `events`: natural events without an actor are not coded); the toll of an attack
told in the same sentence is that one act, not a second one; a toll in a clause that opens the
sentence is the background of what follows.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta, CNN Indonesia -- Sebuah ledakan mengguncang pasar di pinggiran Kabul, Afghanistan, pada "
        "Selasa pagi, menewaskan sedikitnya 12 orang.",
        "Jakarta, CNN Indonesia -- Pemerintah Yordania akan memanggil duta besar Israel. Sebelumnya, tentara "
        "Israel yang menewaskan dua warga Yordania di Amman telah dipulangkan.",
    ],
)
def test_an_attack_told_by_its_toll_is_an_assault(text: str) -> None:
    assert [t for t, _a, _r in acts(text, "ASSAULT") if t == "menewaskan"] == ["menewaskan"]


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta - Warga Cianjur masih trauma usai diguncang gempa pada November lalu yang menewaskan "
        "lebih dari 300 orang.",
        "Medan - Tiga warga Sibolga tewas akibat banjir bandang pada Minggu (2/3). Selain menewaskan tiga "
        "warga, kata polisi, peristiwa itu juga menghanyutkan belasan rumah.",
        "Surabaya - Anggota DPRD Jawa Timur menyoroti insiden tambang batu kapur di Tuban yang menewaskan "
        "empat pekerja.",
    ],
)
def test_deaths_no_one_caused_are_no_assault(text: str) -> None:
    assert acts(text, "ASSAULT") == []


def test_the_toll_of_an_attack_told_with_it_is_one_act() -> None:
    text = (
        "Jakarta, CNN Indonesia -- Seorang pelaku bom bunuh diri menyerang pos pemeriksaan polisi di utara "
        "Baghdad pada Sabtu, menewaskan tujuh orang dan melukai belasan lainnya."
    )
    assert [t for t, _a, _r in acts(text, "ASSAULT")] == ["menyerang"]


def test_a_toll_opening_the_sentence_is_its_background() -> None:
    text = (
        "Manchester - Setelah insiden berdarah yang menewaskan 22 orang itu, polisi menggerebek sebuah rumah "
        "di kawasan Fallowfield."
    )
    assert acts(text, "ASSAULT") == []
    assert [t for t, _a, _r in acts(text, "COERCE")] == ["menggerebek"]


@pytest.mark.parametrize("opening", ['"', "(", "- "])
def test_the_toll_is_one_act_when_a_mark_opens_the_sentence(opening: str) -> None:
    # the events hold the sentence's start, which is the mark's, not the first word's
    text = (
        "Jakarta, CNN Indonesia -- Polisi Irak memberi keterangan.\n\n"
        f"{opening}Seorang pelaku bom bunuh diri menyerang pos pemeriksaan polisi di utara Baghdad pada Sabtu, "
        "menewaskan tujuh orang dan melukai belasan lainnya."
    )
    assert [t for t, _a, _r in acts(text, "ASSAULT")] == ["menyerang"]
