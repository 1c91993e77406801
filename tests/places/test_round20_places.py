"""Round 20 place rules: sentences written for the tests, in the shapes of Indonesian news."""

from __future__ import annotations

import re

import pytest

import warta
from warta import places
from warta.document import Entity, Mention


def _countries(text: str) -> dict[str, str | None]:
    art = warta.read(text, layers=["entities", "places"])
    return {e.canonical: e.country for e in art.entities if e.label == "LOC"}


def _placed(text: str, names: list[str]) -> dict[str, str | None]:
    """The places layer alone on ``text`` with ``names`` as its LOC entities (no NER errors)."""
    art = warta.read(text, layers=[])
    art.entities = [
        Entity(n, "LOC", [Mention(m.start(), m.end(), n) for m in re.finditer(re.escape(n), art.norm)]) for n in names
    ]
    places.annotate(art)
    return {e.canonical: e.country for e in art.entities}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a US state against a South African town of 120,000
        ("Gubernur Virginia menandatangani aturan baru soal pajak kendaraan.", "Virginia", "US"),
        # a Canadian province against a Californian city of 170,000
        ("Kebakaran hutan di Ontario memaksa ribuan warga mengungsi pada Senin.", "Ontario", "CA"),
        # a US state against a Honduran town of 25,000
        ("Delegasi dagang dari Arizona bertemu pengusaha di Surabaya.", "Arizona", "US"),
    ],
)
def test_a_state_of_a_populous_country_wins_over_a_same_named_town_abroad(text: str, name: str, country: str) -> None:
    assert _countries(text)[name] == country


def test_a_lower_case_suffix_after_a_hyphen_is_no_abbreviation_of_indonesia() -> None:
    text = "Citra satelit menunjukkan kendaraan berat keluar masuk situs uji coba Sohae-ri sepanjang pekan."
    assert _placed(text, ["Sohae-ri"])["Sohae-ri"] != "ID"


def test_an_abbreviation_of_indonesia_in_capitals_still_places_a_building() -> None:
    text = "Massa berkumpul di depan Gedung Sekretariat Negara RI sejak pagi."
    assert _placed(text, ["Gedung Sekretariat Negara RI"])["Gedung Sekretariat Negara RI"] == "ID"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Antrean kendaraan mengular sejauh lima kilometer di Tol Japek Elevated sejak Jumat malam.",
            "Tol Japek Elevated",
        ),
        (
            "Gudang itu berada di Kawasan Industri Greenland International, kata polisi.",
            "Kawasan Industri Greenland International",
        ),
        ("Genangan air setinggi 40 cm merendam Simpang Mayor Ruslan pada Selasa pagi.", "Simpang Mayor Ruslan"),
    ],
)
def test_a_site_whose_head_only_indonesia_has_is_indonesian_however_its_name_reads(text: str, name: str) -> None:
    assert _placed(text, [name])[name] == "ID"


def test_a_site_head_shared_with_sites_abroad_still_listens_to_how_the_name_reads() -> None:
    text = "Balapan seri berikutnya digelar di Sirkuit Silverstone pekan depan."
    assert _placed(text, ["Sirkuit Silverstone"])["Sirkuit Silverstone"] != "ID"


def test_an_indonesian_order_hotel_in_a_story_with_no_place_abroad_is_at_home() -> None:
    text = "Rapat kerja itu digelar di Hotel Mulia dan dihadiri para kepala dinas."
    assert _placed(text, ["Hotel Mulia"])["Hotel Mulia"] == "ID"


def test_a_hotel_whose_name_reads_foreign_is_not_put_at_home() -> None:
    text = "Delegasi itu menginap di Hotel Waldorf Astoria selama kunjungan."
    assert _placed(text, ["Hotel Waldorf Astoria"])["Hotel Waldorf Astoria"] != "ID"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Polisi Hong Kong menutup Tsing Ma Bridge selama tiga jam pada Senin. Kemacetan menjalar ke "
            "Kowloon dan Tsuen Wan. Warga Hong Kong diminta memakai jalur lain.",
            "Tsing Ma Bridge",
            "HK",
        ),
        (
            "Wisatawan asal Jakarta itu mengunjungi Edinburgh Castle dan Warwick Castle selama sepekan di Inggris.",
            "Warwick Castle",
            "GB",
        ),
    ],
)
def test_an_english_order_site_abroad_is_one_place_in_the_story_country(text: str, name: str, country: str) -> None:
    assert _countries(text).get(name) == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Gempa bermagnitudo 6,1 mengguncang Sichuan pada Selasa dini hari.", "Sichuan", "CN"),
        ("Kebakaran pabrik baterai di Gyeonggi menewaskan 22 pekerja.", "Gyeonggi", "KR"),
    ],
)
def test_a_province_abroad_is_known_without_the_unit_word_iso_writes(text: str, name: str, country: str) -> None:
    assert _placed(text, [name])[name] == country


def test_the_short_form_of_a_unit_does_not_take_a_country_name() -> None:
    text = "Kapal perang itu berlayar melewati Selat Taiwan menuju Taiwan."
    assert _placed(text, ["Taiwan"])["Taiwan"] == "TW"
