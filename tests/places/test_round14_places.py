"""Places (issue #16, round 14): a lone common-word name written on its own (`kawasan Dieng,
Jawa Tengah`) stays a place; only a head word cut from a longer name is dropped."""

from __future__ import annotations

import warta


def entities(text: str) -> dict[str, tuple[str, str | None]]:
    art = warta.read(text, layers=["entities", "places"])
    return {e.canonical: (e.label, e.country) for e in art.entities}


def test_a_place_the_word_list_knows_as_common_stays_when_it_stands_alone():
    got = entities("Wisatawan memadati kawasan Dieng, Jawa Tengah, pada libur panjang pekan lalu.")
    assert got.get("Dieng", ("", ""))[1] == "ID", got


def test_a_common_head_word_before_a_longer_name_is_still_dropped():
    got = entities("Rombongan itu disambut Perwakilan Kementerian Luar Negeri di Bandara Soekarno-Hatta.")
    assert "Perwakilan" not in got, got


def test_a_common_word_after_a_bracketed_acronym_is_cut_from_that_name():
    got = entities("Pasien dirawat di Rumah Sakit Cipto Mangunkusumo (RSCM) Kencana, Jakarta, sejak Senin.")
    assert "Kencana" not in got or got["Kencana"][0] != "LOC", got


def test_a_word_opening_the_sentence_is_no_longer_name_before_a_place():
    got = entities("Di Dieng, Jawa Tengah, suhu turun hingga nol derajat pagi ini.")
    assert got.get("Dieng", ("", ""))[1] == "ID", got


def test_a_name_opened_by_a_given_name_right_after_di_stays_a_place():
    # streets and areas named after heroes: `di Daan Mogot` is a place, `Budi Santoso` after a verb a person
    got = entities('"Modus serupa juga terjadi di Daan Mogot," kata polisi.')
    assert got.get("Daan Mogot", ("", ""))[0] == "LOC", got
    got = entities("Bantuan itu disalurkan melalui Budi Santoso dan Kupang, Senin.")
    assert got.get("Budi Santoso", ("", ""))[0] != "LOC", got


def test_names_listed_after_a_place_opened_by_di_are_places():
    got = entities('"Di Ciracas dan Rawa Terate, Cakung juga sudah ditindaklanjuti," ujar Fayad.')
    assert got.get("Rawa Terate", ("", ""))[0] == "LOC", got
    assert got.get("Cakung") == ("LOC", "ID"), got
    assert got.get("Fayad", ("", ""))[0] == "PER", got


def test_a_person_after_a_fronted_place_and_a_comma_stays_a_person():
    got = entities("Dalam rapat di Bogor, Fayad Hamdani meminta warga tenang.")
    assert got.get("Fayad Hamdani", ("", ""))[0] == "PER", got
    got = entities("Ke Bekasi dan Tambun, Budi Santoso pergi naik kereta.")
    assert got.get("Budi Santoso", ("", ""))[0] == "PER", got


def test_the_office_of_a_body_named_by_its_acronym_after_di_is_a_site():
    text = (
        "Kementerian Perindustrian (Kemenperin) menyiapkan insentif baru. "
        '"Kami siapkan skemanya," katanya dalam jumpa pers di Kantor Kemenperin, Selasa.'
    )
    got = entities(text)
    assert got.get("Kantor Kemenperin") == ("LOC", "ID"), got
    assert got.get("Kementerian Perindustrian", ("", ""))[0] == "ORG", got


def test_an_agency_opened_by_kantor_stays_the_agency():
    got = entities("Kantor Staf Presiden (KSP) menggelar rapat di Kantor Staf Presiden, Jakarta.")
    assert got.get("Kantor Staf Presiden", ("", ""))[0] == "ORG", got


def test_a_foreign_city_opening_a_street_name_gives_its_country():
    got = entities("Turis memadati Las Vegas Boulevard sepanjang malam tahun baru.")
    assert got.get("Las Vegas Boulevard") == ("LOC", "US"), got
    got = entities("Parade itu melintasi Sacramento Street, Senin.")
    assert got.get("Sacramento Street") == ("LOC", "US"), got


def test_a_foreign_town_before_a_word_no_site_list_knows_gives_no_country():
    got = entities("Ia menginap di Marbella Club bersama keluarganya.")
    assert got.get("Marbella Club", ("", None))[1] is None, got


def test_a_lower_case_head_that_makes_a_known_place_joins_the_name():
    got = entities("Kapal cepat berangkat setiap pagi menuju kepulauan Seribu dari Marina Ancol.")
    assert got.get("kepulauan Seribu") == ("LOC", "ID"), got
    assert "Seribu" not in got, got
    got = entities("Hujan deras mengguyur kota Bandung sejak Senin.")
    assert got.get("Bandung") == ("LOC", "ID"), got


def test_a_place_glued_to_the_next_word_by_a_dash_written_as_a_hyphen_is_whole():
    got = entities("Rombongan meninjau sebuah waduk di Jawa Tengah-sebuah proyek yang lama tertunda.")
    assert got.get("Jawa Tengah") == ("LOC", "ID"), got
    assert "Jawa" not in got, got
    got = entities("Mereka pindah ke Bandung-kota yang sejuk-tahun lalu.")
    assert got.get("Bandung") == ("LOC", "ID"), got


def test_an_unknown_area_between_a_street_and_a_known_place_is_a_place():
    got = entities("Polisi menggerebek rumah di Jalan Anggrek, Villa Melati, Serpong, Tangerang Selatan, Sabtu.")
    assert got.get("Villa Melati") == ("LOC", "ID"), got


def test_a_person_between_a_street_and_a_known_place_stays_a_person():
    got = entities("Rumahnya di Jalan Melati, Budi Santoso, Kebayoran Lama.")
    assert got.get("Budi Santoso", ("", ""))[0] == "PER", got


def test_the_office_of_an_acronym_no_list_knows_after_di_is_a_site():
    # round 15: `di Kantor DPJ` (a body's short name no list holds) names the building
    got = entities('"Data itu kami hitung ulang," kata Rosmauli dalam jumpa pers di Kantor DPK, Jakarta, Senin.')
    assert got.get("Kantor DPK", ("", ""))[0] == "LOC", got
    got = entities("Kantor Staf Presiden (KSP) menggelar rapat di Kantor Staf Presiden, Jakarta.")
    assert got.get("Kantor Staf Presiden", ("", ""))[0] == "ORG", got
