"""Labels the whole article settles (issue #16), on other names: a province written with its
short form is a place, an unknown "place" listed among people is a person, an unknown one-word
"person" closing a list of places is a place."""

import warta
from warta.document.model import Entity, Mention
from warta.entities import labels


def _labels(text: str) -> dict[str, str]:
    art = warta.read(text, layers=["entities"])
    return {e.canonical: e.label for e in art.entities}


def test_province_with_its_short_form_is_a_place() -> None:
    labels = _labels("Dinas Pariwisata Kota Kupang, Nusa Tenggara Timur (NTT), mencatat kunjungan naik.")
    assert labels.get("Nusa Tenggara Timur") == "LOC"


def _ent(text: str, name: str, label: str) -> Entity:
    s = text.index(name)
    return Entity(name, label, [Mention(s, s + len(name), name)])


def test_unknown_place_listed_among_people_is_a_person() -> None:
    text = "Video itu dibagikan oleh Jerome Polin hingga Rara Wulandari Siregar. Unggahan itu ramai."
    ents = [_ent(text, "Jerome Polin", "PER"), _ent(text, "Rara Wulandari Siregar", "LOC")]
    assert [e.label for e in labels.settle_labels(text, ents)] == ["PER", "PER"]
    text = "Bantuan dikirim ke Jakarta Selatan dan Kebayoran Lama oleh Rudi."  # known places stay
    ents = [_ent(text, "Jakarta Selatan", "LOC"), _ent(text, "Kebayoran Lama", "LOC"), _ent(text, "Rudi", "PER")]
    assert [e.label for e in labels.settle_labels(text, ents)] == ["LOC", "LOC", "PER"]


def test_unknown_person_closing_a_list_of_places_is_a_place() -> None:
    text = "Situs megalit juga ditemukan di Napu, Besoa. Wisatawan datang ke Tentena."
    ents = [_ent(text, "Napu", "LOC"), _ent(text, "Besoa", "PER")]
    assert [e.label for e in labels.settle_labels(text, ents)] == ["LOC", "LOC"]
    text = "Hal itu disampaikan di Jakarta, Budi mengatakan."  # a known given name stays a person
    ents = [_ent(text, "Jakarta", "LOC"), _ent(text, "Budi", "PER")]
    assert [e.label for e in labels.settle_labels(text, ents)] == ["LOC", "PER"]


def test_name_with_family_particle_listed_with_people_is_a_person() -> None:
    art = warta.read(
        "Surat itu diteken Rina Maharani, Carlos dos Santos, Dimas Prasetyo, hingga Lucas van Dijkstra kemarin.",
        layers=["entities"],
    )
    people = {e.canonical for e in art.entities if e.label == "PER"}
    assert {"Carlos dos Santos", "Lucas van Dijkstra"} <= people
