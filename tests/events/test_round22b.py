"""Round 22, second pass (events recall): shapes found on unannotated articles (the mining pool),
each with sentences written here in the shapes of Indonesian news.

- The one asked in a demand (`meminta/mendorong/mengimbau X untuk/agar …`) is a party though its
  head names a facility or a place (`fasilitas kesehatan`, `sekolah swasta`), when
  an active verb says what X is to do; not an abstract noun in -an or a thing asked for
  (`meminta dukungan DPR agar`, `minta izin untuk`), not what is to be done (`… agar diperbaiki`).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    "text, asked",
    [
        (
            "Kepala Dinas Kesehatan Jawa Tengah Budi Santoso mendorong sekolah swasta untuk segera "
            "memperbaiki sarana belajar.",
            "sekolah swasta",
        ),
        (
            "Dalam rapat itu, BPJS Kesehatan juga mendorong fasilitas kesehatan untuk lebih aktif melakukan "
            "skrining penyakit kronis.",
            "fasilitas kesehatan",
        ),
        (
            "Menteri Sosial Tri Rismaharini mengimbau penerima bantuan untuk memanfaatkan dana itu sesuai "
            "peruntukannya.",
            "penerima bantuan",
        ),
    ],
)
def test_the_one_asked_to_act_is_a_party(text: str, asked: str) -> None:
    found = acts(text, "DEMAND")
    assert len(found) == 1
    assert found[0][2] == asked


@pytest.mark.parametrize(
    "text",
    [
        "Dalam rapat kerja itu, Menteri PUPR Basuki Hadimuljono meminta dukungan legislatif agar bisa "
        "mendapat tambahan anggaran.",
        "Karena itu, Kolonel Soemitro minta izin untuk tidak melanjutkan rapat tersebut.",
        "Pantauan di lokasi, massa membawa sejumlah tuntutan saat berdemo di depan kantor bupati.",
    ],
)
def test_what_is_asked_for_is_no_one_asked(text: str) -> None:
    for _, _, rec in acts(text, "DEMAND"):
        assert rec is None or rec.split()[0].lower() not in ("dukungan", "izin", "sejumlah", "tuntutan")


@pytest.mark.parametrize(
    "text",
    [
        "Ketua Fraksi PDIP DPRD Kota Bogor Budi Santoso menolak rencana kenaikan tarif air bersih itu.",
        "Wali Kota Surabaya Eri Cahyadi menolak menandatangani nota kesepakatan dengan pengembang.",
        "Pemerintah Malaysia juga menolak bertanggung jawab atas kerusakan kapal nelayan tersebut.",
    ],
)
def test_a_named_refusal_of_a_step_is_an_act(text: str) -> None:
    assert len(acts(text, "REJECT")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Direktur PT Sinar Jaya Andi Wijaya menolak memberi tahu kapan kajian itu rampung.",
        "Menurut survei itu, 54 persen warga menolak rencana pemindahan terminal.",
    ],
)
def test_a_refusal_to_tell_or_by_no_one_named_is_none(text: str) -> None:
    assert acts(text, "REJECT") == []


@pytest.mark.parametrize(
    "text",
    [
        "Menteri Keuangan Purbaya Yudhi Sadewa ogah menggunakan APBN untuk membayar utang proyek itu.",
        "Ketua DPRD Kabupaten Bone Andi Tenri ogah memberikan persetujuan atas rancangan APBD Perubahan.",
    ],
)
def test_ogah_is_a_refusal(text: str) -> None:
    assert len(acts(text, "REJECT")) == 1


def test_a_ter_verb_after_the_one_asked_still_asks() -> None:
    text = "Dalam pertemuan itu, Gubernur Djarot meminta para uskup untuk ikut terlibat mencegah konflik."
    found = acts(text, "DEMAND")
    assert len(found) == 1
    assert found[0][2] is not None and "uskup" in found[0][2]


def test_a_faulting_judgement_after_bahwa_is_a_criticism() -> None:
    text = "Lembaga Bantuan Hukum Jakarta menilai bahwa surat edaran itu bertentangan dengan undang-undang."
    assert len(acts(text, "DISAPPROVE")) == 1


def test_a_negated_fault_after_bahwa_is_none() -> None:
    text = "Dewan Kehormatan menilai bahwa ketua komisi tidak melanggar kode etik."
    assert acts(text, "DISAPPROVE") == []


def test_criticism_coming_from_someone() -> None:
    text = (
        "Keputusan Komisi Pemilihan Umum itu menuai banyak kritikan. "
        "Kritik juga datang dari anggota Komisi II DPR, Rahmat Hidayat."
    )
    found = acts(text, "DISAPPROVE")
    assert len(found) == 2
    assert found[1][1] == "Rahmat Hidayat"


def test_a_strong_reaction_from_netizens_is_a_criticism() -> None:
    text = "Video aksi arogan pengawal pejabat itu menuai reaksi keras dari warganet."
    found = acts(text, "DISAPPROVE")
    assert len(found) == 1
    assert found[0][1] == "warganet"
