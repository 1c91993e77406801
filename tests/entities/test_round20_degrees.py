"""Round 20: an academic or medical degree after a person's name is no word of the name, wherever
the name is read (`shapes.strip_degrees`, `candidates`); sentences written for the tests."""

from __future__ import annotations

import pytest

import warta


def _people(text: str) -> list[str]:
    return [e.canonical for e in warta.read(text, layers=["entities"]).entities if e.label == "PER"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dokter spesialis kandungan, dr Ratna Wulandari SpOG, menjelaskan risikonya.", "Ratna Wulandari"),
        ("Menurut dr. Bambang Suryanto Sp. B, pasien sudah melewati masa kritis.", "Bambang Suryanto"),
        ("Keputusan Bupati Kampar, Yusri MT, itu disambut warga.", "Yusri"),
    ],
)
def test_a_degree_after_a_name_is_cut_off(text: str, name: str) -> None:
    people = _people(text)
    assert name in people
    assert not any(p.startswith(name + " ") for p in people)
