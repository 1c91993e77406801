"""Round 20: a party's or mass organisation's board named in full before its bracketed short form
and the organisation it leads is no organisation of its own (`name_tails.drop_bare_boards`);
sentences written for the tests."""

from __future__ import annotations

import pytest

import warta


def _orgs(text: str) -> list[str]:
    return [e.canonical for e in warta.read(text, layers=["entities"]).entities if e.label == "ORG"]


@pytest.mark.parametrize(
    ("text", "board", "body"),
    [
        (
            "Menteri itu mengajak Dewan Pimpinan Nasional (DPN) Nelayan Bersatu menyusun program bersama.",
            "Dewan Pimpinan Nasional",
            "Nelayan Bersatu",
        ),
        (
            "Acara itu dihadiri jajaran Dewan Pengurus Pusat (DPP) Pemuda Pancasila di Jakarta.",
            "Dewan Pengurus Pusat",
            "Pemuda Pancasila",
        ),
    ],
)
def test_a_board_named_in_full_before_its_organisation_is_no_body(text: str, board: str, body: str) -> None:
    orgs = _orgs(text)
    assert board not in orgs
    assert any(body in o for o in orgs)


def test_a_board_named_with_its_party_stays() -> None:
    assert "Dewan Pimpinan Pusat Partai Golkar" in _orgs("Rapat Dewan Pimpinan Pusat Partai Golkar digelar malam ini.")
