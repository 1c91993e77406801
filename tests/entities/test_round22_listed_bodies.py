"""Round 22 (found on the unannotated mining pool): a one-word name the tagger reads as a person,
with no post, listed among bodies and no people (`Honda, Yamaha, dan Zeltra`), is a body too.
Two items joined by a comma alone are not a list (`Dilansir Reuters, Benny menekankan`).
Sentences written for the tests; the tagger's person spans are given, as it reads them in longer
articles."""

from __future__ import annotations

import pytest

from warta.document.input import to_article
from warta.entities import extract


def _labels(text: str, tagged: dict[str, str]) -> dict[str, str]:
    a = to_article(text)
    spans = []
    for n, label in tagged.items():
        pos = a.norm.find(n)
        while pos != -1:
            spans.append((pos, pos + len(n), label))
            pos = a.norm.find(n, pos + len(n))
    return {e.canonical: e.label for e in extract(a, tagged=spans)}


@pytest.mark.parametrize(
    ("text", "name", "bodies"),
    [
        (
            "Ban baru itu sudah cocok dengan motor Honda, Yamaha, dan Zeltra, ujar teknisi tim.",
            "Zeltra",
            ["Honda", "Yamaha"],
        ),
        (
            "Stok solar kosong di SPBU swasta seperti Pertamina, Solvexa, dan Petronas sejak pekan lalu.",
            "Solvexa",
            ["Pertamina", "Petronas"],
        ),
        ("Data itu diunggah ke dua situs pembanding, Geekmark dan AnTuTu, pada Senin malam.", "Geekmark", ["AnTuTu"]),
    ],
)
def test_a_one_word_name_listed_among_bodies_is_a_body(text: str, name: str, bodies: list[str]) -> None:
    assert _labels(text, {name: "PER", **dict.fromkeys(bodies, "ORG")}).get(name) == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a body, a comma, then the clause's subject: no list
        ("Dilansir Reuters, Bennoz menekankan wabah itu belum berakhir.", "Bennoz"),
        # a person named among bodies and people is a person
        ("Acara itu dihadiri Kompas, Tempo, Joko Widodo, dan Sumarlin.", "Sumarlin"),
    ],
)
def test_a_person_next_to_a_body_stays_a_person(text: str, name: str) -> None:
    tagged = {name: "PER", "Joko Widodo": "PER", "Reuters": "ORG", "Kompas": "ORG", "Tempo": "ORG"}
    assert _labels(text, tagged).get(name) == "PER"
