"""Round 21 (found on unannotated detik articles): `di Kantor Kemenkeu`, `di Kantor Pos Cikini`:
the building of a body the lists know, or a post office, written after a preposition of place
is a place (LOC), as `di Kantor Kemnaker` already was; an agency named `Kantor …` stays a body.
Sentences written for the tests."""

from __future__ import annotations

import pytest

import warta


def _labels(text: str) -> dict[str, str]:
    return {e.canonical: e.label for e in warta.read(text, layers=["entities", "places"]).entities}


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            '"Penerimaan pajak tumbuh," kata Suahasil Nazara dalam konferensi pers di Kantor Kemenkeu, '
            "Jakarta Pusat, Kamis (6/11/2025).",
            "Kantor Kemenkeu",
        ),
        (
            "Bantuan tunai itu dibagikan kepada 50 warga di Kantor Pos Kebayoran, Jakarta Selatan, Jumat (7/11/2025).",
            "Kantor Pos Kebayoran",
        ),
    ],
)
def test_a_known_bodys_office_after_a_preposition_is_a_place(text: str, site: str) -> None:
    assert _labels(text).get(site) == "LOC"


def test_an_agency_named_kantor_stays_a_body() -> None:
    labels = _labels("Kepala Kantor Staf Presiden menerima perwakilan buruh di Jakarta, Senin (3/11/2025).")
    assert labels.get("Kantor Staf Presiden") == "ORG"
