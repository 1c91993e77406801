"""Round 38 (clubso): after a word of citing, a listed outlet and a place's name (its edition or
bureau: `Goal Italia`, `Antara London`) or a medium and its channel's number (`Sport 1`, `Telefoot
1`) are one cited outlet, an organisation, not the outlet and a place or an outlet cut before its
number (media.outlet_editions). Sentences written for the tests in the styles of IndoSum's sport
pages and of Antara's bureau reports; the guard keeps a count after an outlet out."""

from __future__ import annotations

import pytest

import warta


def _entities(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.label for e in ents}


_CASES = [
    (
        "Federasi sepak bola Italia tengah menghadapi krisis. Seperti dilaporkan Goal Italia, Carlo "
        "Tavecchio akan mengundurkan diri pekan depan.",
        "Goal Italia",
        None,
    ),
    (
        'Pelatih asal Spanyol itu berharap timnya bisa bertahan lama. "Kami ingin bekerja sama dalam waktu '
        'yang lama," ucap Sergio, kepada Goal Thailand.',
        "Goal Thailand",
        "Thailand",
    ),
    (
        "Acara itu dihadiri puluhan diplomat dari berbagai negara, demikian Minister Counsellor KBRI "
        "Denhaag, Renata Siagian kepada Antara London, Sabtu.",
        "Antara London",
        "London",
    ),
    (
        "Dilansir Sport 1, Los Blancos tertarik mendatangkan striker muda milik klub Jerman itu. "
        "Namun pihak klub tampaknya enggan melepasnya.",
        "Sport 1",
        "Sport",
    ),
]


@pytest.mark.parametrize(("text", "outlet", "cut"), _CASES)
def test_an_edition_bureau_or_channel_is_one_cited_outlet(text: str, outlet: str, cut: str | None) -> None:
    ents = _entities(text)
    assert ents.get(outlet) == "ORG"
    assert cut is None or cut not in ents


def test_a_count_after_an_outlet_is_no_channel() -> None:
    text = "Dia sudah berbicara kepada Antara 2 kali sejak pekan lalu tentang rencana itu."
    assert "Antara 2" not in _entities(text)
