"""Error classes of the fifth events round (issue #12): acts events_heldout6 showed the layer
dropping. Sentences in those shapes, with other names and words."""

from __future__ import annotations

import warta


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (e.type, e.trigger, e.actor.name if e.actor else None, e.recipient.name if e.recipient else None)
        for e in warta.read(text).events
    ]


def test_a_demand_with_supaya_names_the_clause_subject_as_recipient():
    text = "Koordinator LBH Medan Irwan Saputra mendesak supaya kejaksaan menuntaskan perkara itu."
    got = [(a, r) for t, trig, a, r in _events(text) if t == "DEMAND"]
    assert got and got[0][1] is not None and "kejaksaan" in got[0][1].lower(), _events(text)


def test_a_threat_made_to_someone_stops_at_the_condition():
    text = "Ketua ormas itu, Budi Harjono, melontarkan ancaman kepada pemerintah kalau berani membubarkan ormasnya."
    got = [(a, r) for t, trig, a, r in _events(text) if t == "THREATEN"]
    assert got and got[0][1] == "pemerintah", _events(text)


def test_a_threat_of_a_step_needs_no_one_named():
    text = "Ketua serikat pekerja, Joko Susilo, mengancam akan mengerahkan ribuan buruh ke kantor bupati."
    got = [(a, r) for t, trig, a, r in _events(text) if t == "THREATEN"]
    assert got and got[0][0] is not None and "Joko" in got[0][0], _events(text)


def test_a_report_of_an_offence_is_a_complaint_by_the_hedged_subject():
    text = "Kepala bagian keuangan Dinas PU Kota Bima, Rahmat Hidayat, diketahui telah melaporkan dugaan pungli di dinasnya."
    got = [(a, r) for t, trig, a, r in _events(text) if t == "DISAPPROVE"]
    assert got and got[0][0] is not None and "Rahmat" in got[0][0], _events(text)


def test_reporting_a_thing_that_is_no_offence_is_no_complaint():
    text = "Bendahara desa, Rahmat Hidayat, telah melaporkan penggunaan dana desa kepada camat."
    assert not [t for t, trig, a, r in _events(text) if t == "DISAPPROVE" and r is None], _events(text)


def test_a_ban_from_taking_part_is_a_sanction():
    text = "Pada 2022, Jerman sudah melarang keikutsertaan tim Belarus dalam kejuaraan hoki dunia."
    got = [(t, a, r) for t, trig, a, r in _events(text) if "larang" in trig]
    assert got and got[0][0] == "SANCTION" and got[0][2] == "tim Belarus", _events(text)


def test_a_ban_on_an_act_stays_a_restriction():
    text = "Kapolsek Anwar melarang wartawan merekam proses evakuasi di lokasi longsor."
    assert not [t for t, trig, a, r in _events(text) if t == "SANCTION"], _events(text)


def test_staff_striking_are_the_protesters_and_their_company_the_target():
    text = (
        "Ratusan karyawan PT Kereta Api Indonesia menggelar aksi mogok di Stasiun Bandung, Senin (3/3). "
        "Tuntutan lain terkait tunjangan hari raya."
    )
    evs = _events(text)
    protest = [(a, r) for t, trig, a, r in evs if t == "PROTEST"]
    assert protest and protest[0][0] == "karyawan" and protest[0][1] == "PT Kereta Api Indonesia", evs
    demand = [(a, r) for t, trig, a, r in evs if t == "DEMAND"]
    assert demand and demand[0][0] == "karyawan", evs


def test_a_body_that_protests_stays_the_actor():
    text = "Serikat Pekerja PT Kereta Api Indonesia menggelar aksi mogok di Stasiun Bandung, Senin (3/3)."
    protest = [(a, r) for t, trig, a, r in _events(text) if t == "PROTEST"]
    assert protest and protest[0][0] is not None and "Serikat" in protest[0][0], _events(text)


def test_a_manner_phrase_ends_the_subject():
    text = "Para nelayan bahkan secara terang-terangan menuduh perusahaan tambang sebagai penyebab pencemaran."
    got = [(a, r) for t, trig, a, r in _events(text) if t == "DISAPPROVE"]
    assert got == [("nelayan", "perusahaan tambang")], _events(text)


def test_a_promise_of_a_future_step_is_a_plan():
    text = "Menteri Lingkungan Hidup Budi Santoso berjanji akan melanjutkan perundingan dengan negara tetangga."
    assert not [t for t, trig, a, r in _events(text) if t == "AGREE"], _events(text)


def test_court_steps_charges_and_pursuit_are_coerce():
    text = (
        "Polres Garut menangkap Dedi Kurniawan, penjual trenggiling, pada Maret lalu. "
        "Polres Garut pun menjeratnya dengan Pasal 40 Undang-Undang Konservasi. "
        "Dedi Kurniawan mulai disidangkan di Pengadilan Negeri Garut pada Senin (2/6). "
        "Polisi kini memburu seorang pria bernama Asep, pemasok trenggiling itu."
    )
    got = {(trig, a, r) for t, trig, a, r in _events(text) if t == "COERCE"}
    assert ("menjeratnya", "Polres Garut", "Dedi Kurniawan") in got, _events(text)
    assert any(trig == "disidangkan" and a and "Pengadilan" in a for trig, a, r in got), _events(text)
    assert any(trig == "memburu" and r == "Asep" for trig, a, r in got), _events(text)


def test_the_case_that_ensnares_someone_and_a_snare_are_no_charge():
    text = (
        "Polda Bali resmi menahan Rina Wulandari terkait kasus narkotika yang menjeratnya. "
        "Korban ditemukan dengan leher yang dijerat tali rafia."
    )
    got = [trig for t, trig, a, r in _events(text) if "jerat" in trig]
    assert not got, _events(text)


def test_hunting_animals_is_no_pursuit():
    text = "Warga Desa Sukamaju memburu babi hutan yang merusak ladang jagung."
    assert not [t for t, trig, a, r in _events(text) if t == "COERCE"], _events(text)


def test_pleading_guilty_is_a_concession():
    text = "Terdakwa Rudi Hartono mengaku bersalah atas dakwaan penggelapan dana koperasi."
    assert [t for t, trig, a, r in _events(text) if t == "CONCEDE"], _events(text)


def test_a_demand_told_again_is_the_sayers_to_the_same_one():
    text = (
        "Ketua serikat nelayan, Hasan Basri, meminta Pemerintah Kabupaten Demak untuk menghentikan reklamasi. "
        "Permintaan itu disampaikan Hasan di depan kantor bupati, Selasa (4/3)."
    )
    got = [(trig, a, r) for t, trig, a, r in _events(text) if t == "DEMAND"]
    assert len(got) == 2 and got[1][1] == "Hasan Basri" and got[1][2] == got[0][2], _events(text)
