"""Round 22 place data: Indonesian spellings of countries the gazetteer lacked, on sentences
written for the tests in the shapes of Indonesian news."""

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
    ("text", "name", "country"),
    [
        ("Timnas bertolak ke Hongaria untuk laga uji coba pekan depan.", "Hongaria", "HU"),
        ("Harga teh dari Srilanka naik setelah panen gagal.", "Srilanka", "LK"),
        ("Pengungsi dari Kongo terus berdatangan ke perbatasan Uganda.", "Kongo", "CD"),
        ("Pasukan perdamaian TNI kembali dari Bosnia setelah setahun bertugas.", "Bosnia", "BA"),
        ("Gempa kuat mengguncang Chili bagian utara pada Minggu pagi.", "Chili", "CL"),
        ("Tambang nikel di Halmahera menyerap ribuan pekerja lokal.", "Halmahera", "ID"),
    ],
)
def test_indonesian_spellings_of_countries_and_islands_are_placed(text: str, name: str, country: str) -> None:
    assert _placed(text, [name])[name] == country
