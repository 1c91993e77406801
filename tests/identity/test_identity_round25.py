"""Round 25 (issue #13): classes of the opened blind pair set over IndoSum, each with a counter-case.

A person's name written with its middle words left out ('Rosyita Eka Sari' of 'Rosyita Eka Putri
Sari') is the one stored person whose name holds it so, unless the shorter name is written in more
articles than the longer (a name of its own: a minister 'Budi Santoso' is no clipped 'Budi Joyo
Santoso') or begins with a dictionary word (a misread title, no one's given name).

A stored acronym no article writes beside a name ('FUI', 'TMC') is the one stored body whose initials
it is, though their articles share no rare names, unless the corpus writes another acronym of its own
for that body ('Prolegnas' for 'Program Legislasi Nasional': 'PLN' is then a namesake's)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import ingest as _ingest  # noqa: E402
from storydata import same_root as _same  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from identitycases import persons as _recs  # noqa: E402
from identitycases import story as _rec  # noqa: E402
from storydata import record  # noqa: E402

from warta.identity import _middles_left_out, relink_all  # noqa: E402


def test_the_middle_words_a_name_may_leave_out() -> None:
    assert _middles_left_out(["rahayu", "kartika", "putri", "simanjuntak"]) == [
        "rahayu putri simanjuntak",
        "rahayu simanjuntak",
        "rahayu kartika simanjuntak",
    ]
    assert _middles_left_out(["rahayu", "simanjuntak"]) == []


def test_a_name_without_its_middle_words_joins_the_one_longer_name(tmp_path: Path) -> None:
    recs = [
        *_recs("Rahayu Kartika Simanjuntak", "Rahayu Simanjuntak", 2),
        *_recs("Gelap Teguh Sihombing", "Gelap Sihombing", 1),
    ]
    for name, order in (("f.db", recs), ("r.db", recs[::-1])):
        with _ingest(tmp_path / name, order) as c:
            assert _same(c, "PER", "rahayu simanjuntak", "rahayu kartika simanjuntak")
            assert _same(c, "PER", "gelap sihombing", "gelap teguh sihombing")
            assert relink_all(c.store) == 0


def test_a_shorter_name_written_more_often_or_opening_with_a_word_stays_apart(tmp_path: Path) -> None:
    recs = [
        # the shorter name in three articles, the longer in one: two people of one given name and surname
        *_recs("Cerah Wibisono", "Cerah Lestari Wibisono", 3),
        # 'Malam' is a word, not a given name: a title read as a person
        *_recs("Malam Puisi Lestari", "Malam Lestari", 2),
    ]
    for name, order in (("f.db", recs), ("r.db", recs[::-1])):
        with _ingest(tmp_path / name, order) as c:
            assert not _same(c, "PER", "cerah wibisono", "cerah lestari wibisono")
            assert not _same(c, "PER", "malam lestari", "malam puisi lestari")


def test_an_acronym_is_the_one_body_of_its_initials_unless_that_body_has_its_own(tmp_path: Path) -> None:
    recs = [
        _rec("a1", "Sekjen FKBN ditangkap polisi di rumahnya pada Senin pagi.", "FKBN"),
        _rec(
            "a2",
            "Forum Komunitas Bahari Nusantara menggelar aksi di depan kantor gubernur.",
            "Forum Komunitas Bahari Nusantara",
        ),
        _rec("b1", "Harga listrik dari PKN naik lagi bulan ini menurut warga.", "PKN"),
        record(
            "b2",
            "Berita",
            "Dewan membahas Program Kerja Nasional atau Prokernas dalam rapat paripurna.",
            entities=[("Program Kerja Nasional", "ORG", ["Prokernas"])],
        ),
    ]
    for name, order in (("f.db", recs), ("r.db", recs[::-1])):
        with _ingest(tmp_path / name, order) as c:
            assert _same(c, "ORG", "fkbn", "forum komunitas bahari nusantara")
            assert not _same(c, "ORG", "pkn", "program kerja nasional")
            assert relink_all(c.store) == 0
