"""A party's secretariat or school named only as where something happens (`di Sekretariat
Partai X Kota Y`, `di Sekolah Partai Z`) is a site (LOC, GUIDELINES: named sites are LOC); as
a body doing something it stays ORG. Sentences written for the test, not taken from the gold."""

import warta


def entities(text: str) -> dict[str, tuple[str, str | None]]:
    art = warta.read(text, layers=["entities", "places"])
    return {e.canonical: (e.label, e.country) for e in art.entities}


def test_a_party_secretariat_after_di_is_a_place():
    ents = entities(
        "Ketua DPD Partai Demokrat Medan Rahmat Sinaga berbicara di Sekretariat Demokrat Medan, "
        "Jalan Gatot Subroto, Kamis (16/10/2025). Kader diminta bekerja keras."
    )
    assert ents.get("Sekretariat Demokrat Medan", ("", ""))[0] == "LOC"


def test_a_party_school_after_di_is_a_place_in_indonesia():
    ents = entities(
        "Pelatihan calon kepala daerah digelar di Sekolah Gerindra, Hambalang, Bogor, Selasa "
        "(14/10/2025). Sebanyak 40 peserta hadir."
    )
    assert ents.get("Sekolah Gerindra") == ("LOC", "ID")


def test_a_secretariat_that_acts_stays_the_body():
    ents = entities(
        "Sekretariat Kabinet menerbitkan salinan peraturan itu pada Senin (13/10/2025). "
        "Sekretariat Kabinet juga mengunggahnya ke laman resmi."
    )
    assert ents.get("Sekretariat Kabinet", ("", ""))[0] == "ORG"
