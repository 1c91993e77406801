"""Round 38: an English name closing with `Administration`, `Movement` or `Navy` is a body (ORG), as
`Authority`, `Commission` and `Agency` already close one (data/heads.txt [org_end]): `Food and Drug
Administration`, `Non-Aligned Movement`, `US Navy`. Sentences written for the tests in the shapes of
the detik and IndoSum pool."""

from __future__ import annotations

import warta


def _entities(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.label for e in ents}


def test_an_american_drug_agency() -> None:
    text = (
        "Bunga itu aman dimakan. Food and Drug Administration (FDA) Amerika Serikat memasukkan bunga "
        "telang ke daftar bahan yang aman."
    )
    assert _entities(text)["Food and Drug Administration"] == "ORG"


def test_a_movement_of_states() -> None:
    text = (
        "Pada 1961 di Beograd, para pemimpin dari Asia, Afrika, dan Amerika Latin berkumpul dan "
        "mendeklarasikan Non-Aligned Movement (NAM)."
    )
    assert _entities(text)["Non-Aligned Movement"] == "ORG"


def test_a_navy_named_by_its_country() -> None:
    text = "Kapal itu dikawal dua kapal perang US Navy saat melintas di Laut China Selatan, Senin."
    assert _entities(text)["US Navy"] == "ORG"
