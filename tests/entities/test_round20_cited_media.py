"""Round 20: a cited medium whose name is also a common word (`Antara`) after a citing phrase
with the citing outlet's channel before `dari`, or after `diterima`; sentences written for the tests."""

from __future__ import annotations

import pytest

import warta


def _orgs(text: str) -> list[str]:
    return [e.canonical for e in warta.read(text, layers=["entities"]).entities if e.label == "ORG"]


@pytest.mark.parametrize(
    "text",
    [
        "Dikutip detikNews dari Antara, sebanyak 40 warga negara asing ditahan di Sihanoukville.",
        "Dilansir detikFinance dari Antara, harga cabai di Pasar Induk naik dua kali lipat.",
        '"Stok beras cukup," kata Budi dalam keterangan tertulis yang diterima Antara di Surabaya, Selasa (4/3).',
    ],
)
def test_a_cited_agency_named_like_a_common_word_is_a_body(text: str) -> None:
    assert "Antara" in _orgs(text)


def test_the_common_word_in_lower_case_is_no_body() -> None:
    assert "Antara" not in _orgs("Rumah itu berdiri di antara dua sungai dan diterima antara lain oleh warga.")
