"""Round 38 (orgso): the name right after a partnership phrase (`bekerja sama dengan`, `kerja sama
khusus dengan`, `bermitra dengan`) is the partner body: added when no entity covers it, a brand the
tagger read as a person relabelled; a player or a named person stays a person, and a piece of a
longer foreign name is not added (class_nouns.bodies_after_partner_cues). Sentences written for the
tests in the styles of IndoSum's business, technology and sports pages and of regional news."""

from __future__ import annotations

import warta


def _labels(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.label for e in ents}


def test_a_partner_named_once_by_its_acronym_is_a_body() -> None:
    text = (
        "Jakarta - Perusahaan rintisan itu juga sudah menjalin kerja sama khusus dengan LIPI. Salah satu "
        "target capaiannya adalah riset bersama tahun depan."
    )
    assert _labels(text).get("LIPI") == "ORG"


def test_a_partner_after_a_spoken_request_is_a_body() -> None:
    text = (
        "Bupati Sugianto mengatakan lahan itu akan digarap tahun ini. Saya minta dinas pertanian kerjasama "
        "dengan PMKT. Agar warga juga menerima manfaat, katanya."
    )
    assert _labels(text).get("PMKT") == "ORG"


def test_a_brand_of_two_words_read_as_a_person_is_the_partner_body() -> None:
    text = (
        "Gojek misalnya sempat bekerja sama dengan Silver Hawk dalam hal sistem pembayaran. Sedangkan "
        "layanan taksi Express sudah lama bisa dipesan lewat aplikasi."
    )
    assert _labels(text).get("Silver Hawk") == "ORG"


def test_a_player_named_by_his_family_name_stays_a_person() -> None:
    text = (
        "Gol Toni Kroos dari luar kotak penalti seusai bekerja sama dengan Kovacic memastikan kemenangan. "
        "Cadangan: Casilla, Theo, Llorente, Asensio, Kovacic."
    )
    assert _labels(text).get("Kovacic") != "ORG"


def test_a_person_with_a_given_name_stays_a_person() -> None:
    text = (
        "Untuk film terbarunya, rumah produksi itu bekerja sama dengan Dewi Irawan sebagai pemeran utama. "
        "Dewi Irawan mengatakan ia senang."
    )
    assert _labels(text).get("Dewi Irawan") == "PER"


def test_a_piece_of_a_longer_foreign_name_is_not_added() -> None:
    text = (
        "Pengelola taman itu bekerja sama dengan Compagnie des Alpes, sebuah perusahaan asal Prancis, "
        "untuk renovasi wahana."
    )
    assert "Compagnie" not in _labels(text)
