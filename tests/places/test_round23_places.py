"""Round 23 place data (found on the unannotated mining pool): `Korea` written alone is South Korea
in Indonesian news (a boy band, a trip, a tournament there), as `Amerika` is the United States;
the story's context still decides where it names the peninsula's other state. Sentences written
for the tests in the shapes of Indonesian news."""

from __future__ import annotations

import re

import pytest

import warta
from warta import places
from warta.document import Entity, Mention


def _placed(text: str, names: list[str]) -> dict[str, str | None]:
    """The places layer alone on ``text`` with ``names`` as its LOC entities (no NER errors)."""
    art = warta.read(text, layers=[])
    art.entities = [
        Entity(n, "LOC", [Mention(m.start(), m.end(), n) for m in re.finditer(re.escape(n), art.norm)]) for n in names
    ]
    places.annotate(art)
    return {e.canonical: e.country for e in art.entities}


@pytest.mark.parametrize(
    "text",
    [
        "Penyanyi itu baru pulang dari syuting video klip di Korea bulan lalu.",
        "Timnas U-17 akan menjalani pemusatan latihan di Korea sebelum Piala Asia.",
        "Drama Korea masih merajai daftar tontonan remaja di Jakarta.",
    ],
)
def test_korea_alone_is_south_korea(text: str) -> None:
    assert _placed(text, ["Korea"])["Korea"] == "KR"


def test_the_peninsula_keeps_no_country() -> None:
    text = "Ketegangan di Semenanjung Korea meningkat setelah uji coba rudal itu."
    assert _placed(text, ["Semenanjung Korea"])["Semenanjung Korea"] is None
