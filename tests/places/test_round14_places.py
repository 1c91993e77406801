"""Places (issue #16, round 14): a lone common-word name written on its own (`kawasan Dieng,
Jawa Tengah`) stays a place; only a head word cut from a longer name is dropped."""

from __future__ import annotations

import warta


def entities(text: str) -> dict[str, tuple[str, str | None]]:
    art = warta.read(text, layers=["entities", "places"])
    return {e.canonical: (e.label, e.country) for e in art.entities}


def test_a_place_the_word_list_knows_as_common_stays_when_it_stands_alone():
    got = entities("Wisatawan memadati kawasan Dieng, Jawa Tengah, pada libur panjang pekan lalu.")
    assert got.get("Dieng", ("", ""))[1] == "ID", got


def test_a_common_head_word_before_a_longer_name_is_still_dropped():
    got = entities("Rombongan itu disambut Perwakilan Kementerian Luar Negeri di Bandara Soekarno-Hatta.")
    assert "Perwakilan" not in got, got
