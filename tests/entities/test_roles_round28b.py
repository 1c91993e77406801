"""Round 28, second roles pass (issue #16, class 9): a post the lexicon lists opening the capitalised
run before a name the reader did not take whole (only a short form is a mention), with the body or
unit it heads between them, is that person's role."""

import pytest

import warta


def _roles(text: str) -> dict[str, str | None]:
    art = warta.read({"text": text, "published": "2025-10-20"}, layers=["entities"])
    return {e.canonical: e.role for e in art.entities if e.label == "PER"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            'Hasil survei itu dipaparkan dalam jumpa pers. "Skor tertinggi diraih Kementerian Pendidikan," ujar '
            "Direktur Riset Arif Noer Zaman, seperti dikutip dari media. Arif menyebut skor kinerja masih sedang.",
            "Arif",
            "Direktur Riset",
        ),
    ],
)
def test_post_opening_the_run_before_a_missed_name(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role


def test_title_case_headline_in_quotes_gives_no_role() -> None:
    text = (
        'Tonton juga "Gubernur Bank Sentral Eropa Takkan Mundur Usai Trump Dilantik" di sini. Trump sebelumnya '
        "mengkritik suku bunga tinggi."
    )
    assert not _roles(text).get("Trump")
