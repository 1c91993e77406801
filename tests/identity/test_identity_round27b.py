"""Round 27, second pass (issue #13): a venue's or body's name its writers clip ('Gedung Serbaguna
Cempaka' for 'Gedung Serbaguna Cempaka Wangi') joins the one stored name it runs into also when no
article names both, if its own articles name the same rare people, bodies and places as the longer
name's; a regional enterprise ('BUMD Riau …') is a kind every region has, never clipped so."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import fillers as _fillers  # noqa: E402
from storydata import ingest as _ingest  # noqa: E402
from storydata import record  # noqa: E402
from storydata import same_identity as _same  # noqa: E402

LONG = "Gedung Serbaguna Cempaka Wangi"
SHORT = "Gedung Serbaguna Cempaka"


RARE = [("Yayasan Swara Nusa", "ORG"), ("Rendra Wicaksana", "PER")]


def _venue(short: str, long: str, beside: list[tuple[str, str]], label: str = "LOC") -> list[dict[str, Any]]:
    """One article names the venue in full with two rare co-mentions; a later one writes it clipped
    beside ``beside`` (name, label)."""
    return [
        *_fillers(),
        record(
            "v1",
            "Festival Kopi Digelar Akhir Pekan",
            f"Festival kopi digelar di {long} oleh Yayasan Swara Nusa. Ketua panitia Rendra Wicaksana hadir.",
            entities=[(long, label, []), *((n, lab, []) for n, lab in RARE)],
        ),
        record(
            "v2",
            "Pengunjung Festival Kopi Membludak",
            f"Ribuan pengunjung memadati {short} pada hari kedua. {' dan '.join(n for n, _ in beside)} menyambut.",
            entities=[(short, label, []), *((n, lab, []) for n, lab in beside)],
            day="2025-10-21",
        ),
    ]


def test_a_clipped_name_in_other_articles_joins_on_strong_context(tmp_path: Path) -> None:
    with _ingest(tmp_path / "a.db", _venue(SHORT, LONG, RARE)) as c:
        assert _same(c, SHORT, LONG)
    # nothing rare in common: its writers may mean another building of that name
    with _ingest(tmp_path / "b.db", _venue(SHORT, LONG, [("Riko Simanjuntak", "PER")])) as c:
        assert not _same(c, SHORT, LONG)


def test_the_same_in_either_order(tmp_path: Path) -> None:
    *fillers, full, clipped = _venue(SHORT, LONG, RARE)
    with _ingest(tmp_path / "r.db", [*fillers, clipped, full]) as c:  # the clipped name read first
        assert _same(c, SHORT, LONG)


def test_a_regional_enterprise_is_a_kind_not_a_clipped_name(tmp_path: Path) -> None:
    recs = _venue("BUMD Sumbawa", "BUMD Sumbawa Tani Makmur", RARE, label="ORG")
    with _ingest(tmp_path / "k.db", recs) as c:
        assert not _same(c, "BUMD Sumbawa", "BUMD Sumbawa Tani Makmur")
