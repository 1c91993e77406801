"""Round 22 (found on the unannotated mining pool): a body or a place named in full and then by
its first or last word alone (`Detroit Pistons … Pistons`, `Candi Prambanan … Prambanan`) is one
entity, though the tagger reads the lone word as a person; a person whose full name was read as
a place keeps the lone word (`Andaru Christie … Andaru`). Sentences written for the tests;
the tagger's spans are given, as it reads them in longer articles."""

from __future__ import annotations

import pytest

from warta.document.input import to_article
from warta.entities import extract


def _entities(text: str, tagged: dict[str, str]) -> dict[str, tuple[str, set[str]]]:
    a = to_article(text)
    spans = []
    for name, label in tagged.items():
        pos = a.norm.find(name)
        while pos != -1:
            if not any(s <= pos < e for s, e, _l in spans):
                spans.append((pos, pos + len(name), label))
            pos = a.norm.find(name, pos + len(name))
    return {e.canonical: (e.label, {m.text for m in e.mentions}) for e in extract(a, tagged=sorted(spans))}


@pytest.mark.parametrize(
    ("text", "whole", "short"),
    [
        (
            "Tim tamu Detroit Pistons kalah 93-113 di Los Angeles. Pistons kini tertahan di urutan kesepuluh.",
            "Detroit Pistons",
            "Pistons",
        ),
        (
            "Pengguna kini bisa memesan taksi dari Zentrix Group lewat aplikasi. Tahun depan Zentrix "
            "menyiapkan 500 armada baru.",
            "Zentrix Group",
            "Zentrix",
        ),
    ],
)
def test_a_lone_word_of_a_body_name_is_that_body(text: str, whole: str, short: str) -> None:
    found = _entities(text, {whole: "ORG", short: "PER"})
    assert short not in found
    assert found[whole][0] == "ORG" and short in found[whole][1]


def test_a_person_whose_name_was_read_as_a_place_keeps_the_lone_word() -> None:
    # no trade before the name (round 39: `Pebulu tangkis` opening the sentence is read as the trade it is,
    # which finds the person before the tagger's place reading counts)
    text = (
        "Pada laga itu Andaru Christie melaju ke final di Jakarta. Sebelumnya, Andaru menang atas "
        "Lee dari Korea Selatan."
    )
    found = _entities(text, {"Andaru Christie": "LOC", "Andaru": "PER"})
    assert found["Andaru"][0] == "PER"
