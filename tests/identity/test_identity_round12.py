"""Round 12 (issue #13): a stored one-word person name read once is checked against the text as its
unstored form is; a person's title is no body's acronym; initials stored as another body are two."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import entity_root as _root  # noqa: E402
from storydata import ingest as _ingest  # noqa: E402
from storydata import role_record as _rec  # noqa: E402

from warta.identity.forms import decide  # noqa: E402


def _recs(role: str | None) -> list[dict[str, Any]]:
    return [
        _rec(
            "k1",
            "Pameran Kumbang Jati dibuka hari ini. Kumbang dijual murah.",
            [("Kumbang Jati", "PER", ["Kumbang"])],
            role,
        ),
        _rec("k2", "Kumbang terbang di kebun warga pada pagi hari.", [("Kumbang", "PER", [])]),
    ]


def test_a_stored_short_name_of_a_misread_phrase_stays_apart(tmp_path: Path) -> None:
    with _ingest(tmp_path / "t.db", _recs(None)) as c:
        assert _root(c, "PER", "kumbang") != _root(c, "PER", "kumbang jati")


def test_the_same_short_name_of_someone_given_a_role_joins(tmp_path: Path) -> None:
    with _ingest(tmp_path / "t.db", _recs("Bupati")) as c:
        assert _root(c, "PER", "kumbang") == _root(c, "PER", "kumbang jati")


def test_a_persons_title_is_no_bodys_acronym(tmp_path: Path) -> None:
    recs = [
        _rec(
            "s1",
            "Sekretariat Jenderal (Sekjen) kementerian menyusun anggaran.",
            [("Sekretariat Jenderal", "ORG", ["Sekjen"])],
        ),
        _rec("s2", "Sekjen Partai Maju Budi Santoso hadir di rapat.", [("Budi Santoso", "PER", [])]),
        _rec("s3", "Sekjen Partai Jaya Andi Wijaya menolak usul itu.", [("Andi Wijaya", "PER", [])]),
    ]
    with _ingest(tmp_path / "t.db", recs) as c:
        ident, why = decide(c.store, "sekjen", "ORG")
        assert ident is None and "title" in why


def test_initials_the_corpus_stores_as_a_body_are_no_persons(tmp_path: Path) -> None:
    recs = [
        _rec(
            "p1",
            "Dewan Kinerja Nusantara menyusun Key Performance Indicator (KPI) untuk kinerja.",
            [("Key Performance Indicator", "PER", ["KPI"]), ("Dewan Kinerja Nusantara", "ORG", [])],
        ),
        _rec(
            "p2",
            "KPI menegur stasiun televisi swasta di depan Dewan Kinerja Nusantara.",
            [("KPI", "ORG", []), ("Dewan Kinerja Nusantara", "ORG", [])],
        ),
    ]
    with _ingest(tmp_path / "t.db", recs) as c:
        ident, why = decide(c.store, "kpi", "PER")
        assert ident is None and "another name" in why
    with _ingest(tmp_path / "u.db", recs[:1]) as c:
        assert "another name" not in decide(c.store, "kpi", "PER")[1]
