"""Round 20: a hospital named after a doctor, the title written in lower case (`RSUD dr Slamet
Garut`), is one organisation, not a person (`hospitals.named_hospitals`); sentences written for
the tests."""

from __future__ import annotations

import pytest

import warta


def _names(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.canonical) for e in warta.read(text, layers=["entities"]).entities]


@pytest.mark.parametrize(
    ("text", "hospital"),
    [
        ("Jenazah korban dibawa ke RSUD dr Soekardjo Tasikmalaya untuk diautopsi.", "RSUD dr Soekardjo Tasikmalaya"),
        ("Dua korban luka berat dirujuk ke RSUP dr. Kariadi Semarang, Senin malam.", "RSUP dr. Kariadi Semarang"),
        ("Korban sempat dirawat di RSUD dr Chasbullah Abdulmadjid Bekasi.", "RSUD dr Chasbullah Abdulmadjid Bekasi"),
    ],
)
def test_a_hospital_named_after_a_doctor_is_one_body(text: str, hospital: str) -> None:
    names = _names(text)
    assert ("ORG", hospital) in names
    assert not any(label == "PER" for label, _ in names)


def test_a_doctor_named_alone_stays_a_person() -> None:
    names = _names("Korban ditangani dr Andi Pratama di ruang IGD puskesmas.")
    assert ("PER", "Andi Pratama") in names
