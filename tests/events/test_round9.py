"""Error classes of the round that generalises to unseen articles (issue #12): shapes that recur
in any outlet's news, written here with other names and words."""

from __future__ import annotations

import warta


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (e.type, e.trigger, e.actor.name if e.actor else None, e.recipient.name if e.recipient else None)
        for e in warta.read(text).events
    ]


def test_kalau_after_a_verb_of_saying_means_that_not_if():
    text = "Kapolres Sleman AKBP Edy Prasetyo mengatakan kalau polisi sudah menangkap Rudi Hartono di Bantul."
    assert any(t == "COERCE" for t, *_ in _events(text)), _events(text)


def test_kalau_as_a_condition_still_blocks_the_act():
    text = "Kalau polisi menangkap Rudi Hartono, warga akan tenang."
    assert not any(t == "COERCE" for t, *_ in _events(text)), _events(text)


def test_saat_ini_is_now_not_a_circumstance_clause():
    text = "Bupati Kampar Rahmat Hidayat saat ini tengah menjalani pemeriksaan di gedung Kejati Riau."
    assert any(t == "INVESTIGATE" for t, *_ in _events(text)), _events(text)


def test_saat_with_a_verb_is_still_background():
    text = "Saat diperiksa, Rahmat Hidayat tampak tenang di gedung Kejati Riau."
    assert not any(t == "INVESTIGATE" for t, *_ in _events(text)), _events(text)


def test_pihaknya_is_the_body_the_speaker_speaks_for():
    text = (
        "Kepala Kejaksaan Negeri Kendal Arif Wibowo mengatakan pihaknya menyita dua unit mobil milik tersangka Sugeng."
    )
    got = [a for t, trig, a, r in _events(text) if t == "COERCE"]
    assert got and got[0] is not None and "Kejaksaan Negeri Kendal" in got[0], _events(text)


def test_an_enforcement_act_told_by_its_spokesman_as_kami_is_the_bodys():
    text = (
        'Juru Bicara Polda Riau Kombes Agus Salim mengatakan timnya bekerja cepat. "Kami sudah menahan '
        'Hendra Gunawan," kata Agus.'
    )
    got = [a for t, trig, a, r in _events(text) if t == "COERCE"]
    assert got and got[0] is not None and "Polda Riau" in got[0], _events(text)


def test_a_ministers_kita_stays_the_minister():
    text = 'Menteri Koordinator Perekonomian Budi Santoso meninjau proyek itu. "Kita audit BPKP," kata Budi.'
    got = [a for t, trig, a, r in _events(text) if t == "INVESTIGATE"]
    assert not got or got[0] is None or "Budi" in got[0], _events(text)


def _types(text: str) -> set[str]:
    return {t for t, *_ in _events(text)}


def test_verb_families_of_acts_news_report_often():
    cases = {
        "Ketua Komisi III DPR Habiburokhman menyayangkan sikap Kapolres Tangerang AKBP Rudi Hartono.": "DISAPPROVE",
        "Ribuan buruh Serikat Pekerja Nasional menentang kebijakan Kementerian Ketenagakerjaan.": "REJECT",
        "Gubernur Lampung Arinal Djunaidi bersilaturahmi dengan Ketua PBNU Yahya Cholil Staquf di Jakarta.": "CONSULT",
        "Polda Metro Jaya menerjunkan 2.000 personel untuk mengamankan laga itu.": "MOBILIZE",
        "Dua pria membegal Siti Aminah di Jalan Sudirman, Pekanbaru.": "CRIME",
        "Kejaksaan Agung membekukan rekening PT Sinar Makmur.": "SANCTION",
        "Pengadilan Negeri Surabaya memenjarakan Andi Wijaya selama lima tahun.": "COERCE",
        "Warga Desa Sukamaju mendemo Bupati Garut Rudy Gunawan di depan pendopo.": "PROTEST",
    }
    for text, typ in cases.items():
        assert typ in _types(text), (text, _events(text))


def test_a_prisoner_described_by_yang_dipenjara_is_no_act():
    text = "Aksi itu dipimpin Ahmad Yusuf, tokoh buruh yang dipenjara karena kasus lama."
    assert "COERCE" not in _types(text), _events(text)


def test_an_offence_named_as_the_charge_is_not_coded_again():
    text = "Rudi Hartono mulai disidangkan di Pengadilan Negeri Garut atas dugaan memperjualbelikan kulit harimau."
    assert "CRIME" not in _types(text) and "COERCE" in _types(text), _events(text)


def test_a_sentence_adverb_is_no_actor():
    text = '"Faktanya, selain itu, pasukan Rusia juga menembaki warga sipil di Kharkiv," kata Andriy Yermak.'
    got = [a for t, trig, a, r in _events(text) if t == "ASSAULT"]
    assert got and (got[0] is None or "faktanya" not in got[0].lower()), _events(text)


def test_an_order_to_all_of_a_group_in_particular_is_a_demand():
    text = "Gubernur Jawa Barat Dedi Mulyadi memerintahkan semua kepala daerah menutup tambang ilegal."
    got = [r for t, trig, a, r in _events(text) if t == "DEMAND"]
    assert got == ["semua kepala daerah"], _events(text)


def test_an_advisory_to_all_the_public_is_no_demand():
    text = "Kapolda Jawa Tengah Irjen Ribut Hari Wibowo mengimbau seluruh masyarakat agar waspada."
    assert "DEMAND" not in _types(text), _events(text)


def test_an_order_and_the_duty_it_states_are_one_demand():
    text = "Mahkamah Agung memerintahkan semua kepala daerah wajib menutup tambang ilegal itu."
    assert [t for t, *_ in _events(text)].count("DEMAND") == 1, _events(text)


def test_support_of_a_stance_is_support_of_its_owner():
    text = "Ketua DPR Puan Maharani mendukung sikap Menteri Luar Negeri Sugiono."
    got = [r for t, trig, a, r in _events(text) if t == "SUPPORT"]
    assert got == ["Sugiono"], _events(text)


def test_an_attack_on_a_place_by_attackers_told_before_is_an_act():
    text = (
        "Kelompok bersenjata ISIS mengklaim serangan itu. Sedikitnya empat pria bersenjata lalu menyerang "
        "sebuah pos polisi di dekat Kirkuk."
    )
    assert "ASSAULT" in _types(text), _events(text)


def test_a_search_is_an_investigation_only_when_enforcers_make_it():
    assert "INVESTIGATE" in _types("Polres Cianjur masih mencari Dedi Kurniawan yang kabur dari sel tahanan.")
    assert "INVESTIGATE" not in _types("Warga Desa Cibodas mencari kayu bakar di hutan.")


def test_an_agreement_between_two_named_parties_has_both():
    text = "Rapat itu menghasilkan kesepakatan antara Pertamina dan Serikat Pekerja Pertamina Bersatu."
    got = [(a, r) for t, trig, a, r in _events(text) if t == "AGREE"]
    assert got and None not in got[0], _events(text)


def test_forced_by_someone_is_coercion_and_a_talk_with_someone_a_meeting():
    assert "COERCE" in _types("Menurut pengacaranya, Andi Saputra dipaksa mengaku oleh penyidik Polsek Cilandak.")
    assert "CONSULT" in _types("Menteri Keuangan Sri Mulyani membahas anggaran itu dengan Gubernur BI Perry Warjiyo.")


def test_a_medium_reporting_the_news_makes_no_complaint():
    text = "Ahmed Nasser ditahan di London sejak 2010, Reuters melaporkan."
    assert [t for t, *_ in _events(text)] == ["COERCE"], _events(text)


def test_the_police_stand_for_the_police_body_the_story_names():
    text = (
        "Polres Tasikmalaya mengungkap kasus pencurian sapi. Kapolres Tasikmalaya AKBP Budi Santoso mengatakan "
        "pelaku beraksi pada malam hari. Polisi menangkap Asep Saepudin di rumahnya."
    )
    got = [a for t, trig, a, r in _events(text) if t == "COERCE"]
    assert got and got[0] == "Polres Tasikmalaya", _events(text)


def test_the_police_with_no_body_named_stay_the_police():
    text = "Polisi menangkap dua puluh demonstran di pusat kota Los Angeles."
    got = [a for t, trig, a, r in _events(text) if t == "COERCE"]
    assert got and got[0] is not None and got[0].lower() == "polisi", _events(text)


def test_a_theft_is_from_the_person_whose_goods_it_names():
    text = "Malam itu Rudi Hartono menggasak ponsel dan dompet Siti Aminah, lalu kabur ke Bekasi."
    got = [r for t, trig, a, r in _events(text) if t == "CRIME"]
    assert got == ["Siti Aminah"], _events(text)


def test_a_protest_against_a_policy_is_at_its_owner():
    text = "Ribuan buruh berunjuk rasa terhadap kebijakan upah Kementerian Ketenagakerjaan di Jakarta."
    got = [r for t, trig, a, r in _events(text) if t == "PROTEST"]
    assert got == ["Kementerian Ketenagakerjaan"], _events(text)


def test_a_process_told_as_going_on_is_an_act():
    text = "Polres Garut menangkap Asep Saepudin. Proses penyelidikan berlanjut hingga petugas menyamar."
    assert "INVESTIGATE" in _types(text), _events(text)


def test_an_ongoing_effort_is_done_but_a_bare_attempt_is_not():
    done = "Penyidik Polda Bali, menurut dia, masih terus berupaya mengumpulkan alat bukti kasus itu."
    assert "INVESTIGATE" in _types(done), _events(done)
    tried = "Polda Bali berupaya memanggil Made Suarta pekan depan."
    assert "INVESTIGATE" not in _types(tried), _events(tried)


def test_what_a_named_body_must_do_is_a_demand_of_it():
    text = (
        "Peneliti ICW Kurnia Ramadhana mengatakan Kejaksaan Agung mesti menghentikan penyidikan terhadap pelapor itu."
    )
    got = [(a, r) for t, trig, a, r in _events(text) if t == "DEMAND"]
    assert got and got[0][1] == "Kejaksaan Agung", _events(text)


def test_what_we_or_the_public_must_do_is_no_demand():
    for text in (
        '"Kita harus bersatu menghadapi krisis ini," kata Ketua DPR Puan Maharani.',
        "Menurut Kapolda Jawa Timur, masyarakat harus waspada terhadap penipuan daring.",
        "Ketua KPU Mochammad Afifuddin mengatakan hal itu harus diakui sebagai kekurangan.",
    ):
        assert "DEMAND" not in _types(text), (text, _events(text))


def test_an_act_named_as_the_charge_is_not_told_again():
    text = "Rahmat Hidayat dipenjara di Nusakambangan dengan tuduhan membunuh dua petani di Banyuwangi."
    assert "ASSAULT" not in _types(text), _events(text)
    text = "Warga Desa Sukamaju menggugat Budi, yang dianggap telah membunuh ternak mereka."
    assert "ASSAULT" not in _types(text), _events(text)


def test_goods_described_by_a_passive_are_no_seizure_but_evidence_is():
    text = "Kejaksaan Agung menyita 12 mobil milik tersangka Andi. Mobil yang disita terdiri dari banyak jenis."
    assert [t for t, *_ in _events(text)].count("COERCE") == 1, _events(text)
    text = "Polres Garut menangkap Asep Saepudin. Barang bukti yang diamankan berupa dua ponsel dan sepeda motor."
    assert [t for t, *_ in _events(text)].count("COERCE") == 2, _events(text)


def test_kami_in_a_quote_is_the_enforcer_its_attribution_names():
    text = (
        '"Atas dasar putusan itu, kami melakukan penggeledahan di rumah terpidana," ujar Kasi Penerangan '
        "Hukum Kejati Bali, Putu Agus Eka Sabana."
    )
    got = [a for t, trig, a, r in _events(text) if t == "COERCE"]
    assert got and got[0] is not None and "Kejati Bali" in got[0], _events(text)


def test_a_visit_received_is_by_the_visitor_named_after_it():
    text = "Presiden Prabowo Subianto menerima kunjungan Perdana Menteri Malaysia Anwar Ibrahim di Istana Merdeka."
    got = [(a, r) for t, trig, a, r in _events(text) if t == "CONSULT"]
    assert got == [("Anwar Ibrahim", "Prabowo Subianto")], _events(text)


def test_students_protest_at_the_body_not_at_their_university():
    text = (
        "Ratusan mahasiswa Universitas Hasanuddin menggelar unjuk rasa di depan kantor DPRD Sulawesi Selatan "
        "menolak revisi UU TNI."
    )
    got = [(t, a, r) for t, trig, a, r in _events(text)]
    assert got == [("PROTEST", "mahasiswa", "DPRD Sulawesi Selatan")], got


def test_asking_the_government_is_a_demand_of_it():
    text = "Ketua MPR Ahmad Muzani meminta pemerintah segera menuntaskan kasus pagar laut di Tangerang."
    got = [(a, r) for t, trig, a, r in _events(text) if t == "DEMAND"]
    assert got == [("Ahmad Muzani", "pemerintah")], _events(text)


def test_court_and_killing_phrases_news_use():
    cases = [
        ("Jaksa penuntut umum menuntut terdakwa Andi Wijaya dengan hukuman 15 tahun penjara.", "COERCE", "Andi Wijaya"),
        ("KKB menembak mati Yonas Wenda di Kabupaten Puncak.", "ASSAULT", "Yonas Wenda"),
        ("Dua warga tewas setelah ditembak orang tak dikenal di Intan Jaya.", "ASSAULT", "Dua warga"),
        ("Polisi membubarkan paksa massa di depan Gedung DPRD Jawa Barat.", "COERCE", "massa"),
    ]
    for text, typ, rec in cases:
        got = [r for t, trig, a, r in _events(text) if t == typ]
        assert got and got[0] == rec, (text, _events(text))


def test_a_reprimand_given_as_a_sanction_is_one_act():
    text = "Bawaslu memberikan sanksi teguran kepada KPU Kota Bekasi."
    assert [t for t, *_ in _events(text)] == ["SANCTION"], _events(text)


def test_criticism_of_an_attack_is_of_its_doer_and_the_attack_is_the_doers():
    text = "Pemerintah Indonesia mengecam keras serangan Israel terhadap kapal bantuan kemanusiaan."
    got = {t: (a, r) for t, trig, a, r in _events(text)}
    assert got.get("DISAPPROVE", (None, None))[1] == "Israel", _events(text)
    assert got.get("ASSAULT", (None, None))[0] == "Israel", _events(text)


def test_aid_for_a_country_and_pacts_signed():
    text = "Arab Saudi mengumumkan bantuan kemanusiaan senilai 500 juta dolar AS untuk Suriah."
    assert [(t, r) for t, trig, a, r in _events(text)] == [("AID", "Suriah")], _events(text)
    text = "Jepang dan Filipina menandatangani pakta pertahanan di Manila."
    assert "AGREE" in _types(text), _events(text)


def test_steps_of_a_street_crime_story():
    cases = [
        ("Pelaku kemudian membawa kabur sepeda motor korban ke arah Cikarang.", "CRIME", "korban"),
        ("Warga yang geram sempat menghakimi pelaku sebelum diamankan polisi.", "ASSAULT", "pelaku"),
        ("Keluarga korban melaporkan kejadian itu ke Polres Jakarta Barat.", "DISAPPROVE", None),
    ]
    for text, typ, rec in cases:
        got = [r for t, trig, a, r in _events(text) if t == typ]
        assert got and got[0] == rec, (text, _events(text))
    assert "CONCEDE" in _types("Tersangka Budi Hartono mengakui perbuatannya di depan penyidik.")


def test_a_visit_to_someones_home_is_to_them_and_an_audience_is_by_the_ones_received():
    text = "Gubernur DKI Jakarta Pramono Anung bersilaturahmi ke kediaman Megawati Soekarnoputri di Teuku Umar."
    assert [(t, r) for t, trig, a, r in _events(text)] == [("CONSULT", "Megawati Soekarnoputri")], _events(text)
    text = "Ketua DPR Puan Maharani menerima audiensi perwakilan pengemudi ojek online."
    got = [(a, r) for t, trig, a, r in _events(text) if t == "CONSULT"]
    assert got and got[0][1] == "Puan Maharani" and got[0][0] is not None, _events(text)


def test_an_act_on_a_case_is_on_the_one_the_case_involves():
    text = "Kejaksaan Agung tengah mendalami kasus dugaan korupsi kredit bank yang melibatkan PT Sinar Jaya."
    got = [(a, r) for t, trig, a, r in _events(text) if t == "INVESTIGATE"]
    assert got == [("Kejaksaan Agung", "PT Sinar Jaya")], _events(text)


def test_conflict_and_diplomacy_shapes():
    text = "Hizbullah menembakkan puluhan roket ke Lebanon Selatan."
    assert [t for t, *_ in _events(text)] == ["FIGHT"], _events(text)
    text = "Korea Selatan memprotes keras klaim Jepang atas Pulau Dokdo."
    assert [(t, r) for t, trig, a, r in _events(text)] == [("DISAPPROVE", "Jepang")], _events(text)
    text = "Indonesia menyerahkan bantuan 10 ton obat-obatan kepada Palestina melalui Mesir."
    assert [(t, r) for t, trig, a, r in _events(text)] == [("AID", "Palestina")], _events(text)


def test_complaints_about_a_situation_and_sport_or_business_are_no_events():
    for text in (
        "Pedagang mengeluhkan sepinya pembeli di Pasar Tanah Abang.",
        "Persib Bandung menjamu Persija Jakarta di Stadion Gelora Bandung Lautan Api.",
        "Bank Indonesia mempertahankan suku bunga acuan di level 5,75 persen.",
        "Kita harus menjaga persatuan bangsa menjelang pemilu.",
    ):
        assert _events(text) == [], (text, _events(text))


def test_a_case_raised_to_investigation_and_what_enforcers_must_do():
    text = "Polres Klaten menerima laporan itu. Saat ini kasus tersebut sudah naik ke tahap penyidikan."
    assert "INVESTIGATE" in _types(text), _events(text)
    text = "Polres Klaten menerima laporan itu. Baru nanti naik ke penyelidikan, kata Kapolres."
    assert "INVESTIGATE" not in _types(text), _events(text)
    text = 'Peneliti ICW Kurnia Ramadhana mengatakan, "Penegak hukum harus memprioritaskan kasus korupsi itu."'
    got = [r for t, trig, a, r in _events(text) if t == "DEMAND"]
    assert got and got[0] is not None and got[0].lower() == "penegak hukum", _events(text)


def test_reports_and_suits_filed_against_someone():
    text = "Siti Aminah membuat laporan polisi terhadap Budi Santoso."
    assert [(t, r) for t, trig, a, r in _events(text)] == [("DISAPPROVE", "Budi Santoso")], _events(text)
    text = "Warga melayangkan gugatan kepada PT Semen Indonesia."
    assert [(t, r) for t, trig, a, r in _events(text)] == [("DISAPPROVE", "PT Semen Indonesia")], _events(text)
