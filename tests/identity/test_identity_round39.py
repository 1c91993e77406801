"""Round 39 (issue #13, precision): a body and its part are two identities. A unit named before the
body a reader knows the acronym by ('Fraksi Partai Keadilan Sejahtera (PKS)', 'DPD Front Pembela
Islam (FPI)') does not take the party's acronym, and a unit named before its body ('Majelis Umum
Perserikatan Bangsa-Bangsa (PBB)') is no translation of the body, though the texts define one acronym
for both. A unit's own acronym ('Ditjen Pengelolaan Pembiayaan dan Risiko (PPR)') and a body's name in
two languages ('Dana Moneter Internasional' / 'International Monetary Fund', both 'IMF') keep theirs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import fillers as _fillers  # noqa: E402
from storydata import ingest as _ingest  # noqa: E402
from storydata import record  # noqa: E402
from storydata import same_identity as _same  # noqa: E402

from warta.identity.evidence import unit_before, unit_of_parent  # noqa: E402


def test_a_party_acronym_beside_its_faction_is_not_the_faction(tmp_path: Path) -> None:
    recs = [
        *_fillers(),
        record(
            "f1",
            "MPR Goes to Campus",
            "Wakil Ketua MPR dari Fraksi Partai Keadilan Sejahtera (PKS) Hidayat Nurwahid berkunjung ke kampus. "
            "Politikus PKS itu berharap mahasiswa terlibat dalam perumusan kebijakan.",
            entities=[("Fraksi Partai Keadilan Sejahtera", "ORG", ["PKS"])],
        ),
        record(
            "f2",
            "Evaluasi Tunjangan",
            "Wakil Ketua MPR dari Fraksi Partai Keadilan Sejahtera (PKS) Hidayat Nurwahid mendukung evaluasi. "
            "Waketum PKS ini meyakini evaluasi membawa perbaikan.",
            entities=[("Fraksi Partai Keadilan Sejahtera", "ORG", ["PKS"])],
        ),
        record(
            "f3",
            "Rapat Pleno",
            "PKS menggelar rapat pleno di kantor DPP di Jakarta. Sekjen PKS menyebut rapat membahas pilkada.",
            entities=[("PKS", "ORG", [])],
        ),
    ]
    with _ingest(tmp_path / "f.db", recs) as c:
        assert not _same(c, "PKS", "Fraksi Partai Keadilan Sejahtera")


@pytest.mark.parametrize("unit", ["Majelis Umum", "Dewan Keamanan"])
def test_a_unit_named_before_its_body_is_no_translation_of_it(tmp_path: Path, unit: str) -> None:
    recs = [
        *_fillers(),
        record(
            "u1",
            "Resolusi Yerusalem",
            f"Sejumlah negara mendorong resolusi ke {unit} Perserikatan Bangsa-Bangsa (PBB) pekan ini. "
            f"Draf resolusi itu akhirnya diajukan ke {unit} oleh Turki dan Yaman.",
            entities=[(f"{unit} Perserikatan Bangsa-Bangsa", "ORG", ["PBB"])],
        ),
        *(
            record(
                f"u{i}",
                f"Misi Perdamaian {i}",
                f"Perserikatan Bangsa-Bangsa (PBB) mengirim pasukan perdamaian ke {place}. PBB menyebut misi itu penting.",
                entities=[("Perserikatan Bangsa-Bangsa", "ORG", ["PBB"])],
            )
            for i, place in enumerate(("Lebanon", "Sudan", "Haiti"), start=2)
        ),
        record("u5", "Sidang Tahunan", "PBB menggelar sidang tahunan di New York.", entities=[("PBB", "ORG", [])]),
    ]
    with _ingest(tmp_path / "u.db", recs) as c:
        assert not _same(c, f"{unit} Perserikatan Bangsa-Bangsa", "Perserikatan Bangsa-Bangsa")


def test_the_words_a_unit_adds_before_its_body() -> None:
    # the party a reader knows by the acronym, after the unit word; the unit's own acronym stays the unit's
    assert unit_of_parent("pks", "fraksi partai keadilan sejahtera")
    assert not unit_of_parent("ppr", "ditjen pengelolaan pembiayaan dan risiko")
    assert unit_before("majelis umum perserikatan bangsa bangsa", "perserikatan bangsa bangsa")
    # a body's own kind words before its name make no unit: BPI Danantara is Danantara
    assert not unit_before("badan pengelola investasi daya anagata nusantara", "daya anagata nusantara")
    assert not unit_before("dana moneter internasional", "international monetary fund")
