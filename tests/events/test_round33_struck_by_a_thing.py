"""Round 33 (issue #12): an illness, a vehicle, an animal or a product said to strike or kill is a
mishap or a figure of speech, no one's attack (`Hepatitis membunuh`, `mobil yang menabrak tiang
listrik`, `tertabrak kereta api`); a person who strikes, or a vehicle someone named drove, still is.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    "text",
    [
        "Jenewa - Penyakit hepatitis membunuh lebih dari satu juta orang setiap tahun, menurut laporan "
        "terbaru badan kesehatan dunia.",
        "Jakarta - Malam itu tersangka berada di dalam mobil yang menabrak sebuah tiang listrik di kawasan "
        "Permata Hijau.",
        "Semarang - Cairan semprot ini bekerja membunuh kuman dan jamur yang menyebabkan bau pada sepatu.",
        "Grobogan - Seorang bocah berusia lima tahun meninggal setelah tertabrak kereta api di perlintasan "
        "tanpa palang pintu.",
        "New York - Pesawat yang dikemudikan pilot senior itu tertabrak sekelompok burung sesaat setelah lepas landas.",
    ],
)
def test_a_thing_that_strikes_is_no_attack(text: str) -> None:
    assert acts(text, "ASSAULT") == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Jakarta - Seorang pria menabrak kerumunan warga dengan mobilnya di depan pasar.", "menabrak"),
        (
            "Jakarta - Pengemudi ojek online itu tewas setelah tertabrak kendaraan taktis Brimob di Pejompongan.",
            "tertabrak",
        ),
        ("Medan - Pria yang mengendarai mobil itu menyerang dua petugas parkir dengan sebilah pisau.", "menyerang"),
    ],
)
def test_someone_who_strikes_is_still_an_attack(text: str, trigger: str) -> None:
    assert [x[0] for x in acts(text, "ASSAULT")] == [trigger]
