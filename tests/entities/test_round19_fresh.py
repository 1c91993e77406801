"""Round 19 entity rules, from the errors of three fresh detik sets (issue #16): sentences
written for the tests, not taken from any eval set."""

from __future__ import annotations

import pytest

import warta


def _names(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.canonical) for e in warta.read(text, layers=["entities"]).entities]


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Seorang pemotor berinisial Ar terluka setelah ditabrak truk di Jalan Raya Cibadak.", "Ar"),
        ("Pelajar berinisial Ag dilarikan ke puskesmas terdekat oleh warga.", "Ag"),
    ],
)
def test_mixed_case_initials_after_berinisial_are_a_person(text: str, initials: str) -> None:
    assert ("PER", initials) in _names(text)


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Penyidik akan memeriksa tersangka RH pekan depan di Bandung.", "RH"),
        ("Jaksa menyebut terdakwa JS menerima uang dari kontraktor itu.", "JS"),
    ],
)
def test_initials_after_a_suspect_noun_are_a_person_not_a_body(text: str, initials: str) -> None:
    names = _names(text)
    assert ("PER", initials) in names
    assert ("ORG", initials) not in names


def test_a_known_body_after_a_suspect_noun_stays_a_body() -> None:
    names = _names("KPK menetapkan tersangka baru. Tersangka KPK itu ditahan di Rutan Salemba.")
    assert ("ORG", "KPK") in names


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "Genangan setinggi lutut menutup Simpang Letnan Sukarna di Kota Garut, Senin malam.",
            "Simpang Letnan Sukarna",
        ),
        ("Arus lalu lintas di Simpang Mayor Oking, Cibinong, dialihkan polisi.", "Simpang Mayor Oking"),
    ],
)
def test_a_junction_named_after_an_officer_is_one_place(text: str, site: str) -> None:
    names = _names(text)
    assert ("LOC", site) in names
    assert not any(label == "PER" for label, _ in names)


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Puluhan murid TK Bhakti Asih mengikuti lomba mewarnai di balai desa.", "TK Bhakti Asih"),
        ("Atap ruang kelas SD Inpres Bontomanai ambruk diterjang angin kencang.", "SD Inpres Bontomanai"),
        ("Mensos meninjau SRMA 12 Kota Bekasi pada hari pertama sekolah.", "SRMA 12 Kota Bekasi"),
    ],
)
def test_kindergartens_and_special_schools_are_bodies(text: str, school: str) -> None:
    assert ("ORG", school) in _names(text)


def test_the_body_whose_office_is_named_is_listed_too() -> None:
    names = _names("Rapat itu digelar di Kantor Kementerian Perhubungan, Jakarta Pusat, Kamis (9/10/2025).")
    assert ("LOC", "Kantor Kementerian Perhubungan") in names
    assert ("ORG", "Kementerian Perhubungan") in names


def test_a_body_already_named_by_its_short_form_is_not_listed_twice() -> None:
    names = _names("Kemenhub menggelar rapat di Kantor Kementerian Perhubungan, Jakarta Pusat, Kamis (9/10/2025).")
    assert ("ORG", "Kementerian Perhubungan") not in names


def test_the_office_of_a_regional_head_names_no_body() -> None:
    names = _names("Massa berunjuk rasa di depan Kantor Gubernur Jawa Tengah, Semarang.")
    assert all(label != "ORG" for label, _ in names)


def _roles(text: str) -> dict[str, str | None]:
    return {e.canonical: e.role for e in warta.read(text, layers=["entities"]).entities if e.label == "PER"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Kepala Seksi Pidana Khusus (Kasi Pidsus) Kejari Garut, Dedi Kurniawan, mengatakan berkas sudah lengkap.",
            "Dedi Kurniawan",
            "Kepala Seksi Pidana Khusus (Kasi Pidsus) Kejari Garut",
        ),
        (
            "Kepala Satuan Reserse Kriminal (Kasat Reskrim) Polres Bogor, AKP Teguh Kumara, mengatakan pelaku ditahan.",
            "Teguh Kumara",
            "Kepala Satuan Reserse Kriminal (Kasat Reskrim) Polres Bogor",
        ),
    ],
)
def test_a_post_keeps_its_short_form_in_brackets(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role


def test_the_acting_head_of_a_disaster_agency_is_a_post() -> None:
    text = "Kalakhar BPBD Kabupaten Klaten, Sri Wahyuni, mengatakan tiga rumah rusak diterjang angin."
    assert (_roles(text).get("Sri Wahyuni") or "").startswith("Kalakhar")


@pytest.mark.parametrize(
    "text",
    [
        "Dinas Lingkungan Hidup menyiapkan teknologi Waste to Energy dengan dukungan listrik dari PLN.",
        "Seminar itu didukung oleh BNI; Bank Mandiri; dan Indosat, Empowering Your Future.",
    ],
)
def test_capitalised_words_of_an_english_phrase_are_no_body_or_place(text: str) -> None:
    found = {name for _, name in _names(text)}
    assert not found & {"Waste", "Energy", "Waste to Energy", "Empowering Your Future"}


def test_a_name_with_of_stays_a_name() -> None:
    assert ("ORG", "University of Melbourne") in _names("Ia kuliah di University of Melbourne sebelum ke Jakarta.")


def test_a_title_word_inside_a_name_after_an_unknown_first_word_stays_in_the_name() -> None:
    text = "Anggota Komisi II DPR RI Togar Raja Sitompul mengatakan revisi itu rampung bulan ini."
    names = _names(text)
    assert ("PER", "Togar Raja Sitompul") in names
    assert ("PER", "Sitompul") not in names
