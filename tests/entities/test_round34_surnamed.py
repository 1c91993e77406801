"""Round 34: a person the tagger read as a body because a bracket (`Mira Kovac (Kroasia)`) or a list
of people follows the name is the person when the article calls the person by the first or the last
word of the name (`Kovac`), and a person named once when a country or lower-case words stand in the
bracket (`(Latvia)`, `(tunggal putra)`). A body with its short form in brackets stays. Sentences
written for the tests in JUARA's and Rimanews's styles."""

from __future__ import annotations

import re

import warta
from warta.entities.spans import CONTEXT, TAGGER, Cand, Cluster
from warta.entities.surnamed import people_read_as_bodies


def _entities(text: str) -> dict[str, tuple[str, int]]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: (e.label, len(e.mentions)) for e in ents}


def _clusters(text: str, names: list[tuple[str, str, int]]) -> list[Cluster]:
    """One cluster per (name, label, strength): every occurrence of the name not inside a longer one."""
    spans = {name: [m.span() for m in re.finditer(rf"\b{re.escape(name)}\b", text)] for name, _, _ in names}
    out = []
    for name, label, strength in names:
        inside = [sp for other, sps in spans.items() if len(other) > len(name) for sp in sps]
        found = [
            Cand(s, e, label, strength, name) for s, e in spans[name] if not any(a <= s and e <= b for a, b in inside)
        ]
        out.append(Cluster(label, f"{label}:{name}", found))
    return out


TEXT = (
    "JUARA.NET, WUHAN - Petenis Spanyol, Lucia Romero, dipastikan menjadi lawan Mira Kovac (Kroasia) di "
    "babak final turnamen Wuhan Terbuka 2017.\n\n"
    "Kovac melaju ke final seusai menundukkan Jelena Markovic (Latvia) 6 - 3, 6 - 4.\n\n"
    "Romero tampil dominan sepanjang laga semifinal.\n\n"
    "Jika Kovac menang, ia naik ke peringkat tiga dunia."
)


def test_a_person_before_a_bracket_called_by_a_surname() -> None:
    # the tagger's ORG for `Mira Kovac (Kroasia)` (its guess, strength TAGGER) beside the person `Kovac`
    names = [("Lucia Romero", "PER", CONTEXT), ("Mira Kovac", "ORG", TAGGER), ("Kovac", "PER", TAGGER)]
    out = people_read_as_bodies(TEXT, _clusters(TEXT, names))
    by_key = {cl.mentions[0].text: cl for cl in out}
    assert by_key["Mira Kovac"].label == "PER"
    assert [m.text for m in by_key["Mira Kovac"].mentions] == ["Mira Kovac", "Kovac", "Kovac"]
    assert "Kovac" not in by_key


def test_a_body_named_like_a_person_keeps_its_label_without_the_cue() -> None:
    # `melalui Bakti Brothers.`: no bracket, no list of people — the tagger is not misled there
    text = "Proyek itu dibangun oleh Bakti Brothers. Bakti ketika itu ingin membangun menara. Kata Bakti, proyek itu sulit."
    names = [("Bakti Brothers", "ORG", TAGGER), ("Bakti", "PER", TAGGER)]
    out = people_read_as_bodies(text, _clusters(text, names))
    assert {cl.mentions[0].text: cl.label for cl in out}["Bakti Brothers"] == "ORG"


def test_a_person_named_once_before_a_country_in_brackets() -> None:
    assert _entities(TEXT).get("Jelena Markovic", ("", 0))[0] == "PER"


def test_a_body_with_its_short_form_stays() -> None:
    text = (
        "Kepala Biro Humas Komisi Pengawas Persaingan Usaha (KPPU) Deswin Nur mengatakan pemeriksaan masih "
        "berjalan. Deswin menambahkan KPPU akan memanggil saksi lain."
    )
    assert _entities(text).get("Komisi Pengawas Persaingan Usaha", ("", 0))[0] == "ORG"
