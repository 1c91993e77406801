"""Round 23 (issue #13): classes mined from the detik_2025 store, each with a counter-case.

A person's name written in Indonesian's two spellings of the same sounds ('Soemitro' / 'Sumitro',
'Eddy' / 'Edi', 'Syarifudin' / 'Syaripuddin') is one name when the other words, a surname among
them, are the same."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import ingest as _ingest  # noqa: E402
from storydata import record  # noqa: E402
from storydata import same_root as _same  # noqa: E402
from storydata import stored_root as _root  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from identitycases import bodies as _orgs  # noqa: E402
from identitycases import persons as _recs  # noqa: E402
from identitycases import story as _rec  # noqa: E402

from warta.identity import relink_all  # noqa: E402
from warta.identity.spelling import sound, sounds_alike  # noqa: E402

GIVEN = frozenset({"budi", "agus", "wahyu", "rudi"})


def test_old_and_new_spellings_sound_alike() -> None:
    assert sound("soekarjo") == sound("sukarjo")
    assert sound("djarot") == sound("jarot")
    assert sound("tjipto") == sound("cipto")
    assert sound("eddy") == sound("edi")
    assert sound("syarifudin") == sound("syaripuddin")
    assert sound("yanto") == "yanto"  # a first 'y' is a consonant
    assert sound("harsono") != sound("hartono")
    assert sound("zaenal") != sound("zainal")  # another vowel, no other spelling of one sound


def test_a_persons_name_in_two_spellings_with_one_surname_is_one_name() -> None:
    assert sounds_alike("teddy kusnandar", "tedi kusnandar", GIVEN)
    assert sounds_alike("soeharto wiryono", "suharto wiryono", GIVEN)
    assert sounds_alike("ahmad syarifuddin nasution", "ahmad syaripudin nasution", GIVEN)
    assert not sounds_alike("rudi budi", "rudy budi", GIVEN)  # only given names beside it: two people may
    assert not sounds_alike("teddy kusnandar", "tedi kusnandar wijaya", GIVEN)  # a word more
    assert not sounds_alike("teddy kusnandar", "teddy kusnandar", GIVEN)
    assert not sounds_alike("tedi", "teddy", GIVEN)  # one word: the first-name rules decide
    assert not sounds_alike("harsono wiryono", "hartono wiryono", GIVEN)  # another letter, another name
    assert not sounds_alike("teddy kusnandar wijaya", "tedi kusnandar wijoyo", GIVEN)  # two words differ


def test_the_other_spelling_joins_in_either_order(tmp_path: Path) -> None:
    recs = [*_recs("Soemarno Wirjoatmodjo", "Sumarno Wirjoatmodjo"), *_recs("Zaenal Hakimudin", "Zainal Hakimudin")]
    for name, order in (("f.db", recs), ("r.db", recs[::-1])):
        with _ingest(tmp_path / name, order) as c:
            assert _same(c, "PER", "sumarno wirjoatmodjo", "soemarno wirjoatmodjo")
            host = c.store.scalar("SELECT num FROM entities WHERE key = 'PER:soemarno wirjoatmodjo'")
            assert _root(c, "PER", "sumarno wirjoatmodjo") == host  # the spelling written more hosts
            assert not _same(c, "PER", "zainal hakimudin", "zaenal hakimudin")
            assert relink_all(c.store) == 0


def test_a_body_with_its_closing_national_or_legal_word_is_the_body(tmp_path: Path) -> None:
    recs = [
        *_orgs("Kementerian Kelautan", "Kementerian Kelautan RI"),  # a field noun: no bare 'Kelautan' to take
        *_orgs("PT Semen Gresik Raya", "PT Semen Gresik Raya (Persero)"),
        *_orgs("CNN Warta", "CNN Warta Indonesia"),  # a national arm, not a closing word
    ]
    for name, order in (("f.db", recs), ("r.db", recs[::-1])):
        with _ingest(tmp_path / name, order) as c:
            assert _same(c, "ORG", "kementerian kelautan ri", "kementerian kelautan")
            assert _same(c, "ORG", "pt semen gresik raya persero", "pt semen gresik raya")
            assert not _same(c, "ORG", "cnn warta indonesia", "cnn warta")
            assert relink_all(c.store) == 0


def test_a_bodys_clipped_name_joins_the_one_name_it_opens(tmp_path: Path) -> None:
    recs = [
        # both named in one article, the short never written alone more often than beside it
        _rec(
            "a1",
            "Badan Pangan Lestari Nasional membuka kantor. Badan Pangan Lestari menyebut stok aman.",
            "Badan Pangan Lestari Nasional",
            "Badan Pangan Lestari",
        ),
        _rec("a2", "Badan Pangan Lestari Nasional menggelar rapat.", "Badan Pangan Lestari Nasional"),
        # the words after it are a stored body: its owner
        _rec("b1", "Penyidik KPK memeriksa saksi di Gedung Rajawali Biru KPK.", "Gedung Rajawali Biru KPK", "KPK"),
        _rec("b2", "Saksi tiba di Gedung Rajawali Biru pagi ini.", "Gedung Rajawali Biru"),
        # a unit every body has, a sister body, a regional office: never
        _rec(
            "c1", "Komisi Anggaran Daerah menolak. Komisi Anggaran setuju.", "Komisi Anggaran Daerah", "Komisi Anggaran"
        ),
        _rec("d1", "Bank Sentosa Syariah tumbuh. Bank Sentosa juga tumbuh.", "Bank Sentosa Syariah", "Bank Sentosa"),
        record(
            "e1",
            "Berita",
            "Yayasan Cahaya Ilmu Bandung membuka kelas. Yayasan Cahaya Ilmu menambah guru.",
            entities=[
                ("Yayasan Cahaya Ilmu Bandung", "ORG", []),
                ("Yayasan Cahaya Ilmu", "ORG", []),
                ("Bandung", "LOC", []),
            ],
        ),
        # a kind with sisters in the text: 'Sekolah Pelita Transformasi dan Sekolah Pelita baru'
        _rec(
            "f1",
            "Program ini terdiri dari Sekolah Pelita Transformasi dan Sekolah Pelita baru.",
            "Sekolah Pelita Transformasi",
            "Sekolah Pelita",
        ),
        # a kind that heads other names in the text: 'Pesantren Cahaya Al Amin', 'Pesantren Cahaya Darul Ulum'
        _rec("h1", "Santri Pesantren Cahaya Al Amin belajar.", "Pesantren Cahaya Al Amin", "Al Amin"),
        _rec("h2", "Pesantren Cahaya menerima santri. Pesantren Cahaya Darul Ulum juga.", "Pesantren Cahaya"),
        # written alone in more articles than beside the longer name: a name of its own
        _rec(
            "g1",
            "Universitas Samudra Jaya Kabinet Bintang berdemo. Universitas Samudra Jaya diam.",
            "Universitas Samudra Jaya Kabinet Bintang",
            "Universitas Samudra Jaya",
        ),
        _rec("g2", "Universitas Samudra Jaya membuka prodi baru.", "Universitas Samudra Jaya"),
        _rec("g3", "Universitas Samudra Jaya menerima mahasiswa.", "Universitas Samudra Jaya"),
    ]
    for name, order in (("f.db", recs), ("r.db", recs[::-1])):
        with _ingest(tmp_path / name, order) as c:
            assert _same(c, "ORG", "badan pangan lestari", "badan pangan lestari nasional")
            assert _same(c, "ORG", "gedung rajawali biru", "gedung rajawali biru kpk")
            assert not _same(c, "ORG", "komisi anggaran", "komisi anggaran daerah")
            assert not _same(c, "ORG", "bank sentosa", "bank sentosa syariah")
            assert not _same(c, "ORG", "yayasan cahaya ilmu", "yayasan cahaya ilmu bandung")
            assert not _same(c, "ORG", "sekolah pelita", "sekolah pelita transformasi")
            assert not _same(c, "ORG", "pesantren cahaya", "pesantren cahaya al amin")
            assert not _same(c, "ORG", "universitas samudra jaya", "universitas samudra jaya kabinet bintang")
            assert relink_all(c.store) == 0


def test_a_clipped_name_stays_apart_once_a_second_name_runs_on_from_it(tmp_path: Path) -> None:
    recs = [
        _rec(
            "a1",
            "Dewan Kopi Lestari Nusantara rapat. Dewan Kopi Lestari hadir.",
            "Dewan Kopi Lestari Nusantara",
            "Dewan Kopi Lestari",
        ),
        _rec("a2", "Dewan Kopi Lestari Sumatra Jaya rapat.", "Dewan Kopi Lestari Sumatra Jaya"),
    ]
    for name, order in (("f.db", recs), ("r.db", recs[::-1])):
        with _ingest(tmp_path / name, order) as c:
            assert not _same(c, "ORG", "dewan kopi lestari", "dewan kopi lestari nusantara")


def _person(rid: str, body: str, name: str, forms: list[str]) -> dict[str, Any]:
    rec = record(rid, "Rapat", body, entities=[(name, "PER", forms)])
    rec["entities"][0]["role"] = "Menteri"
    return rec


def test_a_persons_own_initials_used_alone_elsewhere_are_still_his(tmp_path: Path) -> None:
    from warta.identity.forms import decide

    his = [
        _person(
            f"h{i}",
            f"Menteri Bambang Sutrisno Wiratmaja (BSW) hadir ke-{i}. BSW menyatakan siap.",
            "Bambang Sutrisno Wiratmaja",
            ["BSW"],
        )
        for i in range(3)
    ]
    alone = record("x1", "Rapat", "Tadi Pak BSW menjelaskan jalan tol itu.", entities=[("Jasa Marga", "ORG", [])])
    with _ingest(tmp_path / "a.db", [*his, alone]) as c:
        ident, why = decide(c.store, "bsw", "PER")
        assert ident is not None, why
    # written for him in two articles only: the use alone elsewhere may be another's
    with _ingest(tmp_path / "b.db", [*his[:2], alone]) as c:
        assert decide(c.store, "bsw", "PER")[0] is None
    # another stored person of the same initials: the use alone may be hers
    other = record("y1", "Rapat", "Bupati Budi Santoso Wijaya hadir.", entities=[("Budi Santoso Wijaya", "PER", [])])
    with _ingest(tmp_path / "c.db", [*his, alone, other]) as c:
        assert decide(c.store, "bsw", "PER")[0] is None
