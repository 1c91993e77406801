"""Round 34: a name written after a class noun of bodies is the body — a club (`klub Castellano`), a
company with words that describe its trade between (`perusahaan otobus Sinar Rahayu`, `perusahaan
teknologi informasi DataWeave`), a brand's parent (`sub brand Hexa`), a paper (`koran lokal Asahara
Shimbun`). A name found nowhere else is added; a town or a guessed person there becomes the body.
An owner (`klub asuhan …`), a country, a place-headed name, a product (`produsen kendaraan Rimau`)
and `perusahaan` right before a person (`perusahaan rintisan Nadia Putri`) stay. Sentences written
for the tests in Merdeka's, CNN Indonesia's and DailySocial's styles."""

from __future__ import annotations

import warta


def _names(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.label for e in ents}


def test_a_club_named_once_is_a_body() -> None:
    text = (
        "Merdeka.com - Gelandang asal Brasil itu kembali berlatih setelah cedera lutut. Ia sempat menjadi "
        "andalan di klub Castellano ini sebelum pindah ke Spanyol pada musim lalu."
    )
    assert _names(text).get("Castellano") == "ORG"


def test_a_company_with_its_trade_between_is_a_body() -> None:
    text = (
        "Layanan bus itu dijalankan bersama perusahaan otobus Sinar Rahayu. Warga membayar tiket melalui "
        "aplikasi Sinar Rahayu atau kios di area perumahan. Data pengguna dihimpun perusahaan teknologi "
        "informasi DataWeave sejak awal tahun."
    )
    names = _names(text)
    assert names.get("Sinar Rahayu") == "ORG"
    assert names.get("DataWeave") == "ORG"


def test_a_brand_parent_and_a_paper_are_bodies() -> None:
    text = (
        "Ponsel Lynx 7 diluncurkan di Vietnam. Lynx - sub brand Hexa - kembali menyasar pasar menengah. "
        "Kabar itu pertama kali dimuat koran lokal Asahara Shimbun pekan lalu."
    )
    names = _names(text)
    assert names.get("Hexa") == "ORG"
    assert names.get("Asahara Shimbun") == "ORG"


def test_owners_countries_products_and_founders_stay() -> None:
    text = (
        "Ia kini bermain di klub asuhan Roberto Mancelli. Adiknya pindah ke klub Jerman. Pemerintah memesan "
        "kendaraan dari produsen kendaraan Rimau. Ia lalu bergabung dengan perusahaan rintisan Nadia Putri."
    )
    names = _names(text)
    assert names.get("Jerman") == "LOC"
    assert names.get("Roberto Mancelli") != "ORG"
    assert names.get("Rimau") != "ORG"
    assert names.get("Nadia Putri") != "ORG"
