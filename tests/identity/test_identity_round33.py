"""Round 33 (issue #13): people and places share names. Two stored names one letter or one sound apart
('Suharyanto', 'Suhariyanto'; 'Tanjungsari', 'Tanjung Sari') are one name misspelt only when their
articles have something in common: a co-mentioned identity or a field (their strongest themes). A
labour court's Suharyanto and the statistics office's Suhariyanto share neither, so they stay two;
a body's misspelt name ('Kementrian Kehutanan') is still that body."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import ingest as _ingest  # noqa: E402
from storydata import record  # noqa: E402
from storydata import same_identity as _same  # noqa: E402


def _field(rec: dict[str, Any], *themes: str) -> dict[str, Any]:
    """The record with the themes layer's reading (strongest first)."""
    rec["themes"] = [{"theme": t, "score": 0.5 - i * 0.1} for i, t in enumerate(themes)]
    return rec


COURT = _field(
    record(
        "h1",
        "Buruh Datangi Pengadilan Hubungan Industrial",
        "Ratusan buruh mendatangi Pengadilan Hubungan Industrial Yogyakarta. Kuasa hukum buruh Suharyanto "
        "meminta hakim memeriksa perkara pesangon itu.",
        day="2017-08-14",
        entities=[("Pengadilan Hubungan Industrial Yogyakarta", "ORG", []), ("Suharyanto", "PER", [])],
    ),
    "hukum dan korupsi",
    "bisnis",
)
STATISTICS = _field(
    record(
        "s1",
        "Kunjungan Wisman Naik",
        "Badan Pusat Statistik mencatat kunjungan wisatawan mancanegara naik pada Maret. Kepala BPS "
        "Suhariyanto menyebut kenaikan terbesar datang dari Tiongkok.",
        day="2017-05-02",
        entities=[("Badan Pusat Statistik", "ORG", ["BPS"]), ("Suhariyanto", "PER", []), ("Tiongkok", "LOC", [])],
    ),
    "pariwisata",
    "ekonomi dan keuangan",
)


def test_two_spellings_sharing_nothing_are_two_people(tmp_path: Path) -> None:
    with _ingest(tmp_path / "a.db", [STATISTICS, COURT]) as c:
        assert not _same(c, "Suharyanto", "Suhariyanto")


def test_the_same_in_either_order(tmp_path: Path) -> None:
    with _ingest(tmp_path / "b.db", [COURT, STATISTICS]) as c:
        assert not _same(c, "Suharyanto", "Suhariyanto")


def test_a_spelling_in_the_same_field_is_still_one_person(tmp_path: Path) -> None:
    typo = _field(
        record(
            "s2",
            "Inflasi April Terkendali",
            "Kepala Badan Pusat Statistik Suharyanto mengatakan inflasi April terkendali.",
            day="2017-05-04",
            entities=[("Badan Pusat Statistik", "ORG", []), ("Suharyanto", "PER", [])],
        ),
        "ekonomi dan keuangan",
    )
    with _ingest(tmp_path / "c.db", [STATISTICS, typo]) as c:
        assert _same(c, "Suharyanto", "Suhariyanto")


def test_without_a_field_read_the_spelling_still_decides(tmp_path: Path) -> None:
    court, stats = dict(COURT, themes=[]), dict(STATISTICS, themes=[])  # a store written before the themes layer
    with _ingest(tmp_path / "d.db", [stats, court]) as c:
        assert _same(c, "Suharyanto", "Suhariyanto")


def test_two_places_of_one_name_in_other_stories_stay_apart(tmp_path: Path) -> None:
    bogor = _field(
        record(
            "b1",
            "Bupati Bogor Perluas Pembangunan Jalan",
            "Pemerintah Kabupaten Bogor membangun Jembatan Ciranjaya di Tanjungsari tahun ini.",
            day="2025-10-01",
            entities=[("Pemerintah Kabupaten Bogor", "ORG", []), ("Tanjungsari", "LOC", [])],
        ),
        "transportasi",
        "ekonomi dan keuangan",
    )
    lampung = _field(
        record(
            "l1",
            "Pembuat Senjata Rakitan Ditangkap",
            "Polisi menangkap pembuat senjata api rakitan di Desa Tanjung Sari, Lampung Timur.",
            day="2017-09-03",
            entities=[("Tanjung Sari", "LOC", []), ("Lampung Timur", "LOC", [])],
        ),
        "kriminalitas",
        "pertahanan dan keamanan",
    )
    with _ingest(tmp_path / "e.db", [lampung, bogor]) as c:
        assert not _same(c, "Tanjungsari", "Tanjung Sari")


def test_a_bodys_misspelt_name_is_still_the_body(tmp_path: Path) -> None:
    forest = _field(
        record(
            "k1",
            "Pembalakan Liar Diusut",
            "Kementerian Kehutanan mengusut pembalakan liar di Kalimantan.",
            day="2025-10-02",
            entities=[("Kementerian Kehutanan", "ORG", []), ("Kalimantan", "LOC", [])],
        ),
        "lingkungan",
        "hukum dan korupsi",
    )
    typo = _field(
        record(
            "k2",
            "Festival Olahraga Rimba",
            "Kementrian Kehutanan menggelar lomba lari lintas hutan.",
            day="2025-10-05",
            entities=[("Kementrian Kehutanan", "ORG", [])],
        ),
        "olahraga",
    )
    with _ingest(tmp_path / "f.db", [forest, typo]) as c:
        assert _same(c, "Kementrian Kehutanan", "Kementerian Kehutanan")


# A person the text lists among people is a person, though no role or quote says so: the surname an
# article writes for him is his ('Batshuayi'), while a misread phrase among things stays undecided.


def _match(rid: str, body: str, people: list[tuple[str, list[str]]]) -> dict[str, Any]:
    return record(rid, "Chelsea Menang Telak", body, entities=[(n, "PER", f) for n, f in people])


def test_a_name_listed_with_other_people_gives_its_surname(tmp_path: Path) -> None:
    from warta.identity.forms import decide

    rec = _match(
        "m1",
        "Empat gol Chelsea dicetak oleh Pedro Rodriguez (22'), Michy Batshuayi (49'), dan Willian Borges (88'). "
        "Batshuayi kini mengoleksi tiga gol musim ini.",
        [("Pedro Rodriguez", []), ("Michy Batshuayi", ["Batshuayi"]), ("Willian Borges", [])],
    )
    with _ingest(tmp_path / "g.db", [rec]) as c:
        ident, why = decide(c.store, "batshuayi", "PER")
        assert ident is not None, why


def test_a_pair_of_doubles_players_is_a_list_of_people(tmp_path: Path) -> None:
    from warta.identity.forms import decide

    rec = _match(
        "m2",
        "Ganda putri Indonesia kalah dari Nami Matsuyama / Chiharu Shida di perempat final. Matsuyama tampil "
        "dominan sejak gim pertama.",
        [("Nami Matsuyama", ["Matsuyama"]), ("Chiharu Shida", [])],
    )
    with _ingest(tmp_path / "h.db", [rec]) as c:
        assert decide(c.store, "matsuyama", "PER")[0] is not None


def test_a_misread_phrase_among_things_stays_undecided(tmp_path: Path) -> None:
    from warta.identity.forms import decide

    rec = record(
        "x1",
        "Minuman Khas Diperkenalkan",
        "Tamu disuguhi minuman dari Sayah Liquor dan kue dari Toko Lapis Legit. Sayah menyiapkan dua rasa.",
        entities=[("Sayah Liquor", "PER", ["Sayah"]), ("Toko Lapis Legit", "ORG", [])],
    )
    with _ingest(tmp_path / "i.db", [rec]) as c:
        ident, why = decide(c.store, "sayah", "PER")
        assert ident is None and "misread" in why


# A club's nickname the entities layer lists ('The Citizens', 'Juku Eja') is the club an article wrote
# it for, though its words are none of the club's name; a nickname read for another club is not.


def test_a_listed_nickname_written_for_its_club_is_the_club(tmp_path: Path) -> None:
    from warta.identity.forms import decide

    rec = record(
        "c1",
        "City Kokoh di Puncak",
        "Manchester City menang 3-1 atas Brentford. The Citizens kini unggul lima poin di puncak klasemen.",
        entities=[("Manchester City", "ORG", ["The Citizens"]), ("Brentford", "ORG", [])],
    )
    with _ingest(tmp_path / "j.db", [rec]) as c:
        ident, why = decide(c.store, "the citizens", "ORG")
        assert ident is not None and c.store.scalar("SELECT name FROM entities WHERE num = ?", (ident,)) == (
            "Manchester City"
        ), why


def test_a_nickname_read_for_another_club_stays_undecided(tmp_path: Path) -> None:
    from warta.identity.forms import decide

    rec = record(
        "c2",
        "Derby Della Madonnina",
        "Inter Milan menahan imbang rivalnya. Rossoneri gagal memanfaatkan peluang di menit akhir.",
        entities=[("Inter Milan", "ORG", ["Rossoneri"])],
    )
    with _ingest(tmp_path / "k.db", [rec]) as c:
        assert decide(c.store, "rossoneri", "ORG")[0] is None
