"""Round 29 (issue #12): a ban that is a rule is no act (GUIDELINES.md `events`: plain statements
and what a law provides are not events). `dilarang` is a restriction laid on someone in the news
only when someone is banned: a ban on anyone at all (`setiap orang dilarang`, `siapa pun dilarang`)
and what is forbidden described by the ban (`usaha yang dilarang`) are the norm, not an act.
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
        "Jakarta - Menurut Deputi Gubernur BI Destry Damayanti, setiap pedagang dilarang menolak pembayaran "
        "dengan uang rupiah.",
        "Palembang - Majelis hakim menjatuhkan hukuman penjara kepada terdakwa Serda Budiman. Terdakwa juga "
        "mengelola arena sabung ayam yang dilarang di Indonesia selama dua tahun.",
        "Jakarta - Ketua DPD Partai Golkar Jakarta Ahmad Yani menggelar pengajian untuk menjelaskan bahwa memilih "
        "pasangan Budi - Ani bukanlah hal yang dilarang oleh agama.",
    ],
)
def test_a_ban_that_is_a_rule_is_no_act(text: str) -> None:
    assert [t for t, _a, _r in acts(text, "COERCE") if t.lower().startswith("dilarang")] == []


def test_a_ban_laid_on_someone_is_still_coded() -> None:
    text = (
        "Bandung - Demi alasan keamanan, suporter Persija dilarang datang ke Stadion Gelora Bandung "
        "Lautan Api oleh Polda Jawa Barat."
    )
    assert [t for t, _a, _r in acts(text, "COERCE")] == ["dilarang"]


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta - Kamera terbaru itu dilengkapi fitur cetak otomatis untuk mengirim foto ke printer yang "
        "mendukung konektivitas Wi-Fi milik PT Sinar Digital.",
        "Bandung - Mobil listrik buatan Universitas Padjadjaran itu didukung oleh mesin berkapasitas 60 kW "
        "rakitan PT Len Industri.",
        "Jakarta - Menteri Perhubungan Dudy Purwagandhi menyebut, RUU Perkeretaapian mendukung pembangunan "
        "nasional Indonesia.",
    ],
)
def test_a_thing_that_enables_backs_no_one(text: str) -> None:
    assert acts(text, "SUPPORT") == []


def test_a_party_backing_another_is_still_support() -> None:
    text = "Jakarta - Ketua Umum Partai Golkar Bahlil Lahadalia mendukung Ridwan Kamil maju di Pilkada Jakarta."
    assert [t for t, _a, _r in acts(text, "SUPPORT")] == ["mendukung"]


def test_every_day_before_an_active_ban_is_no_rule() -> None:
    # `setiap` marks a ban on anyone only before the passive (`setiap orang dilarang`); `Setiap hari polisi
    # melarang …` is a ban laid by someone in the news
    text = "Bandung - Setiap hari polisi melarang pedagang kaki lima berjualan di trotoar Jalan Asia Afrika."
    assert [t for t, _a, _r in acts(text, "COERCE")] == ["melarang"]


def test_backing_a_bill_is_still_support() -> None:
    # a thing is the enabler as the subject of `mendukung` or the agent of `didukung`, never as its object
    text = "Jakarta - Fraksi Partai Demokrat mendukung RUU Perampasan Aset yang diajukan pemerintah."
    assert [t for t, _a, _r in acts(text, "SUPPORT")] == ["mendukung"]


def test_party_machine_still_backs() -> None:
    # `mesin partai` is a group of people, not a thing that enables (as agent and as subject)
    text = "Bandung - Ridwan Kamil didukung oleh mesin partai Golkar dalam pemilihan gubernur."
    assert [t for t, _a, _r in acts(text, "SUPPORT")] == ["didukung"]
    text = "Bandung - Seluruh mesin partai Golkar mendukung Ridwan Kamil dalam pemilihan gubernur."
    assert [t for t, _a, _r in acts(text, "SUPPORT")] == ["mendukung"]
    text = "Jakarta - Mobil listrik itu didukung oleh mesin berdaya 150 tenaga kuda."
    assert [t for t, _a, _r in acts(text, "SUPPORT")] == []
