"""Round 38: a unit's or a site's name closing with its parent body (`Komite Disiplin Federasi Sepak
Bola Prancis`, `Fakultas Hukum Universitas Islam Indonesia`, `Gedung Aneka Bakti Kementerian
Sosial`) names the parent too, as the MINE gold lists `Federasi Sepak Bola Prancis` and `Universitas
Islam Indonesia`: the parent is an ORG of its own, also when no list knows it. Not a body whose
second word is a head (`Badan Pusat Statistik`), nor two offices joined by `dan`. Sentences written
for the tests in the shapes of the outlets and the detik pool."""

from __future__ import annotations

import warta


def _entities(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.label for e in ents}


def test_a_disciplinary_committee_of_a_football_federation() -> None:
    text = (
        "Wasit Tony Chapron dijatuhi hukuman berat oleh Komite Disiplin Federasi Sepak Bola Prancis "
        "(FFF) karena menendang seorang pemain."
    )
    ents = _entities(text)
    assert ents["Komite Disiplin Federasi Sepak Bola Prancis"] == "ORG"
    assert ents["Federasi Sepak Bola Prancis"] == "ORG"


def test_a_faculty_of_a_university_before_its_town() -> None:
    text = (
        "Guru Besar Fakultas Hukum Universitas Islam Indonesia (UII) Yogyakarta, Mahfud MD, menyatakan "
        "siap hadir dalam rapat itu."
    )
    assert _entities(text)["Universitas Islam Indonesia"] == "ORG"


def test_a_commission_of_the_council_of_ulema() -> None:
    text = "Fatwa itu diumumkan Ketua Komisi Fatwa Majelis Ulama Indonesia Asrorun Ni'am Sholeh di Jakarta."
    assert _entities(text)["Majelis Ulama Indonesia"] == "ORG"


def test_a_building_of_a_ministry_beside_one_body_with_a_head_word_second() -> None:
    text = "Data Badan Pusat Statistik dibahas di Gedung Aneka Bakti Kementerian Sosial, Jakarta, pada Senin pagi."
    ents = _entities(text)
    assert ents["Kementerian Sosial"] == "ORG"
    assert ents["Badan Pusat Statistik"] == "ORG"
    assert "Pusat Statistik" not in ents
