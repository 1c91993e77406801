"""Roles on other outlets' articles never tuned to (issue #16, class 9; round 19 fresh sets)."""

import warta


def roles(text: str) -> dict[str, str | None]:
    return {e.canonical: e.role for e in warta.read(text, layers=["entities"]).entities if e.label == "PER"}


def test_mother_of_a_number_of_children_is_no_role() -> None:
    got = roles(
        "JAKARTA - Rina Kusuma bercerita soal akun media sosialnya yang diretas. "
        '"Teman-temanku banyak yang tertipu," ujar Rina. '
        "Ibu tiga anak ini menceritakan kejadian itu saat ditemui di Jakarta Selatan."
    )
    assert got.get("Rina Kusuma") is None


def test_father_of_two_opening_a_sentence_is_no_role() -> None:
    got = roles(
        "BANDUNG - Budi Santoso tetap datang ke acara itu. "
        '"Saya tidak kecewa," kata Budi. Bapak dua anak ini mengaku akan datang lagi tahun depan.'
    )
    assert got.get("Budi Santoso") is None


def test_a_tie_that_names_whose_it_is_stays() -> None:
    got = roles('JAKARTA - Anak Rina Kusuma, Budi Santoso, hadir di pengadilan. "Kami datang," ujar Budi.')
    assert got.get("Budi Santoso") == "Anak Rina Kusuma"


def entities(text: str) -> dict[str, str]:
    return {e.canonical: e.label for e in warta.read(text, layers=["entities"]).entities}


def test_a_body_run_into_a_one_word_name_joined_to_a_person_is_a_body_and_a_person() -> None:
    got = entities(
        "JAKARTA - Sidang menghadirkan dua mantan pejabat Kementerian Perhubungan Darmaji dan Sulistyo sebagai saksi."
    )
    assert got.get("Kementerian Perhubungan") == "ORG"
    assert got.get("Darmaji") == "PER"
    assert got.get("Sulistyo") == "PER"


def test_two_bodies_joined_stay_two_bodies() -> None:
    got = entities("JAKARTA - Kerja sama itu melibatkan Kementerian Dalam Negeri dan Kementerian Keuangan.")
    assert got.get("Kementerian Dalam Negeri") == "ORG"
    assert got.get("Kementerian Keuangan") == "ORG"


def test_a_tie_and_a_post_then_two_names_run_together_are_two_people() -> None:
    got = roles(
        "BANDUNG - Jelang pernikahan putra Gubernur Jawa Tengah Bambang Sutrisno Rendra Wijaya, keluarga sibuk "
        "menyiapkan acara. Rendra dikenal ramah kepada tetangga."
    )
    assert got.get("Bambang Sutrisno") == "Gubernur Jawa Tengah"
    assert got.get("Rendra Wijaya") == "putra Gubernur Jawa Tengah Bambang Sutrisno"


def test_one_long_name_after_a_trade_stays_one_person() -> None:
    got = roles("MEDAN - Pengusaha Muhammad Bobby Afif Nasution hadir di acara itu. Bobby tersenyum kepada tamu.")
    assert got.get("Muhammad Bobby Afif Nasution") == "Pengusaha"
