"""Round 31: a one-word body between a bare post and a person's name, which the article also writes
alone (`CEO Snap Evan Spiegel` … `saham Snap`), is the post's, not the name's; a person called by
a first name no list knows keeps it (sentences written for the tests, in CNN Indonesia's style)."""

from __future__ import annotations

import warta
from warta.entities.posted_bodies import _alone_cut


def _ents(text: str) -> dict[str, tuple[str, str | None]]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: (e.label, e.role) for e in ents}


def test_a_brand_written_alone_is_cut_off_the_name() -> None:
    text = (
        "Layanan belanja daring TokoMalls menjalin kerja sama dengan PayPro.\n\n"
        "CEO TokoMalls Bruno Zyskind menjelaskan, pada fase pertama kolaborasi TokoMalls dengan PayPro "
        "pembayaran jadi lebih mudah. Langkah aman itu dipilih oleh TokoMalls."
    )
    ents = _ents(text)
    assert ents.get("Bruno Zyskind") == ("PER", "CEO TokoMalls")
    assert "TokoMalls Bruno Zyskind" not in ents


def test_a_body_is_cut_off_when_the_person_goes_by_the_rest() -> None:
    # `CEO Snap Evan Spiegel` … `saham Snap` … `Spiegel melanjutkan`
    assert _alone_cut(["Zentrix", "Evan", "Spiegelman"], ["Zentrix", "Spiegelman"], "CEO") == 1
    assert _alone_cut(["Zentrix", "Evan", "Spiegelman"], ["Zentrix", "Spiegelman"], "Sekjen KPU") is None


def test_a_person_called_by_an_unlisted_first_name_keeps_it() -> None:
    text = (
        "Sekjen KPU Bernadus Dermaga Sutrisna mengatakan putusan itu final. "
        "Bernadus mengatakan KPU akan segera menindaklanjutinya. Menurut Sutrisna, rapat tidak perlu digelar."
    )
    ents = _ents(text)
    assert "Dermaga Sutrisna" not in ents
