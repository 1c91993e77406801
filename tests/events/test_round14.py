"""Error classes of the fourteenth round (issue #12, from eval/events_heldout11): congratulations
support; a recommendation that a step be taken demands it, its subject written before the passive;
a request that someone not do a thing is still a request; a fugitive hunted is someone; a court
filing handed over, a strong reaction, a pledge stated, forces on alert, coordination done, a
permit annulled. Written here with other names and words."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts as _of  # noqa: E402

import warta


def test_congratulations_support_the_one_congratulated():
    text = "Menteri Luar Negeri Retno Marsudi mengucapkan selamat kepada Presiden Filipina atas pelantikannya."
    found = _of(text, "SUPPORT")
    assert found and found[0][2] and "Filipina" in found[0][2], warta.read(text).events


def test_a_recommendation_that_a_step_be_taken_demands_it():
    text = "Ombudsman merekomendasikan agar izin usaha tambang pasir di Kabupaten Lumajang segera dicabut."
    found = _of(text, "DEMAND")
    assert found and found[0][1] and "Ombudsman" in found[0][1], warta.read(text).events


def test_a_recommendation_to_no_one_of_nothing_is_no_demand():
    assert not _of("Mereka merekomendasikan agar warga tetap tenang.", "DEMAND")


def test_asking_someone_not_to_act_is_a_demand():
    text = "Para nelayan meminta Gubernur Khofifah tidak menggusur kampung mereka di pesisir Surabaya."
    found = _of(text, "DEMAND")
    assert found and found[0][2] and "Khofifah" in found[0][2], warta.read(text).events


def test_judging_that_someone_did_not_act_is_still_no_act():
    text = "Majelis hakim menilai Budiman tidak terbukti melanggar pasal penipuan."
    assert not _of(text, "DISAPPROVE")


def test_a_fugitive_hunted_is_someone():
    text = "Polda Riau tengah memburu seorang buronan kasus pembalakan liar di Pelalawan."
    found = _of(text, "COERCE")
    assert found and found[0][2] and "buronan" in found[0][2], warta.read(text).events


def test_hunting_animals_is_no_pursuit():
    assert not _of("Warga desa itu memburu babi hutan di ladang setiap musim panen.", "COERCE")


def test_new_verbal_acts():
    cases = [
        ("Jaksa KPK melimpahkan surat dakwaan terdakwa Budi Santoso ke Pengadilan Tipikor Palembang.", "COERCE"),
        ("Pemerintah Turki bereaksi keras terhadap keputusan parlemen Belanda itu.", "DISAPPROVE"),
        ("Kedua negara menyatakan komitmen untuk memperluas perdagangan bebas.", "AGREE"),
        ("Tim SAR gabungan melakukan koordinasi dengan Basarnas Kendari sejak Senin pagi.", "CONSULT"),
        ("Putusan Mahkamah Agung membatalkan izin lingkungan PT Tambang Emas Sejahtera.", "SANCTION"),
        ("Pasukan penjaga perbatasan India sudah bersiaga di sepanjang garis kontrol.", "MOBILIZE"),
        ("Pemerintah Korea Selatan mencurigai Pyongyang berada di balik serangan siber itu.", "DISAPPROVE"),
    ]
    for text, type in cases:
        assert _of(text, type), (type, warta.read(text).events)


def test_money_taken_in_a_bribery_story_is_the_offence():
    text = (
        "KPK mengusut kasus suap proyek jalan di Kabupaten Lahat. "
        "Pada 2 Februari 2025, Hendra Wijaya menerima uang Rp 900 juta dari Sugianto selaku kontraktor."
    )
    found = [(e.type, e.actor and e.actor.name, e.recipient and e.recipient.name) for e in warta.read(text).events]
    assert ("CRIME", "Hendra Wijaya", "Sugianto") in found, found


def test_money_received_elsewhere_is_aid_from_the_giver():
    text = "Setiap keluarga di Desa Sukamaju menerima uang Rp 600 ribu dari Kementerian Sosial."
    found = _of(text, "AID")
    assert found and found[0][1] and "Kementerian Sosial" in found[0][1], warta.read(text).events
    assert not _of(text, "CRIME")


def test_urgent_needs_press_no_one():
    text = "Dalam forum itu, Menteri Pertanian memaparkan kebutuhan mendesak Indonesia akan pasokan kedelai."
    assert not _of(text, "DEMAND")
    assert _of("Para buruh mendesak Gubernur Jawa Barat menaikkan upah minimum.", "DEMAND")


def test_forces_deployed_with_no_agent_are_the_last_mobiliser_s():
    text = (
        "Turki langsung menyiagakan sistem pertahanan udaranya di perbatasan. "
        '"Di tempat lain, dua baterai rudal dikerahkan di Hatay untuk melindungi pangkalan," kata Hulusi Akar.'
    )
    found = _of(text, "MOBILIZE")
    assert len(found) == 2 and found[1][1] == "Turki", found


def test_a_reception_told_in_a_saat_clause_of_a_saying_is_the_meeting():
    text = "Hal itu disampaikan Menteri Agama Nasaruddin Umar saat menerima Gubernur Aceh Muzakir Manaf di Jakarta."
    found = _of(text, "CONSULT")
    assert found and found[0][1] and "Nasaruddin" in found[0][1], warta.read(text).events
    assert found[0][2] and "Muzakir" in found[0][2], found


def test_a_reception_as_the_circumstance_of_another_act_is_background():
    text = "Saat menerima Bupati Sleman, Gubernur Yogyakarta memberikan bantuan 100 ton beras kepada warga."
    assert not _of(text, "CONSULT")


def test_an_interview_told_in_a_saat_clause_is_no_meeting():
    text = "Hal itu dikatakan Tauhid saat berbincang dengan wartawan di Selangor, Malaysia."
    assert not _of(text, "CONSULT")


def test_a_ruling_acts_for_its_court():
    text = "Putusan Pengadilan Tata Usaha Negara Semarang membatalkan izin tambang PT Batu Alam Lestari."
    found = _of(text, "SANCTION")
    assert found and found[0][1] and "Pengadilan" in found[0][1], warta.read(text).events


def test_a_detention_moved_is_a_detention_step():
    text = "KPK menahan Hendra Wijaya pada Senin. KPK juga melakukan pemindahan penahanan Hendra ke Rutan Salemba."
    found = _of(text, "COERCE")
    assert len(found) == 2 and found[1][0].startswith("pemindahan"), found


def test_melaksanakan_is_a_light_verb():
    text = "Penyidik Polres Bogor melaksanakan pemeriksaan terhadap tiga saksi di Mapolres Bogor."
    found = _of(text, "INVESTIGATE")
    assert found and found[0][1] and "Polres Bogor" in found[0][1], warta.read(text).events
