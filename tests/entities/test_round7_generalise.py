"""Round 7 (issue #16): error classes that recur on unseen articles. Institutions news names by
acronym alone, a branch's place inside an organisation span, ... Sentences are written for these
tests (other names than the annotated sets)."""

import pytest

import warta
from warta.entities import extract


def entities(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    art = warta.read(text, layers=["entities", "places"])
    return {e.canonical: (e.label, e.role, e.country) for e in art.entities}


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Jakarta - Data terbaru BP2MI menunjukkan jumlah pekerja migran naik.", "BP2MI"),
        ("Jakarta - Laporan itu sudah diteruskan ke PPATK pekan lalu.", "PPATK"),
        ("Yogyakarta - Pakar hukum dari UGM menilai aturan itu lemah.", "UGM"),
        ("Jakarta - Acara itu disiarkan langsung oleh RCTI dan SCTV malam ini.", "RCTI"),
        ("Jakarta - Peneliti Indef menyebut pertumbuhan ekonomi melambat.", "Indef"),
    ],
)
def test_an_institution_named_by_its_acronym_alone_is_an_organisation(sentence, name):
    assert entities(sentence).get(name, ("",))[0] == "ORG"


def test_a_known_place_after_a_common_word_inside_an_organisation_span_is_the_branch_place():
    text = "Manajer operasional Pelni cabang Tebet, Heru Santoso mengatakan kapal tambahan disiapkan."
    art = warta.read(text, layers=[])
    s = text.index("Pelni")
    tagged = [(s, text.index(","), "ORG")]  # the tagger's reading: one organisation span
    ents = {e.canonical: e.label for e in extract(art, tagged=tagged)}
    assert ents["Pelni"] == "ORG"
    assert ents.get("Tebet") == "LOC"
