"""Round 40 (issue #13, precision): two stored names one letter apart are one name misspelt only when
nothing says they are two. Two places the gazetteer knows both of ('Cangkringan', a district of Sleman,
and 'Cangkingan', a village of Indramayu) are two places, whatever their articles share; a Balinese name
shares its caste and birth-order words ('I Made', 'Ni Luh') with very many people, so 'I Made Sudarta'
and 'I Made Sudara' are two names a letter apart, as 'Sudarta' and 'Sudara' are. A place misspelt
('Purwakrta', no place of the gazetteer) and a Balinese name long enough to be misspelt still join."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import ingest as _ingest  # noqa: E402
from storydata import record  # noqa: E402
from storydata import same_identity as _same  # noqa: E402


def _two(a: tuple[str, str, str], b: tuple[str, str, str]) -> list[dict]:
    """Two articles, each naming one of the names (name, label, text); no field read, as in a store
    written before the themes layer: only the names decide."""
    return [
        dict(record("a1", "Berita Satu", a[2], entities=[(a[0], a[1], [])]), themes=[]),
        dict(record("a2", "Berita Dua", b[2], day="2025-10-22", entities=[(b[0], b[1], [])]), themes=[]),
    ]


APART = [
    (  # a district and a village one letter apart, both in the gazetteer
        ("Cangkringan", "LOC", "Erupsi Gunung Merapi membuat ratusan warga Cangkringan mengungsi ke balai desa."),
        ("Cangkingan", "LOC", "Warga Desa Cangkingan menggelar panen raya bersama kelompok tani setempat."),
    ),
    (  # two Balinese names sharing only 'I Made'
        ("I Made Sudarta", "PER", "Bendesa adat I Made Sudarta memimpin upacara melasti di pantai."),
        ("I Made Sudara", "PER", "Kuasa hukum terdakwa, I Made Sudara, mengajukan eksepsi di persidangan."),
    ),
]

JOINED = [
    (  # a town misspelt: the gazetteer knows only one of the two
        ("Purwakarta", "LOC", "Banjir merendam puluhan rumah di Purwakarta sejak Senin malam."),
        ("Purwakrta", "LOC", "Petugas BPBD mendata rumah yang terendam banjir di Purwakrta."),
    ),
    (  # a Balinese name whose own word is long enough that a letter more is a slip
        ("I Ketut Suwandana", "PER", "Kepala Dinas Pariwisata I Ketut Suwandana membuka festival layang-layang."),
        ("I Ketut Suwandhana", "PER", "Festival dibuka oleh I Ketut Suwandhana di lapangan Padang Galak."),
    ),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_two_names_a_letter_apart_that_name_two_stay_apart(tmp_path: Path, a, b) -> None:  # noqa: ANN001
    with _ingest(tmp_path / "x.db", _two(a, b)) as c:
        assert not _same(c, a[0], b[0])


@pytest.mark.parametrize(("a", "b"), JOINED)
def test_a_name_misspelt_still_joins(tmp_path: Path, a, b) -> None:  # noqa: ANN001
    with _ingest(tmp_path / "y.db", _two(a, b)) as c:
        assert _same(c, a[0], b[0])
