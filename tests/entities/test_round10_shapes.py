"""Entity shapes from the ninth round's blind sets (issue #16), tested on other names: a lone
letter or number is no name, a body's `RI` belongs to the body, a bare middle initial joins one
name, a site's closing city and a pair of joined streets are two places, an English country name
is one place."""

import warta


def _ents(text: str) -> dict[str, tuple[str, list[str]]]:
    art = warta.read(text, layers=["entities", "places"])
    return {e.canonical: (e.label, [m.text for m in e.mentions]) for e in art.entities}


def test_lone_letter_or_number_is_no_person_but_an_initial_is() -> None:
    ents = _ents("Kementerian dan K/L lain ikut membantu, kata Rudi Hartono. Pasal 27 dilanggar.")
    assert "K" not in ents and "27" not in ents
    ents = _ents("Guru berinisial R ditangkap polisi. Tersangka R mengaku menyesal.")
    assert ents.get("R", ("", []))[0] == "PER"


def test_body_then_ri_is_the_body_and_a_law_ri_no_place() -> None:
    ents = _ents("Wakil Ketua DPR RI Budi Santoso hadir. Jaksa memakai UU RI Nomor 31 Tahun 1999.")
    assert ents.get("DPR RI", ("", []))[0] == "ORG"
    assert "Indonesia" not in ents


def test_bare_middle_initial_joins_one_person() -> None:
    ents = _ents("Menteri Ahmad H Siregar meninjau rumah sakit. Menurut Ahmad, antrean sudah berkurang.")
    assert ents.get("Ahmad H Siregar", ("", []))[0] == "PER"
    assert "Siregar" not in ents


def test_site_then_city_and_joined_streets_are_two_places() -> None:
    ents = _ents(
        "Festival digelar di Museum Fatahillah Jakarta. Arus lalu lintas di Jalan Gajah Mada-Hayam Wuruk padat."
    )
    assert "Museum Fatahillah" in ents and "Jakarta" in ents
    assert "Jalan Gajah Mada" in ents and ents.get("Jalan Hayam Wuruk", ("", []))[1] == ["Hayam Wuruk"]
    ents = _ents("Truk terguling di Jalan Pantura Tegal-Brebes pagi tadi.")
    assert "Jalan Pantura Tegal-Brebes" in ents


def test_english_country_name_is_one_place() -> None:
    ents = _ents("Timnas akan bertanding melawan New Zealand di Jakarta.")
    assert ents.get("Selandia Baru", ("", [])) == ("LOC", ["New Zealand"])
    assert "Zealand" not in ents


def test_initials_after_a_rank_are_persons_but_a_service_is_not() -> None:
    ents = _ents("Dua anggota, yakni Briptu RH dan Bripka SM, sedang diperiksa. Keduanya ditahan.")
    assert ents.get("RH", ("", []))[0] == "PER" and ents.get("SM", ("", []))[0] == "PER"
    ents = _ents("Komandan Korem Kolonel TNI Agus Salim meninjau lokasi banjir.")
    assert ents.get("TNI", ("ORG", []))[0] != "PER"


def test_short_form_closing_a_post_in_a_body_is_that_body() -> None:
    ents = _ents("Rencana itu dibahas Sekjen GMPI Rahmat Hidayat bersama anggotanya.")
    assert ents.get("GMPI", ("", []))[0] == "ORG"
    ents = _ents("Direktur Eksekutif HAM Rudi Santoso hadir.")  # a subject, not a body
    assert "HAM" not in ents
