"""Round 36: a name written right after a verb of launching or a new product's noun (`meluncurkan
produk terbaru Techno Sports`, `baru saja meluncurkan Gboard`, `merilis Nokia 3`) is the thing
launched, a product, an app or a work, which GUIDELINES does not count as an entity; the tagger read
it as a body or a person. The maker, a body launched by its head word and a known person stay.
Sentences written for the tests in the pool outlets' style (the shapes come from the unannotated
pool)."""

from __future__ import annotations

import warta


def _names(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.label for e in ents}


def test_a_new_tyre_is_no_body() -> None:
    text = (
        "Bridgestone Indonesia meluncurkan produk terbaru Techno Sports dengan pola telapak sporty. "
        "Techno Sports dirancang untuk pengguna mobil di perkotaan, kata Toshihiro Fujiki."
    )
    names = _names(text)
    assert "Techno Sports" not in names
    assert names.get("Toshihiro Fujiki") == "PER"


def test_an_app_launched_by_its_maker_is_no_person() -> None:
    text = (
        "Google baru saja meluncurkan Gboard versi terbaru, aplikasi keyboard virtual untuk Android. "
        "Salah satu pembaruan besar yang dibawa Gboard adalah dukungan bahasa baru."
    )
    names = _names(text)
    assert "Gboard" not in names
    assert names.get("Google") == "ORG"


def test_a_body_launched_stays() -> None:
    text = (
        "Presiden Joko Widodo meluncurkan Badan Ekonomi Kreatif di Jakarta. Badan Ekonomi Kreatif akan "
        "dipimpin oleh Triawan Munaf."
    )
    names = _names(text)
    assert names.get("Badan Ekonomi Kreatif") == "ORG"
