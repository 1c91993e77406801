"""Round 33 places (issue #16 items 6 and 8): a name the entities layer read as LOC that no list
knows and nothing in the text places (no word that says where before it, no known place listed
beside it, no address after it), with no country or Indonesia's given from the story, is no
place: a player in a line-up of people becomes a person, a product, programme or body is dropped.
Before, each stayed a LOC given the story's country or none. A name written where a place is, one
listed beside a known place, one that reads as an Indonesian place name, and one in a story abroad
stay places. Sentences written for the tests in the shapes of Indonesian news."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from placecases import placed_entities, placed_labels  # noqa: E402


def test_a_name_in_a_line_up_of_people_is_a_person() -> None:
    text = (
        "Persija Jakarta: 1 - Andritany Ardhiyasa; 14 - Ismed Sofyan, 4 - Maman Abdurrahman, "
        "21 - Kutaro Solihin, 8 - Riko Simanjuntak. Laga digelar di Bandung."
    )
    got = placed_labels(
        text,
        {
            "PER": ["Andritany Ardhiyasa", "Ismed Sofyan", "Maman Abdurrahman", "Riko Simanjuntak"],
            "LOC": ["Kutaro Solihin", "Bandung"],
            "ORG": ["Persija Jakarta"],
        },
    )
    assert got["Kutaro Solihin"] == "PER"
    assert got["Bandung"] == "LOC"


def test_a_product_nothing_places_is_dropped() -> None:
    text = (
        "Aplikasi Pixel Note Pro kini bisa diunduh gratis oleh pengguna ponsel Android. "
        "Menurut pengembangnya di Bandung, aplikasi Pixel Note Pro sudah dipakai 2 juta orang."
    )
    got = placed_labels(text, {"LOC": ["Pixel Note Pro", "Bandung"]})
    assert "Pixel Note Pro" not in got
    assert got["Bandung"] == "LOC"


def test_a_name_written_where_a_place_is_stays() -> None:
    text = "Warga mengungsi ke Zorbatu setelah banjir merendam rumah mereka di Jakarta Utara."
    got = {e.canonical: e.country for e in placed_entities(text, {"LOC": ["Zorbatu", "Jakarta Utara"]})}
    assert "Zorbatu" in got


def test_a_name_listed_beside_a_known_place_stays() -> None:
    text = "Sosialisasi digelar di tujuh kota, yakni Cirebon, Semarang, Zorbatu, dan Purwokerto."
    got = placed_labels(text, {"LOC": ["Cirebon", "Semarang", "Zorbatu", "Purwokerto"]})
    assert got.get("Zorbatu") == "LOC"


def test_a_name_that_reads_as_a_village_at_home_stays() -> None:
    text = "Kendaraan dari arah Jalan Ahmad Yani akan terus melaju, lalu Sukamekar ramai pada sore hari."
    got = placed_labels(text, {"LOC": ["Sukamekar"]})
    assert got.get("Sukamekar") == "LOC"


def test_a_fort_no_list_knows_stays_a_place() -> None:
    text = "Benteng Van der Wijck yang dibangun Belanda itu kini ramai dikunjungi pelajar dari Kebumen."
    got = placed_labels(text, {"LOC": ["Benteng Van der Wijck", "Kebumen"]})
    assert got.get("Benteng Van der Wijck") == "LOC"
