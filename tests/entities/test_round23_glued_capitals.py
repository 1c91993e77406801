"""Round 23 (found on the unannotated mining pool): a capitalised word the scraper glued to a name
(a lost line break or space): a line's label after a body's name (`DPC Partai Sleman` + `Ketua:`
read as `DPC Partai SlemanKetua`), or a club's last word before a person's name (`Pelatih tim
RoversKarl Benson`). The glued word is cut off, and the name joins the entity written on its own.
Sentences written for the tests; the tagger's spans are given, as it reads the glued words."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from taggedcases import read_tagged  # noqa: E402


def _names(text: str, tagged: list[tuple[str, str]]) -> dict[str, str]:
    return {e.canonical: e.label for e in read_tagged(text, tagged)}


def test_a_label_glued_after_a_body_is_cut() -> None:
    text = (
        "Berikut pengurus yang dilantik.\n"
        "1. DPC Partai Bintang SlemanKetua: Agus Salim Wibowo\n"
        "2. DPC Partai Bintang KulonprogoKetua: Budi Santoso Harjo\n"
    )
    got = _names(text, [("DPC Partai Bintang SlemanKetua", "ORG"), ("DPC Partai Bintang KulonprogoKetua", "ORG")])
    assert "DPC Partai Bintang Sleman" in got
    assert "DPC Partai Bintang Kulonprogo" in got
    assert not any(n.endswith("Ketua") for n in got)


def test_a_body_word_glued_before_a_person_is_cut() -> None:
    text = (
        "Blackburn Rovers menunda perpanjangan kontrak itu. "
        "Pelatih tim RoversKarl Benson mengaku belum mendapat kabar dari manajemen."
    )
    got = _names(text, [("Blackburn Rovers", "ORG"), ("RoversKarl Benson", "PER")])
    assert got.get("Karl Benson") == "PER"
    assert "RoversKarl Benson" not in got


def test_a_brand_written_in_two_capitals_stays() -> None:
    text = "Pengguna BlackBerry Messenger turun tajam tahun lalu, kata analis itu."
    got = _names(text, [("BlackBerry Messenger", "ORG")])
    assert "BlackBerry Messenger" in got
