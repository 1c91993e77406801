"""Round 16 entity rules (issue #16): sentences written for the tests, not taken from the eval sets."""

from __future__ import annotations

import pytest

import warta
from warta.entities.patterns import lexicon
from warta.entities.regional_bodies import needs_place
from warta.entities.words import possessive_word


def _names(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.canonical) for e in warta.read(text, layers=["entities"]).entities]


@pytest.mark.parametrize(
    ("word", "common"),
    [("strukturnya", True), ("pasalnya", True), ("bapnya", True), ("kenya", False), ("sonya", False)],
)
def test_a_common_word_with_a_glued_possessive_is_no_name(word: str, common: bool) -> None:
    assert possessive_word(lexicon(), word) is common


def test_a_sentence_opening_possessive_is_not_taken_for_a_person() -> None:
    text = "Ketua lembaga itu bukan ahli gizi. Strukturnya juga tidak diisi ahli, kata Joko Santoso di Kenya."
    names = _names(text)
    assert ("PER", "Joko Santoso") in names
    assert ("LOC", "Kenya") in names
    assert all(name != "Strukturnya" for _, name in names)


@pytest.mark.parametrize(
    "text",
    [
        "Keduanya lalu menjalani tes DNA di laboratorium forensik.",
        "Warga menerima pesan lewat SMS sebelum pukul 10.00 WIB.",
        "Pelaku UMKM di Garut mengeluhkan dana APBD yang belum cair.",
    ],
)
def test_common_noun_abbreviations_are_no_entities(text: str) -> None:
    found = {name for _, name in _names(text)}
    assert not found & {"DNA", "SMS", "WIB", "UMKM", "APBD"}


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Tim Kejaksaan Negeri (Kejari) Tasikmalaya menahan bendahara desa itu.", "Kejaksaan Negeri Tasikmalaya"),
        ("Gugatan itu didaftarkan ke Pengadilan Negeri (PN) Makassar pekan lalu.", "Pengadilan Negeri Makassar"),
        ("Kepolisian Resor Kota (Polresta) Malang Kota menggelar razia.", "Kepolisian Resor Kota Malang Kota"),
    ],
)
def test_an_office_named_by_its_level_takes_the_place_after_its_acronym(text: str, office: str) -> None:
    names = _names(text)
    assert ("ORG", office) in names
    assert all(not (label == "ORG" and name in {"Kejaksaan Negeri", "Pengadilan Negeri"}) for label, name in names)


def test_a_national_body_keeps_its_own_name_before_a_province() -> None:
    assert not needs_place("Badan Pusat Statistik")
    assert needs_place("Kepolisian Resor Kota")
    names = _names("Badan Pusat Statistik (BPS) Jambi mencatat inflasi bulan lalu.")
    assert ("ORG", "Badan Pusat Statistik") in names


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        ("Dikutip dari Oman Gazette, hujan deras merendam jalan utama.", "Oman Gazette"),
        ("Seperti dilaporkan Associated Press, dua orang terluka.", "Associated Press"),
    ],
)
def test_a_newspaper_word_closes_an_organisation(text: str, paper: str) -> None:
    assert ("ORG", paper) in _names(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Ia kuliah di Bandung. Lulusan Institut Seni dan Desain Nusantara itu lalu bekerja di Jakarta.",
            "Institut Seni dan Desain Nusantara",
        ),
        (
            "Hujan turun. Kemarin Badan Pengawas Obat dan Makanan menyita kosmetik itu.",
            "Badan Pengawas Obat dan Makanan",
        ),
    ],
)
def test_a_lower_case_word_opening_the_sentence_does_not_break_a_body_with_dan(text: str, body: str) -> None:
    names = _names(text)
    assert ("ORG", body) in names
    assert all(not name.startswith(("Lulusan", "Kemarin")) for _, name in names)


def test_a_town_written_as_one_word_after_a_locative_is_a_place_not_a_person() -> None:
    text = (
        "Bandarlampung (ANTARA News) - Badan Narkotika Nasional Kota Bandarlampung menyita sabu. "
        '"Kami terus memantau," kata Kepala BNNK Bandarlampung, Rina Wati, di Bandarlampung, Rabu.'
    )
    art = warta.read(text, layers=["entities", "places"])
    town = next(e for e in art.entities if e.canonical == "Bandarlampung")
    assert (town.label, town.country) == ("LOC", "ID")


@pytest.mark.parametrize("code", ["(T.C003)", "(U.B018)"])
def test_a_wire_desk_code_is_no_organisation(code: str) -> None:
    text = f"Polisi masih menyelidiki kasus itu di Surabaya.\n\n{code}\n\nEditor: Rina Wati\n"
    assert all(name != code.strip("()") for _, name in _names(text))


def test_a_bare_tiered_office_is_a_mention_of_the_one_office_named_in_full() -> None:
    text = "Perkara itu ditangani Kejaksaan Negeri Garut. Pihak Kejaksaan Negeri menyatakan berkas lengkap."
    art = warta.read(text, layers=["entities"])
    assert [(e.canonical, [m.text for m in e.mentions]) for e in art.entities] == [
        ("Kejaksaan Negeri Garut", ["Kejaksaan Negeri Garut", "Kejaksaan Negeri"])
    ]


def test_a_bare_tiered_office_with_no_office_named_is_no_entity() -> None:
    assert _names("Berkas perkara dilimpahkan ke Pengadilan Negeri pekan depan.") == []


def test_a_country_named_as_a_language_is_no_place() -> None:
    text = "Ia fasih berbahasa Arab dan bahasa Jepang sebelum pindah ke Jepang. Ujiannya memakai bahasa Inggris."
    art = warta.read(text, layers=["entities"])
    places = {e.canonical: [m.text for m in e.mentions] for e in art.entities if e.label == "LOC"}
    assert places == {"Jepang": ["Jepang"]}
    assert art.entities[0].mentions[0].start == text.index("ke Jepang") + 3
