"""Round 20: a name written across a slash is one name (`name_tails.slash_joined`): a building of
two bodies (`Gedung DPR/MPR RI`) and a numbered command with the name it bears (`Kodam
V/Brawijaya`); sentences written for the tests."""

from __future__ import annotations

import pytest

import warta


def _names(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.canonical) for e in warta.read(text, layers=["entities"]).entities]


def test_a_building_of_two_bodies_written_with_a_slash_is_one_place() -> None:
    names = _names("Ribuan buruh berunjuk rasa di depan Gedung DPR/MPR RI, Senayan, Kamis siang.")
    assert ("LOC", "Gedung DPR/MPR RI") in names
    assert ("ORG", "MPR RI") not in names


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("Prajurit Kodam III/Siliwangi dikerahkan membantu warga korban banjir.", "Kodam III/Siliwangi"),
        ("Nota kesepahaman antara Kodam V/Brawijaya dengan Pemprov Jatim diteken kemarin.", "Kodam V/Brawijaya"),
    ],
)
def test_a_numbered_command_and_its_name_are_one_body(text: str, command: str) -> None:
    names = _names(text)
    assert ("ORG", command) in names
    assert ("ORG", command.split("/")[0]) not in names


@pytest.mark.parametrize(
    "text", ["Kasus HIV/AIDS di Banyuwangi meningkat tahun ini.", "Lulusan SMA/SMK bisa mendaftar."]
)
def test_slashed_common_terms_are_no_names(text: str) -> None:
    assert not any("/" in name for _, name in _names(text))
