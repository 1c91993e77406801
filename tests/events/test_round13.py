"""Error classes of the thirteenth round (issue #12, from all events development sets): a named
body backing a programme supports with no recipient; someone who is no crowd coming to a named
body calls on it; a crowd counted in hundreds pounding on a door protests; talks written as a
bare noun with `dengan`; a band of people (`sekelompok …`) after a passive is its agent; a thing
acted on stands for its owner; a subject ends before `semakin`/`sejauh ini`. Written here with
other names and words."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts as _of  # noqa: E402

import warta


def test_a_named_body_backing_a_programme_supports():
    text = "Kementerian Pertanian juga aktif mendukung program swasembada beras di Kabupaten Karawang."
    found = _of(text, "SUPPORT")
    assert found and found[0][1] and "Kementerian Pertanian" in found[0][1], found


def test_an_unnamed_backer_of_nothing_is_no_support():
    assert not _of("Mereka mendukung sepenuhnya.", "SUPPORT")


def test_one_coming_to_a_named_body_calls_on_it():
    text = "Sutrisno mendatangi kantor PT Kereta Api Indonesia di Bandung pada Senin pagi."
    found = _of(text, "CONSULT")
    assert found and found[0][1] and "Sutrisno" in found[0][1], warta.read(text).events
    assert not _of(text, "PROTEST")


def test_the_police_coming_to_a_house_is_no_visit():
    text = "Polisi mendatangi rumah tersangka di Cileunyi pada Selasa malam."
    assert not _of(text, "CONSULT")


def test_hundreds_pounding_on_a_door_protest():
    text = "Ratusan petani menggedor pintu kantor DPRD Kabupaten Jember pada Kamis siang."
    found = _of(text, "PROTEST")
    assert found and found[0][1] and "petani" in found[0][1], warta.read(text).events


def test_talks_as_a_bare_noun_with_dengan():
    text = "Kami sudah diskusi dengan Menteri Perdagangan soal kuota impor gula."
    found = _of(text, "CONSULT")
    assert found and found[0][2] and "Menteri Perdagangan" in found[0][2], warta.read(text).events


def test_a_band_of_people_after_a_passive_is_the_agent():
    text = "Pos ronda di Kampung Cibodas diserang sekelompok pemuda bersenjata pada Minggu dini hari."
    found = _of(text, "ASSAULT")
    assert found and found[0][1] and found[0][1].startswith("sekelompok pemuda"), found


def test_a_house_attacked_stands_for_its_owner():
    text = "Rumah warga diserang segerombolan preman."
    found = _of(text, "ASSAULT")
    assert found and found[0][2] == "warga", found


def test_the_subject_ends_before_semakin():
    text = "Polisi semakin mengintensifkan kerja sama dengan Kementerian Agama untuk mencegah radikalisme."
    found = _of(text, "COOPERATE")
    assert found and found[0][1] == "Polisi", found


def test_force_promised_if_another_acts_is_a_threat_to_that_one():
    text = (
        '"Kalau polisi menangkap ketua kami, maka kami akan mengambil paksa ketua kami dari tahanan," '
        "kata Ketua Umum Front Tani Bersatu Darsono Wiryo."
    )
    found = _of(text, "THREATEN")
    assert found and found[0][2] == "polisi", warta.read(text).events
    assert found[0][1] and "Darsono" in found[0][1], found


def test_a_planned_step_without_a_condition_is_no_threat():
    text = "Kepolisian Resor Bogor akan menahan kedua tersangka pekan depan."
    assert not _of(text, "THREATEN")
    assert not _of(text, "COERCE")


def test_a_claim_pressed_on_someone_after_ke():
    text = "Seorang sopir angkot menagih uang setoran ke pengelola koperasi dengan membawa parang."
    found = _of(text, "DEMAND")
    assert found and found[0][2] == "pengelola koperasi", warta.read(text).events


def test_urging_ke_depan_is_no_recipient():
    text = '"Kami mendorong agar ke depan pemilihan kepala desa dilakukan secara terbuka," kata Budi.'
    assert not _of(text, "DEMAND")


def test_a_body_by_its_common_noun_and_a_named_party_agree_jointly():
    text = "Pemerintah dan Dewan Perwakilan Rakyat RI sepakat membentuk Badan Pangan Nasional."
    found = [e for e in warta.read(text).events if e.type == "AGREE"]
    assert found and found[0].mutual, found
    assert found[0].actor.name == "Pemerintah" and "Dewan Perwakilan Rakyat" in found[0].recipient.name, found


def test_an_act_noun_told_as_going_on_past_adverbs_is_done():
    text = (
        "Kepolisian Resor Cianjur menetapkan Hendra sebagai tersangka penipuan. "
        "Proses penyidikan saat ini masih berjalan, kata Kapolres Cianjur."
    )
    found = [e for e in warta.read(text).events if e.type == "INVESTIGATE"]
    assert found, warta.read(text).events


def test_an_act_noun_only_talked_about_is_no_act():
    text = "Penyidikan hanya salah satu cara untuk mengungkap kebenaran, ujar Hendra."
    assert not [e for e in warta.read(text).events if e.type == "INVESTIGATE"]


def test_a_department_asked_is_a_recipient():
    text = '"Saya sudah meminta departemen terkait menyelidiki masalah ini," ujar Hendra Wijaya, Senin.'
    found = _of(text, "DEMAND")
    assert found and found[0][2] and found[0][2].startswith("departemen"), warta.read(text).events


def test_a_passive_agent_ends_before_where_from():
    text = "Puluhan nelayan diselamatkan tim SAR gabungan dari perairan Selat Sunda pada Minggu."
    found = _of(text, "AID")
    assert found and found[0][1] == "tim SAR gabungan", found


def test_a_passive_agent_from_a_body_stays_whole():
    text = "Dua pengedar sabu ditangkap tim dari Polres Bogor di sebuah rumah kos."
    found = _of(text, "COERCE")
    assert found and found[0][1] and "Polres Bogor" in found[0][1], found


def test_the_crowd_marches_not_the_last_conjunct():
    text = "Massa dari pengemudi ojek daring dan warga langsung mendatangi Markas Polres Jakarta Barat."
    found = _of(text, "PROTEST")
    assert found and found[0][1] == "Massa", found


def test_dia_opening_a_sentence_is_the_one_who_opened_the_last():
    text = (
        "Komisi Pemberantasan Korupsi memeriksa Bupati Sumba Barat Yohanes Lado sebagai saksi. "
        '"Dia diperiksa untuk tersangka HS," kata Juru Bicara KPK Rina Hartati. '
        "Hendra Sulistyo merupakan salah satu tersangka dalam kasus ini. Dia diduga menyuap Yohanes Lado."
    )
    found = _of(text, "CRIME")
    assert found and found[0][1] == "Hendra Sulistyo", found


def test_a_town_after_a_comma_is_where_the_body_is_not_who_acts():
    text = (
        "Reaksi tegas kemudian datang dari Pemuda Pancasila Cabang Cibinong, Bogor yang langsung "
        "mengambil tindakan dengan melaporkan Budi Santoso ke Polres Bogor."
    )
    found = _of(text, "DISAPPROVE")
    assert found and found[0][1] == "Pemuda Pancasila Cabang Cibinong", found


def test_the_people_acted_on_are_a_recipient():
    text = "Menurut Hasan, rezim itu telah melakukan persekusi kepada rakyat kecil selama bertahun-tahun."
    found = _of(text, "COERCE")
    assert found and found[0][2] and found[0][2].startswith("rakyat"), warta.read(text).events
