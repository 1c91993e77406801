"""Round 30 (issue #13): an acronym's meaning a reader knows (the entities layer's shipped list of
organisations). A well-known short form the corpus writes bare ('Kemenhub') joins the stored body it
names ('Kementerian Perhubungan') though no article writes the two side by side; one article's
coinage that spells a known acronym as another body ('Public Private Partnership (PPP)') names no
bare 'PPP' the text writes elsewhere, while a coinage the text never contradicts stays its name."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import ingest as _ingest  # noqa: E402
from storydata import record  # noqa: E402
from storydata import same_identity as _same  # noqa: E402

from warta.identity import known_otherwise, root  # noqa: E402
from warta.identity.forms import form_identity  # noqa: E402

MINISTRY = [
    record(
        "k1",
        "Arus Mudik Dipantau",
        "Kemenhub memantau arus kendaraan di jalan tol Cikampek sejak Jumat malam.",
        entities=[("Kemenhub", "ORG", [])],
    ),
    record(
        "k2",
        "Tarif Ojol Naik",
        "Kementerian Perhubungan menetapkan tarif baru ojek daring yang berlaku bulan depan.",
        entities=[("Kementerian Perhubungan", "ORG", [])],
    ),
]


def test_a_known_acronym_joins_the_body_stored_apart(tmp_path: Path) -> None:
    with _ingest(tmp_path / "a.db", MINISTRY) as c:
        assert _same(c, "Kemenhub", "Kementerian Perhubungan")


def test_the_same_in_either_order(tmp_path: Path) -> None:
    with _ingest(tmp_path / "b.db", MINISTRY[::-1]) as c:
        assert _same(c, "Kemenhub", "Kementerian Perhubungan")


def test_two_letters_regional_offices_and_party_boards_stay_apart(tmp_path: Path) -> None:
    recs = [
        record(
            "u1",
            "Ponsel Baru",
            "Ponsel itu memakai tampilan UI 4.0 yang lebih ringan dari versi sebelumnya.",
            entities=[("UI", "ORG", [])],
        ),
        record(
            "u2",
            "Wisuda",
            "Universitas Indonesia mewisuda ribuan lulusan pada Sabtu pagi di Depok.",
            entities=[("Universitas Indonesia", "ORG", [])],
        ),
        record(
            "u3",
            "Bansos Cair",
            "Dinsos menyalurkan bantuan sosial kepada warga terdampak banjir.",
            entities=[("Dinsos", "ORG", [])],
        ),
        record(
            "u4",
            "Data Penerima",
            "Dinas Sosial Kota Mataram memperbarui data penerima bantuan. Dinas Sosial mendata ulang warga.",
            entities=[("Dinas Sosial", "ORG", [])],
        ),
    ]
    recs += [
        record(
            "u5",
            "Musda Partai",
            "Musda DPD I Golkar Sulsel digelar pekan depan untuk memilih ketua baru.",
            entities=[("DPD", "ORG", [])],
        ),
        record(
            "u6",
            "Rapat Kerja",
            "Dewan Perwakilan Daerah menggelar rapat kerja dengan gubernur bank sentral.",
            entities=[("Dewan Perwakilan Daerah", "ORG", [])],
        ),
    ]
    with _ingest(tmp_path / "c.db", recs) as c:
        assert not _same(c, "UI", "Universitas Indonesia")  # a phone's user interface as often
        assert not _same(c, "Dinsos", "Dinas Sosial")  # every region has one
        assert not _same(c, "DPD", "Dewan Perwakilan Daerah")  # every party's regional board too


PARTNERSHIP = [
    record(
        "p1",
        "Skema Pembiayaan Tol",
        "Proyek tol itu dibiayai dengan skema Public Private Partnership (PPP) bersama investor swasta.",
        entities=[("Public Private Partnership", "ORG", ["PPP"])],
    ),
    record(
        "p2",
        "Koalisi Pilkada",
        "Politisi PPP menyatakan partainya mendukung pasangan calon itu dalam pilkada.",
        entities=[("PPP", "ORG", [])],
    ),
]


def test_a_coinage_spelling_a_known_acronym_does_not_take_its_bare_uses(tmp_path: Path) -> None:
    with _ingest(tmp_path / "d.db", PARTNERSHIP) as c:
        assert not _same(c, "PPP", "Public Private Partnership")


def test_a_coinage_the_text_never_contradicts_keeps_its_acronym(tmp_path: Path) -> None:
    recs = [
        record(
            "v1",
            "Musyawarah Desa",
            "Badan Permusyawaratan Desa (BPD) menyetujui rencana anggaran desa tahun depan.",
            entities=[("Badan Permusyawaratan Desa", "ORG", ["BPD"])],
        ),
        record(
            "v2",
            "Anggaran Desa",
            "Kepala desa diminta membuka rincian anggaran kepada warga.",
            entities=[("Kepala Desa", "ORG", [])],
        ),
    ]
    with _ingest(tmp_path / "e.db", recs) as c:
        # the known 'Bank Pembangunan Daerah' is written nowhere: the article's own meaning stands
        target = c.store.scalar("SELECT num FROM entities WHERE key = 'ORG:badan permusyawaratan desa'")
        assert form_identity(c.store, "bpd", "ORG") == root(c.store, target)


def test_known_otherwise_needs_a_rival_spelling() -> None:
    assert known_otherwise("ppp", ["public private partnership"]) == "partai persatuan pembangunan"
    assert known_otherwise("ppp", ["partai persatuan pembangunan"]) is None
    assert known_otherwise("who", ["organisasi kesehatan dunia"]) is None  # a translation, not a rival
    assert known_otherwise("psa", ["prostate specific antigen"]) is None  # no meaning known
