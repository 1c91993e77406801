"""Round 29 places (issue #16 items 6 and 8, classes counted on the mining pool): a football ground
abroad named alone (`ke Anfield`, `di Bernabeu`) lies in its own country, not in the country the
story names most; a country written in full (`Republik Rakyat Tiongkok (RRT)`, `Kerajaan Inggris`,
`Republik Ceska`) is one place of that country. Sentences written for the tests in the shapes of
Indonesian news."""

from __future__ import annotations

import sys
from pathlib import Path

import warta

sys.path.insert(0, str(Path(__file__).resolve().parent))
from placecases import placed_entities  # noqa: E402


def _placed(text: str, places_: list[str], bodies: tuple[str, ...] = ()) -> dict[str, str | None]:
    """The places layer alone with ``places_`` as LOC and ``bodies`` as ORG entities."""
    return {e.canonical: e.country for e in placed_entities(text, {"LOC": places_, "ORG": bodies}) if e.label == "LOC"}


def test_a_ground_named_alone_lies_in_its_own_country() -> None:
    # a German story: the player from Leipzig moves to Liverpool's ground
    text = (
        "Gelandang asal Jerman itu dikabarkan akan bergabung ke Anfield pada musim panas mendatang. "
        "Pemain berusia 22 tahun tersebut sebelumnya bermain untuk RB Leipzig di Jerman."
    )
    assert _placed(text, ["Jerman", "Anfield"], ("RB Leipzig",))["Anfield"] == "GB"


def test_grounds_in_a_story_that_names_another_country() -> None:
    text = (
        "Winger asal Mesir itu digosipkan akan hengkang ke Bernabeu. Sementara itu, Chelsea menjamu "
        "Watford di Stamford Bridge, Selasa dini hari WIB, dan Neymar resmi pergi dari Camp Nou."
    )
    got = _placed(text, ["Mesir", "Bernabeu", "Stamford Bridge", "Camp Nou"], ("Chelsea", "Watford"))
    assert (got["Bernabeu"], got["Stamford Bridge"], got["Camp Nou"]) == ("ES", "GB", "ES")


def _entities(text: str) -> dict[str, tuple[str, str | None]]:
    """The whole reading's entities by canonical: (label, country)."""
    return {e.canonical: (e.label, e.country) for e in warta.read(text).entities}


def test_a_country_written_in_full_with_its_acronym_is_a_place() -> None:
    # the entities layer reads a name defined by an acronym as a body's
    got = _entities(
        "Ekspor nonmigas terbesar adalah ke Republik Rakyat Tiongkok (RRT) yakni mencapai US$1,36 "
        "miliar. Delegasi Persatuan Emirat Arab (PEA) juga tiba di Jakarta, Senin."
    )
    assert got["Republik Rakyat Tiongkok"] == ("LOC", "CN")
    assert got["Persatuan Emirat Arab"] == ("LOC", "AE")


def test_a_kingdom_or_republic_by_its_full_name_is_one_place_of_its_country() -> None:
    got = _entities(
        "Petenis itu tampil dominan atas Petra Kvitova (Republik Ceska). Sementara itu, Trump "
        "menyoroti serangan yang berlangsung di Kerajaan Inggris."
    )
    assert got["Republik Ceska"] == ("LOC", "CZ")
    assert got["Kerajaan Inggris"] == ("LOC", "GB")
    assert "Kerajaan" not in got
