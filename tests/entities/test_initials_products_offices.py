"""Suspects listed by initials, products and verbs that the tagger reads as people, and the
place an office is named after (issue #16, round 4), on news sentence shapes."""

from __future__ import annotations

import warta


def ents(text: str) -> dict[str, str]:
    return {e.canonical: e.label for e in warta.read(text, layers=["entities"]).entities}


def test_every_set_of_initials_in_a_list_after_berinisial_is_a_person() -> None:
    got = ents("Keempat tersangka berinisial TRW, KA, BN (DPO), dan HJ (41) kini ditahan di Polres Bogor.")
    for initials in ("TRW", "KA", "BN", "HJ"):
        assert got.get(initials) == "PER", (initials, got)
    assert "DPO" not in got


def test_initials_after_a_capitalised_inisial_opening_a_sentence() -> None:
    got = ents('"Pelakunya sudah kami amankan. Inisial WS (35)," ujar Kasat Reskrim Polres Garut AKP Deni Firman.')
    assert got.get("WS") == "PER", got


def test_a_car_model_after_mobil_is_no_person() -> None:
    got = ents(
        "Video itu memperlihatkan mobil Toyota Fortuner berpelat dinas melaju di jalur bus. "
        "Pengemudi Fortuner kemudian diperiksa polisi."
    )
    assert "Toyota Fortuner" not in got, got


def test_a_capitalised_word_of_a_brand_before_a_name_is_not_a_product_noun() -> None:
    got = ents('"Kami puas," ujar Direktur PT Nusantara Motor Arif Wibisono dalam siaran pers.')
    assert any(label == "PER" and name.endswith("Arif Wibisono") for name, label in got.items()), got


def test_an_affixed_verb_opening_a_sentence_is_no_person() -> None:
    got = ents("Menyerahkan berkas perkara, jaksa meminta hakim menolak eksepsi terdakwa.")
    assert "Menyerahkan" not in got, got


def test_a_word_named_after_a_police_sector_is_its_place() -> None:
    got = ents(
        "Petugas Polsek Tegal Sari menggerebek sebuah rumah kos. "
        "Penggerebekan dilakukan di kawasan Tegal Sari pada Sabtu malam."
    )
    assert got.get("Tegal Sari") in (None, "LOC"), got


def test_the_unit_in_a_police_post_is_the_posts_and_the_body_is_the_regional_office() -> None:
    got = ents('"Kami sudah menahan pelaku," kata Kasat Reskrim Polres Sekadau, AKP Andi Rahman, Selasa.')
    assert got.get("Polres Sekadau") == "ORG", got
    assert not any(name.startswith("Reskrim") for name in got), got


def test_the_word_after_a_regional_office_is_its_region_not_a_person() -> None:
    got = ents(
        "Korban tinggal di Tanjung Jabung Barat (Tanjabbar), Jambi. "
        "Ia diperiksa di ruang Unit PPA Satreskrim Polres Tanjabbar."
    )
    assert got.get("Tanjabbar") != "PER", got
    assert "Satreskrim Polres" not in got, got


def test_a_party_board_named_by_acronym_opens_the_partys_regional_name() -> None:
    got = ents('"Anggaran itu kami bahas lagi," ujar Rudi Ketua DPW Partai Nasdem Provinsi Maluku itu.')
    assert got.get("DPW Partai Nasdem Provinsi Maluku") == "ORG", got
    assert "DPW" not in got


def test_a_corps_after_office_words_is_an_organisation() -> None:
    got = ents("Komandan Pasukan Gegana Korps Brimob Polri, Brigjen Hendra Wijaya membenarkan kejadian itu.")
    assert got.get("Korps Brimob Polri") == "ORG", got


def test_a_list_of_foreign_names_is_no_list_of_home_districts() -> None:
    got = ents("Skuad lengkap tim itu: Bek: Bellini, Calabria, Lombardi, Gomez, Ferrari dan Rossi.")
    assert not any(label == "LOC" and name in ("Lombardi", "Ferrari", "Rossi") for name, label in got.items()), got


def test_football_clubs_named_bare_are_organisations() -> None:
    got = ents("Tottenham Hotspur ditahan imbang Juventus. Sementara itu Persebaya menang atas Bali United.")
    for club in ("Tottenham Hotspur", "Juventus", "Persebaya", "Bali United"):
        assert got.get(club) == "ORG", (club, got)


def test_a_directorate_general_is_one_body_and_its_bracketed_short_form_no_person() -> None:
    got = ents("Ia meminta Direktorat Jenderal Bina Keuangan Daerah (Dirjen Keuda) meninjau aturan itu.")
    assert got.get("Direktorat Jenderal Bina Keuangan Daerah") == "ORG", got
    assert "Keuda" not in got, got


def test_document_and_beneficiary_acronyms_are_no_bodies() -> None:
    got = ents(
        "Warga mengurus STNK dan BPKB di kantor Samsat, sementara KPM bansos diminta membawa KTP. "
        "Petugas layanan SIM keliling berjaga di depan balai desa."
    )
    assert not {"STNK", "BPKB", "KPM", "KTP", "SIM"} & set(got), got
