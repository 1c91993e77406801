"""Round 35 (third wave): an acronym in brackets right after a place's or a person's name whose
letters do not fit that name abbreviates the body, the currency or the team written before the
bracket (`federasi sepak bola Italia (FIGC)`, `dolar Kanada (CAD)`), not the place or the person. An
acronym that fits stays. Sentences written for the tests in the pool outlets' style."""

from __future__ import annotations

import warta


def _mentions(text: str) -> dict[str, list[str]]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: [m.text for m in e.mentions] for e in ents}


def test_a_federation_after_its_country_is_not_the_country() -> None:
    text = (
        "Carlo Bellini mundur dari jabatannya sebagai presiden federasi sepak bola Italia (FIGC), Senin. "
        "Rapat FIGC berikutnya digelar pekan depan di Roma."
    )
    names = _mentions(text)
    assert "FIGC" not in names.get("Italia", [])


def test_a_currency_after_its_country_is_not_the_country() -> None:
    text = (
        "Dolar AS menguat terhadap dolar Kanada (CAD) sebesar 0,05% dan terhadap dolar Australia (AUD) sebesar 0,17%."
    )
    names = _mentions(text)
    assert "CAD" not in names.get("Kanada", [])
    assert "AUD" not in names.get("Australia", [])


def test_a_fitting_acronym_stays() -> None:
    text = (
        "Negara Kesatuan Republik Indonesia (NKRI) harga mati, kata Agus Harimurti Yudhoyono (AHY) di "
        "Jakarta. Warga Nusa Tenggara Timur (NTT) menyambutnya."
    )
    names = _mentions(text)
    assert "AHY" in names.get("Agus Harimurti Yudhoyono", [])
    assert "NTT" in names.get("Nusa Tenggara Timur", [])
