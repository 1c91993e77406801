"""A place run on into the person named after it (issue #16, round 12): a post and a country
before the holder, `di` and a known place before a full name, and a place unit known in full
before a full name, with no verb of saying after it. Names differ from the annotated sets."""

import pytest

import warta

ROWS = [
    # a post, a country, the holder (no verb of saying right after)
    ("Presiden Pakistan Shehbaz Sharif dengan cepat mengecam serangan itu.", "Shehbaz Sharif", "Pakistan"),
    ("Perdana Menteri Malaysia Anwar Ibrahim tiba di Jakarta pada Senin pagi.", "Anwar Ibrahim", "Malaysia"),
    ("Presiden Afghanistan Hamid Karzai kemudian meninggalkan Kabul.", "Hamid Karzai", "Afganistan"),
    # `di`, a known place, a full name with a known given name
    ("Menurut warga di Kuranji Hendra Saputra Wijaya, festival itu meriah.", "Hendra Saputra Wijaya", "Kuranji"),
    (
        "Salah satu pedagang di Cibinong Dedi Kurniawan Saputra menyambut baik acara itu.",
        "Dedi Kurniawan Saputra",
        "Cibinong",
    ),
    # a place unit known in full, then a full name
    (
        "Meninggalnya guru SMP di Kabupaten Sleman Ahmad Fauzi Rahman menjadi sorotan.",
        "Ahmad Fauzi Rahman",
        "Kabupaten Sleman",
    ),
]


@pytest.mark.parametrize(("text", "person", "where"), ROWS, ids=[r[1] for r in ROWS])
def test_place_and_person_come_apart(text: str, person: str, where: str) -> None:
    ents = warta.read(text, layers=["entities"]).entities
    assert person in {e.canonical for e in ents if e.label == "PER"}, [(e.label, e.canonical) for e in ents]
    assert where in {e.canonical for e in ents if e.label == "LOC"}, [(e.label, e.canonical) for e in ents]
    assert all(text[m.start : m.end] == m.text for e in ents for m in e.mentions)


def test_a_person_named_like_a_place_is_kept() -> None:
    """Without `di` or a post before it, a name opened by a place's name stays one person."""
    ents = warta.read("Ia tinggal bersama Bambang Tri selama dua tahun.", layers=["entities"]).entities
    assert "Bambang Tri" in {e.canonical for e in ents if e.label == "PER"}


def test_sentence_opener_is_cut_off_a_name_named_alone_elsewhere() -> None:
    """`Pembentukan Harapan Party terjadi …`: the capital of a lower-case word opening the
    sentence is no part of the name the article writes alone elsewhere."""
    text = "Musk mendirikan partai bernama Harapan Party. Pembentukan Harapan Party terjadi setelah itu."
    ents = warta.read(text, layers=["entities"]).entities
    names = {e.canonical: [m.text for m in e.mentions] for e in ents}
    assert names.get("Harapan Party") == ["Harapan Party", "Harapan Party"], names
    assert not any(c.startswith("Pembentukan") for c in names)
    assert all(text[m.start : m.end] == m.text for e in ents for m in e.mentions)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Pemilih lama menolak dominasi Partai Konservatif dan Demokrat yang mengakar.",
            {"Partai Konservatif", "Demokrat"},
        ),
        ("Kementerian Pemuda dan Olahraga menggelar acara.", {"Kementerian Pemuda dan Olahraga"}),
    ],
)
def test_two_bodies_joined_by_dan_come_apart(text: str, names: set[str]) -> None:
    """A known body after `dan` is a second name; a body's own `dan` stays inside its name."""
    ents = warta.read(text, layers=["entities"]).entities
    assert {e.canonical for e in ents if e.label == "ORG"} == names, [(e.label, e.canonical) for e in ents]
    assert all(text[m.start : m.end] == m.text for e in ents for m in e.mentions)
