"""Round 37 (issue #13): an acronym one article spells out while the corpus's other articles give it
another meaning is no one identity (``warta.identity.forms``): written there heading other names ('PSA
Unboxed', 'DPP Golkar'), as a country's code in results lists ('(INA / MAS)'), or defined as another
thing ('internal combustion engine (ICE)'). A kind's acronym heading its instances ('Kanwil …') and a
unit always written with its parent ('Bareskrim Polri') keep their identity."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import fillers as _fillers  # noqa: E402
from storydata import ingest as _ingest  # noqa: E402
from storydata import record  # noqa: E402
from storydata import same_identity as _same  # noqa: E402

from warta.identity import root  # noqa: E402
from warta.identity.forms import decide, form_identity  # noqa: E402


def _num(c: Any, label: str, name: str) -> int:
    return root(c.store, int(c.store.scalar("SELECT num FROM entities WHERE key = ?", (f"{label}:{name}",))))


def _once_and_elsewhere(name: str, acronym: str, own: str, other: str) -> list[dict[str, Any]]:
    """One article writing ``acronym`` for ``name`` (its text ``own``), one without it (``other``)."""
    return [
        *_fillers(),
        record("a1", "Kabar Pertama", own, entities=[(name, "ORG", [acronym])]),
        record("a2", "Kabar Kedua", other, entities=[("Kementerian Keuangan", "ORG", [])]),
    ]


@pytest.mark.parametrize(
    ("name", "acronym", "own", "other", "why"),
    [
        (  # written before another body's name elsewhere: a venture firm
            "Prostate Specific Antigen",
            "PSA",
            "Ia menjalani tes darah yang disebut Prostate Specific Antigen (PSA) lebih dini. Tes PSA ini kontroversial.",
            "Pendanaan dipimpin oleh Gobi Partners. PSA Unboxed dan Inspire Ventures juga turut berpartisipasi.",
            "heading other names",
        ),
        (  # a country's code in a badminton results list
            "Indonesia Next Apps",
            "INA",
            "Roadshow Developer Workshop dari program Indonesia Next Apps (INA) digelar di delapan kota.",
            "MD: Hendra Setiawan / Tan Boon Heong (INA / MAS) vs Han Chengkai / Zhou Haodong (CHN) 21 - 12. "
            "WS: Pai Yu Po (TPE) vs Gregoria Mariska (INA) 21 - 17.",
            "code",
        ),
        (  # defined as another thing: a translated agency's name, and a car engine elsewhere
            "Bea Cukai",
            "ICE",
            "Massa menuntut AS menghapuskan badan Imigrasi dan Bea Cukai (ICE) yang menjadi pusat tindakan keras.",
            "Mobil dinasnya bisa berupa mobil listrik atau internal combustion engine (ICE). Mobil ICE dan EV juga.",
            "defined as another name",
        ),
    ],
)
def test_an_acronym_read_once_with_another_meaning_elsewhere_is_undecided(
    tmp_path: Path, name: str, acronym: str, own: str, other: str, why: str
) -> None:
    with _ingest(tmp_path / "a.db", _once_and_elsewhere(name, acronym, own, other)) as c:
        ident, reason = decide(c.store, acronym.lower(), "ORG")
        assert ident is None and why in reason


def test_a_party_unit_acronym_read_once_as_another_body_is_not_linked(tmp_path: Path) -> None:
    recs = [
        *_fillers(),
        record(
            "d1",
            "Sidang Etik KPK",
            "Dewan Pertimbangan Pegawai (DPP) KPK sudah menggelar sidang internal. Jadi DPP hanya menyarankan.",
            entities=[("Dewan Pertimbangan Pegawai", "ORG", ["DPP"]), ("DPP", "ORG", [])],
        ),
        record(
            "d2",
            "Pengajian Golkar",
            "Acara dihadiri Ketua Umum DPP Golkar dan kader lain. Keputusan akhir diserahkan kepada DPP.",
            entities=[("DPP", "ORG", []), ("Golkar", "ORG", [])],
        ),
        record(
            "d3",
            "Pertunjukan Wayang",
            "Pertunjukan berlangsung di kantor DPP PDI Perjuangan. Sekjen hadir bersama kader.",
            entities=[("DPP", "ORG", []), ("PDI Perjuangan", "ORG", [])],
        ),
    ]
    with _ingest(tmp_path / "a.db", recs) as c:
        assert not _same(c, "DPP", "Dewan Pertimbangan Pegawai")


def test_a_kinds_acronym_heading_its_instances_keeps_its_meaning(tmp_path: Path) -> None:
    recs = _once_and_elsewhere(
        "Kantor Wilayah",
        "Kanwil",
        "Petugas Kantor Wilayah (Kanwil) Direktorat Jenderal Pemasyarakatan Bali menggelar razia.",
        "Kepala Kanwil Kementerian HAM Jawa Timur membuka layanan itu.",
    )
    with _ingest(tmp_path / "a.db", recs) as c:
        assert form_identity(c.store, "kanwil", "ORG") == _num(c, "ORG", "kantor wilayah")


def test_a_unit_always_written_with_its_parent_keeps_its_identity(tmp_path: Path) -> None:
    parent = [
        record(
            f"b{i}",
            f"Kasus Penipuan {i}",
            f"Penyidik Bareskrim Polri menangkap tersangka ke-{i} di Jakarta.",
            entities=[("Bareskrim", "ORG", []), ("Polri", "ORG", [])],
        )
        for i in (2, 3)
    ]
    recs = [
        *_fillers(),
        record(
            "b1",
            "Impor Scrap",
            "Pemerintah menggandeng Badan Reserse Kriminal (Bareskrim) untuk mengusut impor itu.",
            entities=[("Badan Reserse Kriminal", "ORG", ["Bareskrim"])],
        ),
        *parent,
    ]
    with _ingest(tmp_path / "a.db", recs) as c:
        assert _same(c, "Bareskrim", "Badan Reserse Kriminal")
