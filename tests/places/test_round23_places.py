"""Round 23 places (found on the unannotated mining pool): venues abroad placed by the clubs of the
story, an acronym in a body's name that names no town, each direction taken back a place of its
own. Sentences written for the tests in the shapes of Indonesian news."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import warta
from warta.document import Entity, Mention

sys.path.insert(0, str(Path(__file__).resolve().parent))
from placecases import placed_entities  # noqa: E402


def _placed_with_bodies(text: str, places_: list[str], bodies: list[str]) -> dict[str, str | None]:
    """The places layer alone with ``places_`` as LOC and ``bodies`` as ORG entities."""
    return {e.canonical: e.country for e in placed_entities(text, {"LOC": places_, "ORG": bodies}) if e.label == "LOC"}


def test_a_venue_abroad_lies_where_its_clubs_come_from() -> None:
    text = (
        "Real Madrid menang 2-0 atas Valencia di Estadio Chamartin, Minggu (2/11) dini hari WIB. "
        "Gelandang asal Brasil itu mencetak gol kedua. Kemenangan itu membawa Real Madrid ke puncak "
        "klasemen Liga Spanyol."
    )
    got = _placed_with_bodies(text, ["Estadio Chamartin", "Brasil"], ["Real Madrid", "Valencia", "Liga Spanyol"])
    assert got["Estadio Chamartin"] == "ES"


def test_one_club_alone_may_be_the_visitor() -> None:
    # the host (`Arsenal`) names no town: the one body named after a town may be the away side
    text = "Sorak-sorai menggema di Pemberton Ground setelah Arsenal menekuk Atletico Madrid 4-0, Rabu dini hari."
    got = _placed_with_bodies(text, ["Pemberton Ground"], ["Arsenal", "Atletico Madrid"])
    assert got["Pemberton Ground"] != "ES"


def test_each_direction_taken_back_is_a_place_of_its_own() -> None:
    # the entities layer cut every mention to `Australia`; the directions taken back name two regions
    from warta.places.embedded import extend_directional
    from warta.places.gazetteer import get

    text = (
        "Kawasan Australia Utara paling rentan terhadap gelombang panas. "
        "Di Australia Selatan, ledakan alga merusak kehidupan laut."
    )
    art = warta.read(text, layers=[])
    starts = [m.start() for m in re.finditer("Australia", art.norm)]
    art.entities = [Entity("Australia", "LOC", [Mention(s, s + 9, "Australia") for s in starts])]
    extend_directional(art, get())
    names = sorted(sorted(m.text for m in e.mentions) for e in art.entities)
    assert names == [["Australia Selatan"], ["Australia Utara"]]


def test_an_acronym_in_a_body_names_no_town() -> None:
    # `MAN` (madrasah aliyah negeri) is no `Man` of Côte d'Ivoire
    text = (
        "Siswa MAN IC Serpong dan MAN 2 Kota Malang tampil di Westbrook Hall pekan lalu. "
        "Acara serupa pernah digelar di Kanada."
    )
    got = _placed_with_bodies(text, ["Westbrook Hall", "Kanada"], ["MAN IC Serpong", "MAN 2 Kota Malang"])
    assert got["Westbrook Hall"] != "CI"


def test_a_site_abroad_lies_where_the_towns_around_it_lie() -> None:
    # a Jakarta desk's dateline: the town named in the site's own sentence says where it is
    text = (
        "Jakarta, CNN Indonesia -- Pameran sketsa karya Hayao Miyazaki akan digelar di Museum Kurohane "
        "yang berada di Osaka mulai bulan depan. Tiket sudah bisa dibeli secara daring."
    )
    got = _placed_with_bodies(text, ["Jakarta", "Museum Kurohane", "Osaka"], [])
    assert got["Museum Kurohane"] == "JP"


def test_a_site_beside_a_place_at_home_keeps_the_desk_country() -> None:
    # a town at home in the same sentence: the site is at home, whatever else is named there
    text = (
        "Jakarta, CNN Indonesia -- Delegasi dari Osaka disambut di Gedung Wirasaba, Cikini, "
        "Jakarta Pusat, Senin (3/11). Mereka membahas kerja sama budaya."
    )
    got = _placed_with_bodies(text, ["Jakarta", "Gedung Wirasaba", "Osaka", "Cikini", "Jakarta Pusat"], [])
    assert got["Gedung Wirasaba"] == "ID"


def test_a_country_named_beside_a_site_does_not_place_it() -> None:
    # `Inggris` here is a side, not where the ground lies
    text = (
        "Jakarta, CNN Indonesia -- Inggris yang berstatus tim tamu tampil dominan di Westerholt Arena. "
        "Laga berakhir imbang tanpa gol."
    )
    got = _placed_with_bodies(text, ["Jakarta", "Westerholt Arena", "Inggris"], [])
    assert got["Westerholt Arena"] != "GB"
