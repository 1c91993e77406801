"""Text damage a scrape leaves: paragraphs glued at a full stop (``ilegal.Sebab``) are split,
while a glued stop inside an abbreviation, a number or an initial (``Jl.Sudirman``, ``No.5``,
``Rp1.500.000``, ``A.Yani``) ends no sentence; a function word glued to a name (``dariAFP``) is
its own token. Offsets stay those of the original text."""

import pytest

import warta


def _sentences(text: str) -> list[str]:
    art = warta.read(text, layers=[])
    return [art.text[s.start : s.end] for s in art.sentences]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Polisi menangkap pelaku tambang ilegal.Sebab, kata dia, tambang itu merusak hutan.",
            ["Polisi menangkap pelaku tambang ilegal.", "Sebab, kata dia, tambang itu merusak hutan."],
        ),
        (
            "Target itu serupa saat Pilkada 2017 berlangsung.Dalam sambutannya, Arief mengimbau komisioner.",
            ["Target itu serupa saat Pilkada 2017 berlangsung.", "Dalam sambutannya, Arief mengimbau komisioner."],
        ),
        (
            "Kantornya di Jl.Sudirman No.5 menagih Rp1.500.000.Namun warga menolak.",
            ["Kantornya di Jl.Sudirman No.5 menagih Rp1.500.000.", "Namun warga menolak."],
        ),
        (
            "Ia tinggal di Jalan A.Yani bersama keluarganya sejak lama.",
            ["Ia tinggal di Jalan A.Yani bersama keluarganya sejak lama."],
        ),
    ],
)
def test_glued_full_stops(text: str, want: list[str]) -> None:
    assert _sentences(text) == want


def test_function_word_glued_to_a_name() -> None:
    art = warta.read("Kabar itu dikutip dariAFP dan dilansir lamanWashington Post pada Minggu.", layers=[])
    words = [art.text[t.start : t.end] for t in art.tokens]
    assert "AFP" in words and "dari" in words
