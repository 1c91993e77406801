"""Error classes of the twelfth round (issue #12, from `eval/events_heldout9`/`10`): a raid is a
coercive step, not an inquiry; granting leave (`mengizinkan`) is a concession, but a bare
`diizinkan masuk` is no one's act; urging someone (`mengajak X untuk`), filing a request and
`ingin agar` are demands. Written here with other names and words."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts as _of  # noqa: E402

import warta


def test_a_raid_is_coercion():
    text = "Tim Densus 88 menggerebek sebuah rumah kontrakan di Bekasi pada Senin malam."
    assert _of(text, "COERCE"), warta.read(text).events
    assert not _of(text, "INVESTIGATE")


def test_granting_leave_is_a_concession():
    text = "Pengadilan Negeri Medan mengizinkan Budi Hartono berobat ke Singapura selama dua pekan."
    found = _of(text, "CONCEDE")
    assert found and found[0][1] and "Pengadilan" in found[0][1], found


def test_an_agentless_leave_is_no_act():
    text = "Para nelayan itu akhirnya diizinkan berlabuh di pelabuhan Sabang setelah badai reda."
    assert not _of(text, "CONCEDE")


def test_urging_a_body_is_a_demand():
    text = "Gubernur Jawa Barat mengajak Pemerintah Kabupaten Garut untuk memperbaiki jalan desa."
    found = _of(text, "DEMAND")
    assert found and found[0][2] and "Garut" in found[0][2], found


def test_dissolving_an_organisation_is_a_sanction_dispersing_a_crowd_coercion():
    text = "Pemerintah membubarkan ormas Front Pemuda Bersatu pada Rabu."
    assert _of(text, "SANCTION") and not _of(text, "COERCE"), warta.read(text).events
    text = "Polisi membubarkan massa yang berkumpul di depan gedung DPRD pada Rabu malam."
    assert _of(text, "COERCE") and not _of(text, "SANCTION"), warta.read(text).events


def test_a_bare_setuju_is_agreement_and_tidak_setuju_a_rejection():
    text = "Pemerintah Malaysia akhirnya setuju pembangunan jalur kereta bersama Singapura."
    assert _of(text, "AGREE"), warta.read(text).events
    text = "Pemerintah Malaysia tidak setuju pembangunan jalur kereta bersama Singapura."
    assert not _of(text, "AGREE"), warta.read(text).events


def test_stepping_up_cooperation_with_someone_is_cooperation():
    text = "Kepolisian Filipina meningkatkan kerja sama dengan otoritas imigrasi Jepang untuk memburu buronan itu."
    found = _of(text, "COOPERATE")
    assert found and found[0][2] and "imigrasi" in found[0][2], found


def test_persecution_done_to_someone_is_coercion():
    text = "Menurut LSM itu, persekusi terhadap jurnalis dilakukan aparat keamanan setempat."
    assert _of(text, "COERCE"), warta.read(text).events


def test_an_arrested_driver_or_guard_is_a_person_acted_on():
    text = "Polisi Makassar menangkap seorang driver ojek daring yang mencuri ponsel penumpangnya."
    found = _of(text, "COERCE")
    assert found and found[0][2] and "driver" in found[0][2], found


def test_a_meeting_told_as_what_a_statement_followed_is_the_meeting():
    text = "Hal itu disampaikan Bahlil usai bertemu Perdana Menteri Anwar Ibrahim di Putrajaya, Selasa (3/6/2025)."
    assert _of(text, "CONSULT"), warta.read(text).events
    text = "Hal itu disampaikan Bahlil saat berbincang dengan wartawan di Putrajaya, Selasa (3/6/2025)."
    assert not _of(text, "CONSULT"), warta.read(text).events


def test_declining_to_comment_rejects_no_one():
    text = "Kapolres Bogor AKBP Rio Wahyu enggan memberikan keterangan lebih rinci soal penangkapan itu."
    assert not _of(text, "REJECT"), warta.read(text).events
    text = "Pemerintah Kota Bogor enggan menggunakan dana APBD untuk membayar utang PDAM Tirta Pakuan."
    assert _of(text, "REJECT"), warta.read(text).events
