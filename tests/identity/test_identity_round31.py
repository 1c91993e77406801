"""Round 31 (issue #13): a football club's one-word name. News names a club bare ('Persipura menang')
and in full ('Persipura Jayapura', 'Swansea City'); the kind-word rules keep a one-word body apart
from a longer name holding it ('Kantor DPR' is named after the DPR), which kept every club's bare name
apart too. A club's home town or club word after its name is no such thing: the bare name joins the
one stored club name it opens when articles write both, never a club word that heads many clubs
('Inter' of two), nor a medium ('ESPN FC' is ESPN's football site)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import ingest as _ingest  # noqa: E402
from storydata import record  # noqa: E402
from storydata import same_identity as _same  # noqa: E402

from warta.identity import names  # noqa: E402

MATCH = [
    record(
        "c1",
        "Persipura Tumbang di Kandang",
        "Persipura Jayapura kalah 0-1 dari tamu mereka. Pelatih Persipura mengaku timnya kurang tajam.",
        entities=[("Persipura Jayapura", "ORG", ["Persipura"])],
    ),
    record(
        "c2",
        "Persipura Datangkan Striker",
        "Persipura resmi mendatangkan penyerang asal Brasil untuk putaran kedua liga.",
        entities=[("Persipura", "ORG", [])],
    ),
]


def test_a_clubs_bare_name_joins_its_club(tmp_path: Path) -> None:
    with _ingest(tmp_path / "a.db", MATCH) as c:
        assert _same(c, "Persipura", "Persipura Jayapura")


def test_the_same_in_either_order(tmp_path: Path) -> None:
    with _ingest(tmp_path / "b.db", MATCH[::-1]) as c:
        assert _same(c, "Persipura", "Persipura Jayapura")


def test_a_club_word_after_the_name_marks_a_club(tmp_path: Path) -> None:
    recs = [
        record(
            "s1",
            "Swansea Menang Tipis",
            "Swansea City menang 2-1 atas tamunya. Swansea kini naik ke peringkat 12 klasemen.",
            entities=[("Swansea City", "ORG", []), ("Swansea", "ORG", [])],
        ),
        record(
            "s2",
            "Swansea Incar Bek",
            "Swansea mengincar bek muda asal Wales pada bursa transfer Januari.",
            entities=[("Swansea", "ORG", [])],
        ),
    ]
    with _ingest(tmp_path / "c.db", recs) as c:
        assert _same(c, "Swansea", "Swansea City")


def test_a_body_named_after_another_and_a_medium_stay_apart(tmp_path: Path) -> None:
    recs = [
        record(
            "d1",
            "Rapat Paripurna",
            "DPR menggelar rapat paripurna. Kantor DPR dijaga ketat aparat keamanan sejak pagi.",
            entities=[("DPR", "ORG", []), ("Kantor DPR", "ORG", [])],
        ),
        record(
            "e1",
            "Prediksi Laga",
            "Menurut ESPN FC, ESPN menyebut laga itu akan ketat sejak menit awal.",
            entities=[("ESPN FC", "ORG", []), ("ESPN", "ORG", [])],
        ),
        record(
            "e2",
            "Hak Siar",
            "ESPN membeli hak siar liga untuk tiga musim ke depan.",
            entities=[("ESPN", "ORG", [])],
        ),
    ]
    with _ingest(tmp_path / "d.db", recs) as c:
        assert not _same(c, "DPR", "Kantor DPR")
        assert not _same(c, "ESPN", "ESPN FC")


def test_club_names_by_their_words_and_the_list() -> None:
    assert names.club_of("bologna", "bologna fc")
    assert names.club_of("persela", "persela lamongan")  # listed with its home town
    assert not names.club_of("real", "real madrid")  # a club word heads many clubs
    assert not names.club_of("kpu", "kpu lamongan")  # a regional office, no club
