"""Round 24 (events recall): acts the layer missed on the opened blind sets (events_heldout15-19),
each with sentences written here in the shapes of Indonesian news.

- Sexual violence (`mencabuli`, `diperkosa`, `pencabulan`, `perbuatan cabul`, `tindakan asusila`,
  `pelecehan seksual`) is an ASSAULT, mode `sexual`, as `kekerasan seksual` already was; the
  newest gold codes it so (PLOVER's ASSAULT), not as Warta's CRIME. `melecehkan` (to belittle) stays.
- A sanction received or imposed (`kena sanksi`, `terkena denda`, `diganjar sanksi`, `menjatuhkan sejumlah
  sanksi`, `penjatuhan sanksi`); not one the party is only prone to (`rentan`, `berpotensi terkena`).
- Discontent voiced (`menyampaikan ketidakpuasannya`, `menyuarakan kekhawatirannya`): a criticism.
- An inquiry told in the passive with a personal pronoun as agent (`masih kami dalami`, `tengah
  kami usut`): the di- form without its prefix, read only right after the pronoun.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    "text",
    [
        "Seorang guru ngaji di Kecamatan Cibinong diduga mencabuli tiga santriwatinya di asrama pondok.",
        "Polisi menangkap pria berinisial RS yang memperkosa seorang pelajar di kebun sawit, Senin (3/11).",
        "Korban mengaku dicabuli ayah tirinya sejak duduk di bangku kelas lima SD.",
        "Pelaku melakukan perbuatan cabul terhadap korban saat rumah dalam keadaan sepi.",
    ],
)
def test_sexual_violence_is_an_assault(text: str) -> None:
    assert len(acts(text, "ASSAULT")) == 1
    assert acts(text, "CRIME") == []


def test_belittling_is_not_sexual_violence() -> None:
    text = "Warganet menilai komika itu melecehkan profesi guru lewat materi lawakannya."
    assert acts(text, "ASSAULT") == []


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            '"Untuk motif pembakaran rumah itu masih kami dalami," kata Kasat Reskrim Polres Garut AKP Ari Rinaldo.',
            "dalami",
        ),
        (
            '"Laporan dugaan penggelapan dana koperasi itu tengah kami usut," ujar Kasi Intel Kejari Blitar Agung Wibowo.',
            "usut",
        ),
        ('"Dua saksi sudah kami periksa pada Selasa lalu," kata Kapolsek Tambora Kompol Donny Agung.', "periksa"),
    ],
)
def test_an_inquiry_with_the_pronoun_before_the_verb(text: str, trigger: str) -> None:
    found = acts(text, "INVESTIGATE")
    assert [t for t, _a, _r in found] == [trigger]
    assert found[0][1] is not None


@pytest.mark.parametrize(
    "text",
    [
        "Sampel air sumur itu akan diperiksa di laboratorium. Periksa juga kondisi pompa sebelum dipakai.",
        "Ia bercerita kepada kami tentang banjir yang melanda desanya.",  # `tentang`: no stem of an act
        '"Setelah saya cek, harga bawang merah di semua pasar naik," kata Kepala Dinas Perdagangan.',  # looked up
        '"Anak itu saya panggil ke rumah, saya beri beasiswa," ujar Bupati.',  # called over, no summons
    ],
)
def test_a_bare_stem_without_a_pronoun_agent_is_no_inquiry(text: str) -> None:
    found = [t for t, _a, _r in acts(text, "INVESTIGATE")]
    assert [t for t in found if t.lower() in ("periksa", "tentang", "cek", "panggil")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Orang tua siswa menyampaikan ketidakpuasannya atas penanganan kasus perundungan oleh pihak sekolah.",
        "Guru besar hukum lingkungan itu turut menyuarakan kekhawatirannya terhadap proses revisi tata ruang kota.",
        "Melalui akun Instagram-nya, aktris itu meluapkan kekesalan kepada sutradara film tersebut.",
    ],
)
def test_discontent_voiced_is_a_criticism(text: str) -> None:
    assert len(acts(text, "DISAPPROVE")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Tiga perusahaan sawit itu akhirnya kena sanksi administratif oleh Dinas Lingkungan Hidup Riau.",
        "Klub asal Makassar itu kembali terkena denda Rp 50 juta oleh Komisi Disiplin PSSI.",
        "Gelandang tersebut diganjar sanksi larangan bermain empat laga oleh Komdis PSSI.",
        "Pemerintah Amerika Serikat menjatuhkan sejumlah sanksi ekonomi terhadap Iran pada Jumat (3/5).",
        "Penjatuhan sanksi dilakukan oleh Bawaslu Kota Medan setelah sidang pelanggaran administrasi.",
    ],
)
def test_a_sanction_received_or_imposed(text: str) -> None:
    assert len(acts(text, "SANCTION")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Perusahaan yang tidak melaporkan emisinya rentan terkena sanksi administratif.",  # prone to, not fined
        "Warga yang membuang sampah sembarangan berpotensi kena denda hingga Rp 500 ribu.",
    ],
)
def test_a_sanction_one_is_prone_to_is_none(text: str) -> None:
    assert acts(text, "SANCTION") == []
