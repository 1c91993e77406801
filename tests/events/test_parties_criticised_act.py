"""A criticism of an act is aimed at the one who did it, not at its victim or place (`mengutuk keras
kekerasan terhadap sopir angkot tersebut`, `mengecam kejadian yang menimpa wartawan itu`); the act
so named is the criticism's object, not a second act; a nominal act's agent may be a described
party (`kekerasan keluarga pasien terhadap dokter`), and a violence named in general (`tidak ada
toleransi bagi kekerasan`) takes no offender from earlier. Sentences written here, in the shapes of
Indonesian news."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

BEATING = "Sekelompok pemuda menganiaya seorang sopir angkot di Terminal Bekasi pada Senin malam. "


def test_a_condemned_act_is_aimed_at_its_doer() -> None:
    text = BEATING + "Wali Kota Bekasi mengutuk keras kekerasan terhadap sopir angkot tersebut."
    assert [r for _t, _a, r in acts(text, "DISAPPROVE")] == ["Sekelompok pemuda"]


def test_the_condemned_act_is_not_a_second_assault() -> None:
    text = BEATING + "Wali Kota Bekasi mengutuk keras kekerasan terhadap sopir angkot tersebut."
    assert [t for t, _a, _r in acts(text, "ASSAULT")] == ["menganiaya"]


def test_an_incident_that_befell_someone_is_the_doers() -> None:
    text = (
        "Oknum anggota ormas melakukan kekerasan terhadap wartawan yang meliput di lokasi. "
        "Dewan Pers mengecam kejadian yang menimpa wartawan itu."
    )
    assert [r for _t, _a, r in acts(text, "DISAPPROVE")] == ["Oknum anggota ormas"]


def test_a_described_agent_of_a_nominal_act() -> None:
    text = "Ketua IDI menyebut insiden kekerasan keluarga pasien terhadap dokter di RSUD Sekayu harus diusut."
    assert [a for _t, a, _r in acts(text, "ASSAULT")] == ["keluarga pasien"]


def test_violence_named_in_general_is_no_new_attack() -> None:
    text = (
        "Ketua IDI menyebut insiden kekerasan keluarga pasien terhadap dokter di RSUD Sekayu harus diusut. "
        "Tidak ada toleransi terhadap pelanggaran aturan, apalagi kekerasan terhadap tenaga kesehatan."
    )
    assert len(acts(text, "ASSAULT")) == 1


def test_a_reported_act_with_its_doer_written_is_against_the_doer() -> None:
    text = (
        "Kuasa hukum korban datang untuk melaporkan penganiayaan yang dilakukan terhadap kliennya oleh "
        "oknum anggota Satpol PP ke Polda Metro Jaya."
    )
    found = acts(text, "DISAPPROVE")
    assert found and found[0][2] == "oknum anggota Satpol PP", found
