"""Round 21, the mining pool of other outlets' football news: a club named as the host (`tuan
rumah X`), a camp (`kubu X`), a squad, a defence, the club a player joins (`bergabung dengan X`)
or after a score with `dengan` is a side of a match; a comma after the cue closes the phrase
(`di kandang lawan, Stadio X`). Sentences written for the tests."""

from __future__ import annotations

import pytest

from warta.document.model import Entity, Mention
from warta.entities.clubs import club_sides

_LEAD = "Di laga lanjutan Liga 1 di stadion itu, gol tunggal tercipta di babak kedua. "


def _label(text: str, name: str, label: str = "PER") -> str:
    at = text.index(name)
    return club_sides(text, [Entity(name, label, [Mention(at, at + len(name), name)])])[0].label


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Pada laga ini, tuan rumah Barito menang tipis.", "Barito"),
        ("Dari kubu Persegres, lima laga terakhir berakhir dengan kekalahan.", "Persegres"),
        ("Higuain menjadi andalan untuk menggedor pertahanan Spurs.", "Spurs"),
        ("Pemain asal Kroasia itu selangkah lagi bergabung dengan Nerazzurri.", "Nerazzurri"),
        ("Tim tamu hanya bermain imbang 1-1 dengan Everton.", "Everton"),
    ],
)
def test_more_cues_of_a_side(sentence: str, name: str) -> None:
    assert _label(_LEAD + sentence, name) == "ORG"


def test_a_comma_after_the_cue_closes_it() -> None:
    text = _LEAD + "Berlaga di kandang lawan, Stadio Comunale Luigi Ferraris, mereka tetap menyerang."
    assert _label(text, "Stadio Comunale Luigi Ferraris", "LOC") == "LOC"


def test_a_goalkeeper_after_gawang_stays_a_person() -> None:
    text = _LEAD + "Tendangannya bersarang di gawang Keylor Navas tanpa bisa dihalau."
    assert _label(text, "Keylor Navas") == "PER"
