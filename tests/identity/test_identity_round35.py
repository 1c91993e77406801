"""Round 35 (issue #13): an official name holds words its writers leave out without naming another
thing — a city's administrative status ('Kota Administrasi Jakarta Selatan'), a branch word ('Cabang'),
a prison's class ('Lapas Kelas I Medan …'), an airport's 'Internasional', a party's 'Partai' after
'Fraksi', the police's 'Metro' and 'Mabes'. The name with the word and the name without it, written in
two articles, are one identity, in either order of arrival; a word that is the name's own ('Universitas
Negeri Semarang') or a street's title ('Jalan Jenderal Sudirman') is no such word."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import ingest as _ingest  # noqa: E402
from storydata import record, same_root  # noqa: E402


def _two(full: str, short: str, label: str) -> list:
    """One article naming ``full``, another naming ``short``."""
    first = record(
        "f1",
        "Petugas Bersiaga",
        f"Petugas di {full} bersiaga sejak pagi menjelang libur panjang, kata seorang pejabat.",
        entities=[(full, label, [])],
    )
    second = record(
        "f2",
        "Pemeriksaan Diperketat",
        f"Pemeriksaan di {short} diperketat pekan ini setelah laporan warga.",
        entities=[(short, label, [])],
    )
    return [first, second]


CASES = [
    ("Dinas Perhubungan Kota Administrasi Jakarta Utara", "Dinas Perhubungan Kota Jakarta Utara", "ORG"),
    ("Kantor Pos Indonesia Cabang Menteng", "Kantor Pos Indonesia Menteng", "LOC"),
    ("Lapas Kelas IIA Medan Tanjung Gusta", "Lapas Tanjung Gusta", "LOC"),
    ("Rutan Klas IIB Pekanbaru Sialang Bungkuk", "Rutan Sialang Bungkuk", "LOC"),
    ("Bandara Internasional Adisutjipto", "Bandara Adisutjipto", "LOC"),
    ("Fraksi Partai Hanura", "Fraksi Hanura", "ORG"),
    ("Polres Metro Tangerang", "Polres Tangerang", "ORG"),
]


@pytest.mark.parametrize("order", [1, -1])
@pytest.mark.parametrize(("full", "short", "label"), CASES)
def test_a_word_writers_leave_out_names_the_same(tmp_path: Path, full: str, short: str, label: str, order: int) -> None:
    with _ingest(tmp_path / "a.db", _two(full, short, label)[::order]) as c:
        assert same_root(c, label, full.lower(), short.lower())


@pytest.mark.parametrize(
    ("full", "short", "label"),
    [
        ("Universitas Negeri Semarang", "Universitas Semarang", "ORG"),
        ("Jalan Jenderal Sudirman", "Jalan Sudirman", "LOC"),
        ("Partai Nasional Demokrat", "Partai Demokrat", "ORG"),
    ],
)
def test_a_names_own_word_is_kept(tmp_path: Path, full: str, short: str, label: str) -> None:
    with _ingest(tmp_path / "b.db", _two(full, short, label)) as c:
        assert not same_root(c, label, full.lower(), short.lower())
