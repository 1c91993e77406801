"""A company named like a person (issue #16, round 12): an appositive that calls it a company, or
a post held at it written after a person and a comma, makes it a body. Names differ from the
annotated sets; the last rows keep people as people."""

import pytest

import warta


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Menurut Budi Hartono, analis di Morgan Stanley, saham itu turun.", "Morgan Stanley"),
        ("Yohanes Surya, pendiri Surya Institute, hadir dalam acara itu.", "Surya Institute"),
        ("Telkom memperbaikinya bersama Pratt Whitney, perusahaan kedirgantaraan global.", "Pratt Whitney"),
    ],
)
def test_body_named_like_a_person(text: str, body: str) -> None:
    ents = warta.read(text, layers=["entities"]).entities
    assert body in {e.canonical for e in ents if e.label == "ORG"}, [(e.label, e.canonical) for e in ents]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Menurut Budi Hartono, kata Andi Malik, saham itu turun.", "Andi Malik"),
        ("Hadir pula Rina Kusuma, istri Andi Malik, dalam acara itu.", "Andi Malik"),
    ],
)
def test_person_stays_a_person(text: str, person: str) -> None:
    ents = warta.read(text, layers=["entities"]).entities
    assert person in {e.canonical for e in ents if e.label == "PER"}, [(e.label, e.canonical) for e in ents]
