"""Places named by an epithet or a building, and bodies known by short names (issue #16, class 6)."""

import warta


def by_name(text: str) -> dict[str, tuple[str, str | None]]:
    return {e.canonical: (e.label, e.country) for e in warta.read(text, layers=["entities"]).entities}


def test_country_named_only_by_its_epithet_is_canonical_by_its_name() -> None:
    got = by_name("Pemain itu kembali ke Tanah Air setelah membela klub di Belanda.")
    assert got.get("Indonesia") == ("LOC", "ID")
    assert "Tanah Air" not in got


def test_city_hall_after_a_preposition_is_a_place() -> None:
    got = by_name("Ia ditemui di Balaikota Surabaya, Jalan Taman Surya, Rabu.")
    assert got.get("Balaikota Surabaya") == ("LOC", "ID")


def test_rating_agencies_are_organisations() -> None:
    got = by_name("Surat utang itu memperoleh peringkat dari Moody's dan dari Fitch.")
    assert got.get("Moody's", ("", None))[0] == "ORG"
    assert got.get("Fitch", ("", None))[0] == "ORG"


def test_sumatra_spelling_and_its_short_form_are_one_province() -> None:
    es = warta.read(
        "Gubernur Sumatra Barat (Sumbar) Mahyeldi hadir. Inflasi Sumbar turun.", layers=["entities"]
    ).entities
    places = [e for e in es if e.label == "LOC"]
    assert len(places) == 1 and places[0].country == "ID"
    assert {m.text for m in places[0].mentions} == {"Sumatra Barat", "Sumbar"}


def test_unknown_place_before_a_known_one_after_di_is_a_place() -> None:
    got = by_name("Polisi menangkap pelaku di Rorotan Jakut pada Sabtu malam.")
    assert got.get("Rorotan") == ("LOC", "ID")


def test_a_building_word_before_a_known_place_is_no_place_of_its_own() -> None:
    got = by_name("Pelaku dibawa ke Mapolda Riau untuk diperiksa.")
    assert "Mapolda" not in got


def test_regents_hall_is_a_named_site() -> None:
    assert by_name("Acara itu digelar di Pendopo Garut, Senin.").get("Pendopo Garut", ("",))[0] == "LOC"
