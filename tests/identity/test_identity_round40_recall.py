"""Round 40 (issue #13, recall), from the blind samples notes/blind39_identro.tsv and notes/blind40_identr.tsv:

- a name of two words or more read as a person in one article and as a body in another ('Orlando City',
  'Olympique Lyon', 'Asmir Begovic') is one name: the entities layer read it two ways. Never a place's name
  (a town's name is its club's and its street's), nor a person's name his firm bears ('Walt Disney': a
  person given a role) when the body is read more often;
- a reader's acronym written once for a name it does not spell ('Polri' for 'Kepolisian RI': a syllable of
  'Kepolisian' past its affix) joins that name when the reader's list gives it that very body."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import ingest as _ingest  # noqa: E402
from storydata import record  # noqa: E402


def _root(c, name: str, label: str) -> int:  # noqa: ANN001
    from warta.identity.merges import root
    from warta.identity.stored import stored_num

    num = stored_num(c.store, name.lower(), label)
    assert num is not None, (name, label)
    return root(c.store, num)


CLUB_AS_PERSON = [
    record(
        "a1",
        "Gelandang Pindah Klub",
        "Gelandang asal Kolombia itu resmi bergabung dengan Seattle Sounders pada awal musim ini.",
        entities=[("Seattle Sounders", "PER", [])],
    ),
    record(
        "a2",
        "Hasil Liga",
        "Seattle Sounders menang dua gol tanpa balas atas tamunya dalam lanjutan liga pekan ini.",
        day="2025-10-22",
        entities=[("Seattle Sounders", "ORG", [])],
    ),
]


@pytest.mark.parametrize("order", [1, -1])
def test_a_club_read_as_a_person_in_one_article_is_the_club(tmp_path: Path, order: int) -> None:
    with _ingest(tmp_path / "c.db", CLUB_AS_PERSON[::order]) as c:
        assert _root(c, "Seattle Sounders", "PER") == _root(c, "Seattle Sounders", "ORG")


PLAYER_AS_BODY = [
    record(
        "b1",
        "Kiper Cedera",
        "Kiper Bournemouth Asmir Begovic absen karena cedera lutut pada laga akhir pekan ini.",
        entities=[("Asmir Begovic", "PER", [])],
    ),
    record(
        "b2",
        "Kiper Kembali Berlatih",
        "Pelatih menyebut Asmir Begovic sudah kembali berlatih bersama tim utama.",
        day="2025-10-21",
        entities=[("Asmir Begovic", "PER", [])],
    ),
    record(
        "b3",
        "Daftar Pemain",
        "Nama Asmir Begovic masuk daftar pemain yang dipanggil tim nasional Bosnia.",
        day="2025-10-22",
        entities=[("Asmir Begovic", "ORG", [])],
    ),
]


def test_a_player_read_as_a_body_once_is_the_player(tmp_path: Path) -> None:
    with _ingest(tmp_path / "p.db", PLAYER_AS_BODY) as c:
        assert _root(c, "Asmir Begovic", "ORG") == _root(c, "Asmir Begovic", "PER")


def _founder(role: str | None) -> list[dict]:
    man = record(
        "f1",
        "Sejarah Animasi",
        "Walt Disney mendirikan studio animasi pertamanya bersama saudaranya pada 1923.",
        entities=[("Walt Disney", "PER", [])],
    )
    man["entities"][0]["role"] = role
    return [
        man,
        record(
            "f2",
            "Film Baru",
            "Walt Disney merilis film animasi terbarunya di bioskop pekan ini.",
            day="2025-10-21",
            entities=[("Walt Disney", "ORG", [])],
        ),
        record(
            "f3",
            "Saham Hiburan",
            "Saham Walt Disney naik tiga persen setelah laporan keuangan kuartalan dirilis.",
            day="2025-10-22",
            entities=[("Walt Disney", "ORG", [])],
        ),
    ]


def test_a_founder_given_a_role_stays_apart_from_the_firm_read_more_often(tmp_path: Path) -> None:
    with _ingest(tmp_path / "f.db", _founder("pendiri")) as c:
        assert _root(c, "Walt Disney", "PER") != _root(c, "Walt Disney", "ORG")


STADIUM = [
    record(
        "s1",
        "Laga Tandang",
        "Tim tamu menahan imbang tuan rumah di Crystal Palace, London selatan.",
        entities=[("Crystal Palace", "LOC", [])],
    ),
    record(
        "s2",
        "Klub Liga Inggris",
        "Crystal Palace mendatangkan penyerang baru dari Prancis.",
        day="2025-10-21",
        entities=[("Crystal Palace", "ORG", [])],
    ),
]


def test_a_place_and_a_body_of_one_name_stay_apart(tmp_path: Path) -> None:
    with _ingest(tmp_path / "s.db", STADIUM) as c:
        assert _root(c, "Crystal Palace", "LOC") != _root(c, "Crystal Palace", "ORG")


def _police(written_for: str) -> list[dict]:
    return [
        record(
            "k1",
            "Pengamanan Pemilu",
            f"{written_for} menurunkan seribu personel untuk pengamanan. Juru bicara Polri menyebut personel disiagakan.",
            entities=[(written_for, "ORG", ["Polri"])],
        ),
        record(
            "k2",
            "Patroli Malam",
            "Polri menggelar patroli malam di sejumlah kota besar menjelang libur panjang.",
            day="2025-10-21",
            entities=[("Polri", "ORG", [])],
        ),
        record(
            "k3",
            "Undang-Undang Kepolisian",
            "Kepolisian Negara Republik Indonesia bertugas memelihara keamanan dan ketertiban masyarakat.",
            day="2025-10-22",
            entities=[("Kepolisian Negara Republik Indonesia", "ORG", [])],
        ),
    ]


def test_a_known_acronym_written_for_its_body_in_words_it_does_not_spell_joins_it(tmp_path: Path) -> None:
    with _ingest(tmp_path / "k.db", _police("Kepolisian RI")) as c:
        assert _root(c, "Polri", "ORG") == _root(c, "Kepolisian Negara Republik Indonesia", "ORG")


def test_a_known_acronym_written_for_another_body_does_not_join_the_known_one(tmp_path: Path) -> None:
    with _ingest(tmp_path / "k.db", _police("Korps Lalu Lintas")) as c:
        assert _root(c, "Polri", "ORG") != _root(c, "Kepolisian Negara Republik Indonesia", "ORG")
