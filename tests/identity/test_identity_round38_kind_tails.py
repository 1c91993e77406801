"""Round 38 (issue #13): a stored name with a closing kind word ('Kachin State', 'Torino FC', 'Paramount
Pictures') or a facility's name with the town it stands in ('Istana Negara Jakarta', 'Masjid Raya
Baiturrahman Aceh') is the stored name without it, though no article writes the two together — unless another
stored name competes for the shorter one ('Istana Kepresidenan' beside two towns' palaces), the word after it
is a compass word, the name is a street's ('Jalan Sudirman' runs through every town) or only a kind ('Balai
Kota'), the shorter name is a place a venue is named after ('Tokyo Arena') or a medium's ('ESPN FC')."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import ingest as _ingest  # noqa: E402
from storydata import record  # noqa: E402


def _apart(short: tuple[str, str], long: tuple[str, str], *more: tuple[str, str, str]) -> list[dict]:
    """Any more articles (name, label, text), then one naming the shorter name and one the longer."""
    (s_name, s_text), (l_name, l_text) = short, long
    label = "LOC" if any(w in s_text for w in (" di ", " ke ")) else "ORG"
    out = [record(f"m{i}", "Berita Lain", t, entities=[(n, lab, [])]) for i, (n, lab, t) in enumerate(more)]
    return [
        *out,
        record("a1", "Berita Satu", s_text, entities=[(s_name, label, [])]),
        record("a2", "Berita Dua", l_text, day="2025-10-22", entities=[(l_name, label, [])]),
    ]


JOINED = [
    (  # a state of Myanmar written with its English kind word
        ("Kachin", "Ribuan warga mengungsi dari Kachin ke perbatasan China pekan lalu."),
        ("Kachin State", "Bentrokan kembali pecah di Kachin State, Myanmar, pada Senin pagi."),
    ),
    (  # a club written bare in a match report, in full in another
        ("Torino", "Juventus menang 2-0 atas Torino dalam derbi kota pada Minggu malam."),
        ("Torino FC", "Pelatih Torino FC memuji penampilan kiper mudanya setelah laga itu."),
    ),
    (  # a film studio written bare among its peers
        ("Paramount", "Studio besar seperti Paramount menunda rilis film mereka tahun ini."),
        ("Paramount Pictures", "Film itu diproduksi Paramount Pictures dan tayang bulan depan."),
    ),
    (  # a palace with its city after it
        ("Istana Negara", "Presiden melantik tiga menteri baru di Istana Negara pada Rabu."),
        ("Istana Negara Jakarta", "Para menteri berkumpul di Istana Negara Jakarta, Kamis siang."),
    ),
    (  # a mosque with its city after it
        ("Masjid Raya Baiturrahman", "Ribuan jemaah salat Id di Masjid Raya Baiturrahman pagi ini."),
        ("Masjid Raya Baiturrahman Aceh", "Pengurus Masjid Raya Baiturrahman Aceh menyiapkan tenda tambahan."),
    ),
]


@pytest.mark.parametrize(("short", "long"), JOINED)
def test_a_name_with_its_kind_or_place_after_it_is_the_name(tmp_path: Path, short, long) -> None:
    from warta.identity.merges import root
    from warta.identity.stored import stored_num

    with _ingest(tmp_path / "k.db", _apart(short, long)) as c:
        label = "LOC" if " di " in short[1] or " ke " in short[1] else "ORG"
        s = stored_num(c.store, short[0].lower(), label)
        full = stored_num(c.store, long[0].lower(), label)
        assert s is not None and full is not None
        assert root(c.store, full) == root(c.store, s)


APART = [
    (  # two towns' palaces: the bare 'Istana Bogor' … stored beside both (a rival for the shorter name)
        ("Istana Kepresidenan", "Rapat terbatas digelar di Istana Kepresidenan pada Selasa."),
        ("Istana Kepresidenan Jakarta", "Tamu negara disambut di Istana Kepresidenan Jakarta, Senin."),
        (
            "Istana Kepresidenan Yogyakarta",
            "LOC",
            "Presiden menginap di Istana Kepresidenan Yogyakarta selama kunjungan itu.",
        ),
    ),
    (  # a street of the same name runs through many towns
        ("Jalan Sudirman", "Kemacetan panjang terjadi di Jalan Sudirman sejak pagi."),
        ("Jalan Sudirman Bogor", "Pohon tumbang menutup Jalan Sudirman Bogor, Rabu sore."),
    ),
    (  # a kind alone: every city has its town hall
        ("Balai Kota", "Warga berunjuk rasa di Balai Kota menuntut perbaikan jalan."),
        ("Balai Kota Bogor", "Wali kota menerima tamu di Balai Kota Bogor, Jumat."),
    ),
    (  # a compass word after a facility's name makes another place (the word stored as a place too)
        ("Taman Menteng", "Anak-anak bermain di Taman Menteng setiap sore."),
        ("Taman Menteng Utara", "Warga membersihkan Taman Menteng Utara pada Minggu pagi."),
        ("Utara", "LOC", "Angin kencang melanda wilayah Utara kemarin sore."),
    ),
    (  # a venue named after the city it stands in is not the city
        ("Tokyo", "Ribuan warga berkumpul di Tokyo untuk menyambut tahun baru."),
        ("Tokyo Arena", "Konser penutup tur itu digelar di Tokyo Arena pada Sabtu malam."),
    ),
    (  # a medium's football site, not a club of the medium
        ("ESPN", "Menurut laporan ESPN, pemain itu akan pindah klub musim depan."),
        ("ESPN FC", "Kolumnis ESPN FC menilai transfer itu terlalu mahal."),
    ),
]


@pytest.mark.parametrize("case", APART)
def test_a_rival_a_street_a_kind_a_compass_word_or_a_medium_keeps_them_apart(tmp_path: Path, case) -> None:
    from warta.identity.merges import root
    from warta.identity.stored import stored_num

    short, long, *more = case
    with _ingest(tmp_path / "k.db", _apart(short, long, *more)) as c:
        label = "LOC" if " di " in short[1] or " ke " in short[1] else "ORG"
        s = stored_num(c.store, short[0].lower(), label)
        full = stored_num(c.store, long[0].lower(), label)
        assert s is not None and full is not None
        assert root(c.store, full) != root(c.store, s)
