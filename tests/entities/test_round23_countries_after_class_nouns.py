"""Round 23 (found on the unannotated mining pool): a country's name after a class noun of
companies (`startup Indonesia`, `pabrikan Jerman`) says where the companies are; it stays a place,
and the country's other mentions with it (`di Indonesia`), where the class noun rule made the
whole entity a body. Another name after such a noun is still the company (`maskapai Lion Air`).
Sentences written for the tests; the tagger's place spans are given."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from taggedcases import read_tagged  # noqa: E402


def _labels(text: str, tagged: list[str]) -> dict[str, str]:
    return {e.canonical: e.label for e in read_tagged(text, [(n, "LOC") for n in tagged])}


def test_a_country_after_a_class_noun_stays_a_place() -> None:
    text = "Investor asing makin melirik startup Indonesia. Pendanaan di Indonesia naik 20 persen tahun ini."
    assert _labels(text, ["Indonesia"]).get("Indonesia") == "LOC"


def test_a_country_of_makers_stays_a_place() -> None:
    text = "Penjualan pabrikan Jerman turun di pasar mobil listrik tahun lalu."
    assert _labels(text, ["Jerman"]).get("Jerman") == "LOC"


def test_a_company_after_a_class_noun_is_still_a_body() -> None:
    text = "Penumpang maskapai Lion Air tertahan empat jam di bandara."
    assert _labels(text, ["Lion Air"]).get("Lion Air") == "ORG"
