"""Round 13, second pass: a body named with its own comma-listed fields, and a side of a football
match read as a club (sentences written for the tests)."""

from __future__ import annotations

import pytest

import warta
from warta.document.model import Entity, Mention
from warta.entities.clubs import club_sides
from warta.entities.field_lists import extend_field_lists
from warta.entities.numbered import numbered_bodies


def _ents(text: str) -> list[tuple[str, str]]:
    return [(e.canonical, e.label) for e in warta.read({"id": "t", "text": text}, layers=["entities"]).entities]


def _entity(text: str, name: str, label: str) -> Entity:
    at = text.index(name)
    return Entity(name, label, [Mention(at, at + len(name), name)])


def test_a_body_runs_on_over_its_field_list() -> None:
    text = (
        "Kepala Dinas Perikanan, Peternakan, dan Perkebunan (DP3) Kabupaten Sragen, Wiji Lestari, mengatakan stok aman."
    )
    out = extend_field_lists(text, [_entity(text, "Dinas Perikanan", "ORG")])
    assert [e.canonical for e in out] == ["Dinas Perikanan, Peternakan, dan Perkebunan"]
    m = out[0].mentions[0]
    assert text[m.start : m.end] == "Dinas Perikanan, Peternakan, dan Perkebunan"


def test_the_whole_pipeline_keeps_the_listed_body() -> None:
    text = "Kepala Biro Hukum, Organisasi, dan Tata Laksana (BHOTL) Pemkot Malang, Rudi Hartanto, bilang aturan itu berlaku."
    names = [c for c, label in _ents(text) if label == "ORG"]
    assert "Biro Hukum, Organisasi, dan Tata Laksana" in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rapat dihadiri Dinas Pendidikan, Bandung, dan Cimahi pada Senin.", "Dinas Pendidikan"),
        ("Rapat dihadiri Dinas Pendidikan, Kepolisian, dan Badan Gizi Nasional pada Senin.", "Dinas Pendidikan"),
        # one body after `dan`, a place or a person: no field
        ("Rapat itu dihadiri Kementerian Keuangan dan Kementerian Agama pada Senin.", "Kementerian Keuangan"),
        ("Rapat itu dihadiri Dinas Sosial dan Bandung pada Senin.", "Dinas Sosial"),
        ("Petugas Dinas Sosial dan Andi Wijaya datang pada Senin.", "Dinas Sosial"),
    ],
)
def test_a_list_of_other_names_is_not_a_field_list(text: str, name: str) -> None:
    out = extend_field_lists(text, [_entity(text, name, "ORG")])
    assert out[0].canonical == name


@pytest.mark.parametrize(
    ("text", "cut", "whole"),
    [
        # one field after `dan`, no comma, closed by a bracketed acronym or a lower-case word
        (
            "Petugas Direktorat Pengawasan dan Monitoring datang pada Senin.",
            "Direktorat Pengawasan",
            "Direktorat Pengawasan dan Monitoring",
        ),
        (
            "Kepala Badan Riset dan Inovasi (BRIN) Daerah membuka acara itu.",
            "Badan Riset",
            "Badan Riset dan Inovasi",
        ),
        # the list closed by the body's country (a country word in the last field stays in the name)
        (
            "Lomba itu digelar Kementerian Pertanian, Kehutanan, dan Perikanan RI tahun ini.",
            "Kementerian Pertanian",
            "Kementerian Pertanian, Kehutanan, dan Perikanan",
        ),
        (
            "Delegasi Kementerian Perdagangan dan Perindustrian Malaysia tiba di Jakarta.",
            "Kementerian Perdagangan",
            "Kementerian Perdagangan dan Perindustrian Malaysia",
        ),
        # the list closed by the body the unit belongs to
        (
            "Surat itu diteken Direktorat Jenderal Bina Marga, Cipta Karya, dan Perumahan Kementerian PU.",
            "Direktorat Jenderal Bina Marga",
            "Direktorat Jenderal Bina Marga, Cipta Karya, dan Perumahan",
        ),
    ],
)
def test_a_body_runs_on_over_fields_closed_by_an_acronym_a_country_or_its_parent(
    text: str, cut: str, whole: str
) -> None:
    out = extend_field_lists(text, [_entity(text, cut, "ORG")])
    assert out[0].canonical == whole


def test_a_side_of_a_match_is_a_club() -> None:
    text = (
        "Leeds kalah 1-2 saat bertandang ke markas Wrexham. Di laga lain, Everton cuma bermain imbang 0-0 "
        "melawan Queens Park. Klasemen Liga Inggris kini berubah, dan gol Leeds dicetak Daniel James."
    )
    out = club_sides(text, [_entity(text, "Wrexham", "PER"), _entity(text, "Queens Park", "LOC")])
    assert [e.label for e in out] == ["ORG", "ORG"]


def test_a_player_after_a_cue_stays_a_person() -> None:
    text = "Di liga itu, gol pertama lahir saat Persib melawan Marc Klok yang mencetak gol di stadion."
    out = club_sides(text, [_entity(text, "Marc Klok", "PER")])
    assert out[0].label == "PER"


def test_outside_football_a_name_after_melawan_keeps_its_label() -> None:
    text = "Warga melawan Sutrisno Wibowo di pengadilan negeri soal sengketa tanah."
    out = club_sides(text, [_entity(text, "Sutrisno Wibowo", "PER")])
    assert out[0].label == "PER"


def test_a_name_opened_by_initials_is_a_person_when_named_once() -> None:
    text = "Kemudian M. Naufal Giffary, siswa SMAN 1 Mataram, meraih emas dalam lomba itu."
    assert ("M. Naufal Giffary", "PER") in _ents(text)


def test_initials_alone_before_one_word_do_not_make_a_person() -> None:
    from warta.entities import _INITIALLED

    assert _INITIALLED.match("A.S. Pudjoharsoyo Wibowo")
    assert not _INITIALLED.match("Jl. Sudirman Raya")
    assert not _INITIALLED.match("A. Yani")


def test_a_body_keeps_its_region_numeral_and_what_follows() -> None:
    text = "Kepala Balai Besar Pelaksanaan Jalan Wilayah III Tipe B Jambi, Kementerian PU, Andi Saputra, bilang jalan rusak."
    body = _entity(text, "Balai Besar Pelaksanaan Jalan Wilayah", "ORG")
    tail = _entity(text, "III Tipe B Jambi", "PER")
    out = numbered_bodies(text, [body, tail])
    assert [(e.canonical, e.label) for e in out] == [("Balai Besar Pelaksanaan Jalan Wilayah III Tipe B Jambi", "ORG")]


def test_a_name_ending_in_a_roman_numeral_is_a_body_unless_a_ruler() -> None:
    text = "Penyidik mendatangi kantor Perhutana IV di Bogor. Raja Charles III bertemu warga."
    out = numbered_bodies(text, [_entity(text, "Perhutana IV", "PER")])
    assert out[0].label == "ORG"
    assert ("Charles III", "PER") in _ents(text)


def test_a_name_after_a_company_class_noun_is_the_company() -> None:
    from warta.entities.labels import bodies_after_class_noun

    text = "Martin membela pabrikan Velosta musim ini, kata Rivola."
    out = [_entity(text, "Velosta", "PER")]
    bodies_after_class_noun(text, out)
    assert out[0].label == "ORG"


def test_a_person_owning_the_company_stays_a_person() -> None:
    from warta.entities.labels import bodies_after_class_noun

    text = "Ia menggelapkan uang perusahaan Ashanti. Ashanti bisa dibilang kecewa, ujar Ashanti."
    out = [Entity("Ashanti", "PER", [Mention(m, m + 7, "Ashanti") for m in (32, 41, text.rindex("Ashanti"))])]
    bodies_after_class_noun(text, out)
    assert out[0].label == "PER"
    text = "Armada maskapai Sekar Wangi bertambah. Maskapai itu, kata pilot Sekar Wangi, laris."
    out = [_entity(text, "Sekar Wangi", "PER")]
    bodies_after_class_noun(text, out)
    assert out[0].label == "ORG"


def test_a_name_set_off_after_a_kinship_noun_is_a_person() -> None:
    from warta.entities.labels import people_read_as_places_by_kin_or_name

    text = "Petugas menemui istri Karyo, Sanya, untuk dimintai keterangan."
    out = [_entity(text, "Karyo", "PER"), _entity(text, "Sanya", "LOC")]
    people_read_as_places_by_kin_or_name(text, out)
    assert [e.label for e in out] == ["PER", "PER"]
    text = "Ia tinggal bersama anaknya, Ambon, sejak pindah."
    out = [_entity(text, "Ambon", "LOC")]
    people_read_as_places_by_kin_or_name(text, out)
    assert out[0].label == "PER"


def test_a_place_after_a_person_without_kin_stays_a_place() -> None:
    from warta.entities.labels import people_read_as_places_by_kin_or_name

    text = "Rombongan Gubernur Karyo, Ambon, tiba pagi ini di pelabuhan kota pimpinan Karyo, Ambon."
    out = [_entity(text, "Karyo", "PER"), _entity(text, "Ambon", "LOC")]
    people_read_as_places_by_kin_or_name(text, out)
    assert out[1].label == "LOC"


def test_a_name_glued_after_a_function_word_is_read() -> None:
    text = 'Program itu tetap jalan," kata Gibran, dilansirAntara.\nGibran menambahkan hal lain.'
    assert ("Antara", "ORG") in _ents(text)


def test_a_glued_unknown_word_makes_no_entity() -> None:
    from warta.entities.glued import glued_after

    text = "Kegiatan ini, menurut warga, sangat bermanfaat dariSegi ekonomi. Kata Budi, semua senang."
    assert glued_after(text, []) == []
    budi = _entity(text, "Budi", "PER")
    text2 = text + " Hadiah diserahkan olehBudi."
    out = glued_after(text2, [budi])
    assert [m.text for m in out[0].mentions] == ["Budi", "Budi"]


def test_an_acronym_of_lower_case_words_is_no_body() -> None:
    from warta.entities.common_acronyms import drop_common_acronyms

    text = "Relawan wajib memakai alat pelindung tubuh (APT) saat bekerja. Stok APT menipis, kata Hana."
    assert drop_common_acronyms(text, [_entity(text, "APT", "ORG")]) == []
    text = "Data dari Badan Pengawas Tenaga (BPT) menunjukkan kenaikan. BPT menyebut angka itu."
    assert len(drop_common_acronyms(text, [_entity(text, "BPT", "ORG")])) == 1
    text = "Kasus ditangani komisi pemberantasan korupsi (KPK) sejak Senin."
    assert len(drop_common_acronyms(text, [_entity(text, "KPK", "ORG")])) == 1


def test_a_religion_adjective_is_no_entity_but_a_church_is() -> None:
    ents = _ents("Misa dihadiri umat Nasrani di Gereja Katolik Santo Yoseph, Semarang, pada Minggu.")
    names = [c for c, _ in ents]
    assert "Nasrani" not in names
    assert any(c.startswith("Gereja Katolik") for c in names)


def test_two_headed_names_joined_by_dan_are_two() -> None:
    ents = _ents("Rapat digelar Komisi Pemilihan Umum dan Badan Pengawas Pemilu pada Senin di Bandung.")
    assert ("Komisi Pemilihan Umum", "ORG") in ents
    assert ("Badan Pengawas Pemilu", "ORG") in ents
    assert ("Kementerian Pemuda dan Olahraga", "ORG") in _ents(
        "Ia menjabat di Kementerian Pemuda dan Olahraga sejak 2019."
    )
