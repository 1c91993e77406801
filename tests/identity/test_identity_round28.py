"""Round 28 (issue #13): 'Kota X' names a city only where Indonesia has a city of that name. For a
regency without one ('Kota Lamongan', the regency's seat written loosely) it is the bare name, the
regency, and no rival that leaves the bare name ambiguous; a city and a regency of one name
('Kota Blitar', 'Kabupaten Blitar') still are two places."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import ingest as _ingest  # noqa: E402
from storydata import record  # noqa: E402
from storydata import same_identity as _same  # noqa: E402

from warta.identity.names import real_unit  # noqa: E402

SEAT = [
    record(
        "s1",
        "Pasar Tradisional Direvitalisasi",
        "Pemerintah Kabupaten Lamongan merevitalisasi pasar di pusat Kota Lamongan tahun ini.",
        entities=[("Kabupaten Lamongan", "LOC", []), ("Kota Lamongan", "LOC", [])],
    ),
    record(
        "s2",
        "Banjir Surut",
        "Banjir yang merendam tiga kecamatan di Lamongan mulai surut pada Senin pagi.",
        entities=[("Lamongan", "LOC", [])],
    ),
    record(
        "s3",
        "Dua Pilkada",
        "KPU Kota Madiun dan Kabupaten Madiun menggelar rapat bersama. Madiun bersiap.",
        entities=[("Kota Madiun", "LOC", []), ("Kabupaten Madiun", "LOC", []), ("Madiun", "LOC", [])],
    ),
]


def test_a_regency_seat_written_kota_is_the_regency(tmp_path: Path) -> None:
    with _ingest(tmp_path / "a.db", SEAT) as c:
        assert _same(c, "Lamongan", "Kota Lamongan")
        assert _same(c, "Lamongan", "Kabupaten Lamongan")  # no longer held apart by a 'city' that is none
        assert not _same(c, "Madiun", "Kota Madiun") and not _same(c, "Madiun", "Kabupaten Madiun")
    assert not real_unit("kota", "lamongan") and real_unit("kota", "madiun") and real_unit("kabupaten", "lamongan")


def test_the_same_in_either_order(tmp_path: Path) -> None:
    with _ingest(tmp_path / "b.db", SEAT[::-1]) as c:
        assert _same(c, "Lamongan", "Kota Lamongan") and _same(c, "Lamongan", "Kabupaten Lamongan")
