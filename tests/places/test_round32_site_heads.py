"""Round 32 places (issue #16 items 6 and 8): a small place named after a lower-case head word
(`jembatan layang X`, `pedesaan X`, `sungai X`, `kawasan X`) is a place even when no list knows
it, where before it was never found. Sentences written for the tests in the shapes of Indonesian
news."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from placecases import placed_entities  # noqa: E402


def _locs(text: str, names: dict[str, list[str]]) -> dict[str, str | None]:
    return {e.canonical: e.country for e in placed_entities(text, names) if e.label == "LOC"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Warga Kabupaten Bogor mengeluhkan pembangunan jembatan layang Cikaret Hilir yang molor.", "Cikaret Hilir"),
        ("Hujan deras membuat luapan sungai Cipedes merendam rumah warga di Kabupaten Bogor.", "Cipedes"),
        ("Petugas mengevakuasi warga di kawasan Pulo Sinar Kabupaten Bogor yang terendam banjir.", "Pulo Sinar"),
    ],
)
def test_a_name_after_a_site_head_is_a_place_at_home(text: str, place: str) -> None:
    assert _locs(text, {"LOC": ["Kabupaten Bogor"]}).get(place) == "ID"


def test_a_village_abroad_after_pedesaan_lies_in_the_storys_country() -> None:
    text = (
        "Polisi Italia menemukan korban di sebuah rumah di pedesaan Vallorsa, dekat Turin. "
        "Penculik itu ditangkap di Milan sepekan kemudian."
    )
    assert _locs(text, {"LOC": ["Italia", "Turin", "Milan"]}).get("Vallorsa") == "IT"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # an address's number ends the name
        ("Kantor itu beralamat di jalan Sukaraja No. 12, Kabupaten Bogor.", "Sukaraja No"),
        # a name the story gives with its head already is that place
        ("Toko dibuka di Jalan Kenari, Kabupaten Bogor. Warga memadati jalan Kenari sejak pagi.", "Kenari"),
        # a common word after the head is no name
        ("Banjir merendam kawasan Timur Kabupaten Bogor sejak pagi.", "Timur"),
        # a word glued to the next by the scrape is no name
        ("Wisata berakhir di sebuah desa Badawidengan menaiki unta di Kabupaten Bogor.", "Badawidengan"),
    ],
)
def test_no_place_where_the_head_is_followed_by_no_name(text: str, absent: str) -> None:
    locs = _locs(text, {"LOC": ["Kabupaten Bogor", "Jalan Kenari"]})
    assert absent not in locs
