"""Round 35: a common noun that says what a body is, or what a person is to it, written with a
capital before a body the article also names without it (`Presiden Klub Persib … Persib`, `Kelompok
ISIS … ISIS`, `Legenda Manchester United, Ryan Giggs`, `Trijono, Agen First Travel lainnya`), is no
part of the body's name: it is cut off and the mention joins the body. A name never written
without the noun keeps it (`Lembaga Penjamin Simpanan`). Sentences written for the tests in
Merdeka's and CNN Indonesia's styles (the bodies' names come from the unannotated pool)."""

from __future__ import annotations

import warta


def _names(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.label for e in ents}


def test_a_club_noun_before_the_club_is_cut() -> None:
    text = (
        "Presiden Klub Persib, Glenn Sugita, menyambut pemain baru. Persib Bandung akan memakai pemain "
        "itu musim depan. Persib juga mencari bek baru."
    )
    names = _names(text)
    assert "Klub Persib" not in names
    assert names.get("Persib Bandung") == "ORG"


def test_a_group_noun_before_the_group_is_cut() -> None:
    text = (
        "Sebuah bom meledak di pasar itu. Kelompok ISIS menyatakan bertanggung jawab atas serangan "
        "tersebut. ISIS kerap menyasar warga sipil di kota itu."
    )
    names = _names(text)
    assert "Kelompok ISIS" not in names
    assert names.get("ISIS") == "ORG"


def test_a_person_s_noun_before_the_club_is_cut() -> None:
    text = (
        "Merdeka.com - Legenda Manchester United, Ryan Giggs meminta pihak klub mempertahankan Wayne "
        "Rooney. Rooney masih bisa membela Manchester United musim depan."
    )
    names = _names(text)
    assert "Legenda Manchester United" not in names
    assert names.get("Manchester United") == "ORG"


def test_an_agent_of_a_travel_company_names_the_company() -> None:
    text = (
        "Selain Sri, tim hukum juga membawa Trijono, Agen First Travel lainnya. Trijono mengaku puas "
        "dengan pelayanan First Travel."
    )
    names = _names(text)
    assert "Agen First Travel" not in names
    assert names.get("First Travel") == "ORG"


def test_a_name_opening_with_the_noun_stays_whole() -> None:
    text = "Lembaga Penjamin Simpanan menjamin simpanan nasabah hingga Rp 2 miliar di setiap bank."
    assert _names(text).get("Lembaga Penjamin Simpanan") == "ORG"
