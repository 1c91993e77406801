"""Places and bodies named after a person are one name, of the head's label; a person after a
title that is no such head stays a person. Names here are made up."""

import warta


def _entities(text: str) -> set[tuple[str, str]]:
    art = warta.read(text, layers=["entities"])
    return {(e.label, e.canonical) for e in art.entities}


def test_hospital_named_after_a_person() -> None:
    got = _entities("Pasien itu dirujuk ke RSUD Siti Aminah di Palembang pada pagi hari.")
    assert ("ORG", "RSUD Siti Aminah") in got
    assert ("PER", "Siti Aminah") not in got


def test_street_named_after_a_ranked_person() -> None:
    got = _entities("Kantor itu berada di Jalan Kapten Andi Tendean, Jakarta Selatan.")
    assert ("LOC", "Jalan Kapten Andi Tendean") in got


def test_person_after_a_post_stays_a_person() -> None:
    got = _entities("Bupati Siti Nurlela datang ke pasar itu pada Senin pagi.")
    assert ("PER", "Siti Nurlela") in got


def test_region_after_a_site_name_is_its_own_place() -> None:
    got = _entities("Pesawat itu terlihat di Bandara Sultan Hasanuddin Makassar pada Jumat pagi.")
    assert ("LOC", "Bandara Sultan Hasanuddin") in got and ("LOC", "Makassar") in got


def test_place_that_is_the_site_name_stays() -> None:
    got = _entities("Rombongan itu mendarat di Bandara Internasional Lombok pada Jumat pagi.")
    assert ("LOC", "Bandara Internasional Lombok") in got
