"""Round 23, second pass (found on the unannotated mining pool): a "place" the tagger read after
`di` or `dari` whose name closes with a company's word (`Rystad Energy`, `Phintraco Sekuritas`)
is the company, ORG. Sentences written for the tests; the
tagger's spans are given."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from taggedcases import read_tagged  # noqa: E402


def _labels(text: str, tagged: list[str]) -> dict[str, str]:
    return {e.canonical: e.label for e in read_tagged(text, [(n, "LOC") for n in tagged])}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Menurut analis di Nordvik Energy, harga minyak masih akan tertekan hingga akhir tahun.", "Nordvik Energy"),
        ("Riset dari Mandala Sekuritas memperkirakan IHSG bergerak terbatas pekan ini.", "Mandala Sekuritas"),
    ],
)
def test_a_place_closing_with_a_company_word_is_the_company(text: str, name: str) -> None:
    assert _labels(text, [name]).get(name) == "ORG"
