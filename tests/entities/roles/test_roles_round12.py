"""Roles the twelfth round attaches (issue #16, recall): a post whose listed fields close with a
short form in brackets, a role noun in capitals set off after the name, an academic form of
address between a trade and the name. Real sentence shapes of the development sets, with other
names."""

from __future__ import annotations

import pytest

import warta


def roles_of(text: str) -> dict[str, str | None]:
    art = warta.read(text, layers=["entities"])
    return {e.canonical: e.role for e in art.entities if e.label == "PER"}


def test_listed_fields_with_short_form() -> None:
    text = (
        "Judul\nKepala Dinas Perindustrian, Perdagangan, dan Koperasi (Disperindagkop) Pemkab Sleman, "
        "Wahyu Pratomo, mengatakan harga beras naik."
    )
    assert roles_of(text)["Wahyu Pratomo"] == (
        "Kepala Dinas Perindustrian, Perdagangan, dan Koperasi (Disperindagkop) Pemkab Sleman"
    )


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            '"Kami prihatin," ujar Hendrik Larsen, Perwakilan Khusus Uni Eropa untuk Myanmar.',
            "Hendrik Larsen",
            "Perwakilan Khusus Uni Eropa untuk Myanmar",
        ),
        (
            '"Kami prihatin," kata Maria Lopez, Utusan Khusus PBB untuk Suriah.',
            "Maria Lopez",
            "Utusan Khusus PBB untuk Suriah",
        ),
    ],
)
def test_role_noun_in_capitals_after_name(text: str, name: str, role: str) -> None:
    assert roles_of("Judul\n" + text)[name] == role


def test_form_of_address_in_capitals_is_no_role() -> None:
    roles = roles_of("Judul\nAcara dihadiri Budi Santoso, Ibu Ani Yudhoyono, dan Joko Susilo.")
    assert roles.get("Budi Santoso") is None


def test_academic_address_between_trade_and_name() -> None:
    text = "Judul\nPanitia mengundang pakar hukum tata negara Profesor Bagir Manan ke rapat itu."
    assert roles_of(text)["Bagir Manan"] == "pakar hukum tata negara"


def test_post_with_pair_after_another_persons_post() -> None:
    text = (
        "Judul\nTurut hadir dalam kunjungan itu Sekretaris Kabinet Andi Wijaya, Menteri Pekerjaan Umum dan "
        "Perumahan Rakyat Dodi Hartono dan Direktur Utama Wijaya Karya Budi Santoso."
    )
    roles = roles_of(text)
    assert roles["Andi Wijaya"] == "Sekretaris Kabinet"
    assert roles["Dodi Hartono"] == "Menteri Pekerjaan Umum dan Perumahan Rakyat"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sedangkan untuk guru honorer lain, Rudi Hartono meminta mereka bersabar.", "Rudi Hartono"),
        ("Kepada wartawan, Siti Aminah mengatakan harga cabai naik.", "Siti Aminah"),
        ("Bagi petani kecil, Joko Susilo menyiapkan bantuan pupuk.", "Joko Susilo"),
    ],
)
def test_fronted_topic_is_no_description(text: str, name: str) -> None:
    assert roles_of("Judul\n" + text)[name] is None


def test_apposition_after_fronted_preposition_kept() -> None:
    text = "Judul\nUntuk Ketua RT, Budi Santoso, penghargaan itu berarti banyak."
    assert roles_of(text)["Budi Santoso"] == "Ketua RT"


def test_post_naming_its_fields_after_lower_case_bidang() -> None:
    text = (
        "Judul\nHadir mendampingi Gubernur, Deputi bidang Pencegahan dan Monitoring Hendra Gunawan, "
        "Sekretaris Daerah Rina Marlina."
    )
    assert roles_of(text)["Hendra Gunawan"] == "Deputi bidang Pencegahan dan Monitoring"
