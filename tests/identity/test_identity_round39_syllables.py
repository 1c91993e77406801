"""Round 39 (issue #13, recall; tried, reverted: under the pool bar): an Indonesian acronym that opens with a
syllable of its first word's root ('Polri' of 'Kepolisian RI', 'Dikti' of 'Pendidikan Tinggi') is spelled out
of its name, so one article writing it for the name is enough evidence, as for an acronym of initials."""

from __future__ import annotations

import pytest

from warta.identity.evidence import enough, syllable_spelled


@pytest.mark.parametrize(
    ("form", "full"),
    [
        ("polri", "kepolisian ri"),
        ("dikti", "pendidikan tinggi"),
        ("dukcapil", "kependudukan dan pencatatan sipil"),
    ],
)
def test_a_root_syllable_acronym_is_spelled_out_of_its_name(form: str, full: str) -> None:
    assert syllable_spelled(form, full) and enough(form, full, "ORG", 1)


@pytest.mark.parametrize(
    ("form", "full"),
    [("miit", "kementerian perindustrian dan teknologi informasi"), ("cisolok", "kecamatan cisolok")],
)
def test_letters_of_another_word_are_no_syllable_acronym(form: str, full: str) -> None:
    assert not syllable_spelled(form, full)
