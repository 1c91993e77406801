"""Round 30: the town written after a university's name (`Universitas Brawijaya Malang`) is a place of
its own, not part of the body's name; a name generic without the town (`Universitas Negeri Semarang`)
or closed by a country (`Universitas Kebangsaan Republik Indonesia`) keeps it. Sentences written for
the tests."""

from __future__ import annotations

import sys
from pathlib import Path

from warta.document.model import Entity, Mention
from warta.entities.campuses import campus_towns

sys.path.insert(0, str(Path(__file__).resolve().parent))
from taggedcases import labelled_mentions  # noqa: E402


def test_town_after_a_university_is_a_place() -> None:
    text = (
        "Pakar hukum tata negara dari Universitas Brawijaya Malang, Sri Wahyuni, menilai putusan itu "
        "melampaui kewenangan hakim. Ia menyampaikan pendapatnya dalam diskusi daring, Rabu."
    )
    ents = labelled_mentions(text)
    assert ents["Universitas Brawijaya"] == ("ORG", ["Universitas Brawijaya"])
    assert ents["Malang"][0] == "LOC"


def test_english_institute_before_a_country_town() -> None:
    text = "Peneliti ISEAS-Yusof Ishak Institute Singapura, Jayant Menon, menilai ekspor itu masih kecil."
    ents = labelled_mentions(text)
    assert "ISEAS-Yusof Ishak Institute" in ents
    assert ents["Singapura"][0] == "LOC"


def test_generic_and_country_names_keep_their_tails() -> None:
    text = "Rektor Universitas Negeri Semarang dan Universitas Kebangsaan Republik Indonesia hadir."
    ents = []
    for name in ("Universitas Negeri Semarang", "Universitas Kebangsaan Republik Indonesia"):
        at = text.index(name)
        ents.append(Entity(name, "ORG", [Mention(at, at + len(name), name)]))
    out = campus_towns(text, ents)
    assert [e.canonical for e in out] == ["Universitas Negeri Semarang", "Universitas Kebangsaan Republik Indonesia"]


def test_a_field_of_study_before_the_town_keeps_it() -> None:
    """`Institut Pertanian Bogor` (IPB): without the town the name is any agricultural institute's."""
    text = "Guru besar Institut Pertanian Bogor, Dwi Andreas Santosa, menilai harga beras masih tinggi."
    ents = labelled_mentions(text)
    assert ents["Institut Pertanian Bogor"] == ("ORG", ["Institut Pertanian Bogor"])
    assert "Bogor" not in ents


def test_one_university_named_with_two_towns_is_one_body() -> None:
    text = "Peneliti Universitas Airlangga Surabaya dan dosen Universitas Airlangga Jawa Timur hadir."
    ents = []
    for name in ("Universitas Airlangga Surabaya", "Universitas Airlangga Jawa Timur"):
        at = text.index(name)
        ents.append(Entity(name, "ORG", [Mention(at, at + len(name), name)]))
    bodies = [e for e in campus_towns(text, ents) if e.label == "ORG"]
    assert [(e.canonical, len(e.mentions)) for e in bodies] == [("Universitas Airlangga", 2)]
