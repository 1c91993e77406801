"""House styles of outlets Warta was not tuned to (issue #16, round 7), written with other names:
Antara's time adjunct between the subject and its verb (`X di Jakarta, Kamis, mengatakan`), a
scene clause before the verb (`X saat dihubungi …`, `X ketika menyampaikan rilis …`)."""

from __future__ import annotations

import pytest

PURBAYA = [("Purbaya Yudhi Sadewa", "PER", ["Purbaya Yudhi Sadewa"])]

# (test id, the sentence with the speaker and verb, the speaker, how the content starts)
ADJUNCTS = [
    (
        "a_day_between_commas",
        "Menteri Keuangan Purbaya Yudhi Sadewa di Jakarta, Kamis, mengatakan bahwa defisit anggaran masih terkendali.",
        "defisit anggaran",
    ),
    (
        "a_day_with_its_date_and_time",
        "Menteri Keuangan Purbaya Yudhi Sadewa di Jakarta, Kamis (6/11) malam, menegaskan defisit anggaran masih "
        "terkendali.",
        "defisit anggaran",
    ),
    (
        "a_day_right_after_the_name",
        "Menteri Keuangan Purbaya Yudhi Sadewa, Senin lalu, menyebutkan defisit anggaran masih terkendali.",
        "defisit anggaran",
    ),
    (
        "a_scene_clause_then_the_day",
        "Menteri Keuangan Purbaya Yudhi Sadewa saat dihubungi di Jakarta, Kamis, mengatakan defisit anggaran masih "
        "terkendali.",
        "defisit anggaran",
    ),
    (
        "a_venue_its_city_and_the_day",
        "Menteri Keuangan Purbaya Yudhi Sadewa usai rapat terbatas di Istana Merdeka, Jakarta, Kamis, mengatakan "
        "defisit anggaran masih terkendali.",
        "defisit anggaran",
    ),
    (
        "a_verb_of_saying_inside_the_scene_is_not_the_cue",
        "Menteri Keuangan Purbaya Yudhi Sadewa ketika menyampaikan laporan di Jakarta, Senin (3/11/2025), "
        "menyebutkan defisit anggaran masih terkendali.",
        "defisit anggaran",
    ),
]


@pytest.mark.parametrize(("text", "content"), [c[1:] for c in ADJUNCTS], ids=[c[0] for c in ADJUNCTS])
def test_time_and_scene_adjuncts_stand_between_the_speaker_and_the_verb(h, text, content):
    a = h.with_entities("Jakarta (ANTARA) - Pemerintah merilis data APBN.\n\n" + text, PURBAYA)
    assert [q.speaker.name for q in a.quotes] == ["Purbaya Yudhi Sadewa"]
    assert a.quotes[0].text.startswith(content)


def test_a_subject_inside_a_ketika_clause_still_speaks(h):
    text = "Ruangan mendadak hening ketika Purbaya Yudhi Sadewa mengatakan bahwa defisit anggaran melebar."
    a = h.with_entities(text, PURBAYA)
    assert [q.speaker.name for q in a.quotes] == ["Purbaya Yudhi Sadewa"]


def test_a_subject_after_a_fronted_scene_is_kept(h):
    text = "Saat berada di Istana Merdeka, Purbaya Yudhi Sadewa mengatakan bahwa defisit anggaran masih terkendali."
    a = h.with_entities(text, PURBAYA)
    assert [q.speaker.name for q in a.quotes] == ["Purbaya Yudhi Sadewa"]


FAUZAN = [("Ahmad Fauzan", "PER", ["Ahmad Fauzan", "Fauzan"])]


@pytest.mark.parametrize(
    ("opening", "closing"), [("''", "''"), ("``", "''"), ("\u2018\u2018", "\u2019\u2019"), ("'", "'")]
)
def test_quotes_in_apostrophe_marks_are_direct(h, opening, closing):
    text = (
        "KH Ahmad Fauzan mengingatkan umat agar tidak mudah percaya kabar bohong.\n\n"
        f"{opening}Cek dulu kebenarannya sebelum disebarkan,{closing} kata Fauzan di Jakarta, Kamis (6/11)."
    )
    a = h.with_entities(text, FAUZAN)
    direct = [q for q in a.quotes if q.kind == "direct"]
    assert [(q.text, q.speaker.name, q.cue) for q in direct] == [
        ("Cek dulu kebenarannya sebelum disebarkan,", "Ahmad Fauzan", "kata")
    ]
    assert a.text[direct[0].start : direct[0].end] == "Cek dulu kebenarannya sebelum disebarkan,"


def test_apostrophes_in_words_and_scare_marks_are_no_quotes(h):
    from warta.quotes import marks

    text = "Pada hari Jum'at, Ma'ruf menyebut mobil itu 'Mobil Topling' karena warnanya."
    assert marks.fold(text) is text
    a = h.with_entities(text, [("Ma'ruf", "PER", ["Ma'ruf"])])
    assert not [q for q in a.quotes if q.kind == "direct"]


def test_single_marks_inside_a_double_quote_stay_inside_it(h):
    text = "\"Dia bilang 'kami siap berangkat,' lalu pergi begitu saja,\" kata Fauzan."
    a = h.with_entities(text, FAUZAN)
    assert [q.text for q in a.quotes] == ["Dia bilang 'kami siap berangkat,' lalu pergi begitu saja,"]


def test_a_role_in_an_organisation_nobody_holds_speaks_for_the_organisation(h):
    text = (
        "Komisi Pemilihan Umum Sulawesi Selatan menetapkan jadwal pemungutan suara ulang.\n\n"
        '"Pemungutan suara ulang digelar serentak pada 20 November," kata Ketua KPU Sulsel di Makassar, Senin.\n\n'
        '"Logistik sudah kami siapkan," kata KPU Sulsel dalam keterangannya.'
    )
    a = h.with_entities(text, [("KPU Sulsel", "ORG", ["KPU Sulsel"])])
    assert [q.speaker.name for q in a.quotes] == ["KPU Sulsel", "KPU Sulsel"]


def test_a_role_in_an_organisation_given_to_a_person_earlier_is_that_person(h):
    text = (
        "Ketua KPU Sulsel Hasbullah Nur menetapkan jadwal pemungutan suara ulang.\n\n"
        '"Pemungutan suara ulang digelar serentak pada 20 November," kata Ketua KPU Sulsel di Makassar, Senin.'
    )
    a = h.with_entities(text, [("KPU Sulsel", "ORG", ["KPU Sulsel"]), ("Hasbullah Nur", "PER", ["Hasbullah Nur"])])
    assert [q.speaker.name for q in a.quotes] == ["Hasbullah Nur"]


@pytest.mark.parametrize("verb", ["menyampaikan", "mengungkapkan"])
def test_a_comma_after_an_expressive_verb_opens_reported_content(h, verb):
    text = f"Gubernur BI Perry Warjiyo {verb}, keputusan itu sejalan dengan upaya menjaga stabilitas rupiah."
    a = h.with_entities(text, [("Perry Warjiyo", "PER", ["Perry Warjiyo"])])
    assert [(q.speaker.name, q.text) for q in a.quotes] == [
        ("Perry Warjiyo", "keputusan itu sejalan dengan upaya menjaga stabilitas rupiah.")
    ]


def test_an_expressive_verb_before_a_feeling_without_a_comma_is_still_no_quote(h):
    text = "Gubernur BI Perry Warjiyo menyampaikan kekecewaan atas lambatnya penyerapan anggaran."
    a = h.with_entities(text, [("Perry Warjiyo", "PER", ["Perry Warjiyo"])])
    assert a.quotes == []


MUHAIMIN = "Ketua Umum PKB Muhaimin Iskandar menyatakan partainya siap berkoalisi dengan siapa pun.\n\n"


@pytest.mark.parametrize(
    "description",
    [
        "pria yang akrab disapa Cak Imin itu",
        "pria berusia 59 tahun tersebut",
        "politikus yang biasa dipanggil Gus Imin ini",
    ],
)
def test_a_description_with_a_nickname_or_an_age_points_back(h, description):
    text = MUHAIMIN + f'"PKB terbuka. Yang penting visinya sama," ujar {description}.'
    names = [("Muhaimin Iskandar", "PER", ["Muhaimin Iskandar"]), ("Imin", "PER", ["Imin"])]
    a = h.with_entities(text, names)
    assert [q.speaker.name for q in a.quotes] == ["Muhaimin Iskandar", "Muhaimin Iskandar"]


def test_a_person_named_before_and_described_after_the_quote_speaks(h):
    text = (
        MUHAIMIN
        + 'Andi Wijaya hadir.\n\n"PKB terbuka. Yang penting visinya sama," ujar Andi Wijaya yang juga ketua RT itu.'
    )
    a = h.with_entities(
        text, [("Muhaimin Iskandar", "PER", ["Muhaimin Iskandar"]), ("Andi Wijaya", "PER", ["Andi Wijaya"])]
    )
    assert [q.speaker.name for q in a.quotes][-1] == "Andi Wijaya"


def test_a_quoted_paragraph_without_a_cue_belongs_to_the_person_just_introduced(h):
    text = (
        "Kepala Desa Sukamaju, Dedi Mulyadi, mengatakan warga kekurangan air bersih sejak Agustus.\n\n"
        '"Harganya Rp5.000 per jeriken," tambahnya.\n\n'
        "Warga lain, Ujang (52), juga mengeluhkan hal yang sama.\n\n"
        '"Saya harus berjalan dua kilometer setiap pagi untuk mengambil air."'
    )
    a = h.with_entities(text, [("Dedi Mulyadi", "PER", ["Dedi Mulyadi"]), ("Ujang", "PER", ["Ujang"])])
    assert [q.speaker.name for q in a.quotes] == ["Dedi Mulyadi", "Dedi Mulyadi", "Ujang"]


def test_a_description_after_a_quote_points_to_the_person_introduced_just_before(h):
    text = (
        "Pelatih Persebaya, Eduardo Perez, mengaku puas.\n\n"
        '"Saya bangga dengan mereka," ujar Perez.\n\n'
        "Kapten tim, Rizky Ananda, juga mengatakan hal serupa. "
        '"Kami harus lebih tajam di depan gawang," kata pemain bernomor punggung 8 tersebut.'
    )
    names = [("Eduardo Perez", "PER", ["Eduardo Perez", "Perez"]), ("Rizky Ananda", "PER", ["Rizky Ananda"])]
    a = h.with_entities(text, names)
    assert [q.speaker.name for q in a.quotes][-1] == "Rizky Ananda"


@pytest.mark.parametrize(
    ("intro", "short"),
    [
        ("Menteri Kesehatan Budi Gunadi Sadikin", "Menkes"),
        ("Kepala Kepolisian Resor Bekasi Kota Kombes Pol Budi Gunadi Sadikin", "Kapolres"),
        ("Direktur Utama PT Kereta Api Indonesia Budi Gunadi Sadikin", "Dirut"),
    ],
)
def test_a_short_title_means_the_person_given_the_title_written_out(h, intro, short):
    text = (
        f"{intro} mengatakan pemerintah akan menambah kuota dokter spesialis.\n\n"
        f'"Peserta tidak perlu membayar," tegas {short}.'
    )
    a = h.with_entities(text, [("Budi Gunadi Sadikin", "PER", ["Budi Gunadi Sadikin"])])
    assert [q.speaker.name for q in a.quotes] == ["Budi Gunadi Sadikin", "Budi Gunadi Sadikin"]


def test_a_short_title_nobody_holds_is_the_speaker_as_written(h):
    text = 'Warga Desa Sukamaju mengeluh kekurangan air.\n\n"Peserta tidak perlu membayar," tegas Menkes.'
    a = h.with_entities(text, [("Desa Sukamaju", "LOC", ["Desa Sukamaju"])])
    assert [q.speaker.name for q in a.quotes] == ["Menkes"]


def test_an_epithet_of_an_office_means_its_holder(h):
    text = (
        "Presiden Prabowo Subianto meminta para menteri bekerja lebih keras.\n\n"
        '"Rakyat menunggu hasil kerja kita," ujar Kepala Negara.'
    )
    a = h.with_entities(text, [("Prabowo Subianto", "PER", ["Prabowo Subianto"])])
    assert [q.speaker.name for q in a.quotes] == ["Prabowo Subianto", "Prabowo Subianto"]


@pytest.mark.parametrize("after", ["kilahnya", "akunya", "tepisnya", "sesal Budi", "sanggah Budi", "ketus Budi"])
def test_more_verbs_of_saying_after_a_quote(h, after):
    text = f'Budi Santoso diperiksa penyidik.\n\n"Saya tidak pernah menerima uang itu," {after}.'
    a = h.with_entities(text, [("Budi Santoso", "PER", ["Budi Santoso", "Budi"])])
    assert [(q.kind, q.speaker.name) for q in a.quotes] == [("direct", "Budi Santoso")]


def test_a_sentence_opened_by_tapi_continues_the_reported_content(h):
    text = (
        "Dalam meratifikasi konvensi itu, Hasan Basri menyebutkan ada 13 jenis perlindungan bagi pelaut. "
        "Tapi konvensi mensyaratkan suatu negara minimal melaksanakan 3 jenis perlindungan."
    )
    a = h.with_entities(text, [("Hasan Basri", "PER", ["Hasan Basri"])])
    assert [q.text for q in a.quotes] == [
        "ada 13 jenis perlindungan bagi pelaut. Tapi konvensi mensyaratkan suatu negara minimal melaksanakan 3 jenis "
        "perlindungan."
    ]


def test_the_statement_after_a_name_set_off_by_commas_is_no_description_of_it(h):
    text = "Kuasa hukum tersangka, Hotman Paris, mengatakan kliennya tidak pernah menerima uang pekan ini."
    a = h.with_entities(text, [("Paris", "LOC", ["Paris"])])
    assert [q.speaker.name for q in a.quotes] == ["Hotman Paris"]


CONTENT = " mengatakan harga beras di pasar tradisional mulai turun pekan ini."


@pytest.mark.parametrize(
    ("phrase", "org", "speaker"),
    [
        ("Ekonom Bank Permata Josua Pardede", "Bank Permata Josua Pardede", "Josua Pardede"),
        (
            "Pengamat politik dari Universitas Padjadjaran Teguh Santosa",
            "Universitas Padjadjaran Teguh Santosa",
            "Teguh Santosa",
        ),
        # the organisation's own name ends the phrase: the body speaks through the role
        ("Direktur Utama Bank Rakyat Indonesia", "Bank Rakyat Indonesia", "Bank Rakyat Indonesia"),
        (
            "Rektor Institut Teknologi Sepuluh Nopember",
            "Institut Teknologi Sepuluh Nopember",
            "Institut Teknologi Sepuluh Nopember",
        ),
        (
            "Juru bicara Kementerian Pemuda dan Olahraga",
            "Kementerian Pemuda dan Olahraga",
            "Kementerian Pemuda dan Olahraga",
        ),
    ],
)
def test_a_person_read_into_an_organisation_after_a_title_is_the_speaker(h, phrase, org, speaker):
    a = h.with_entities(phrase + CONTENT, [(org, "ORG", [org])])
    assert [q.speaker.name for q in a.quotes] == [speaker]


def test_kata_x_then_a_comma_leads_into_a_direct_quote(h):
    text = 'Menteri Agama Nasaruddin Umar hadir.\n\nKata dia, "Jemaah lansia akan mendapat pendampingan khusus."'
    a = h.with_entities(text, [("Nasaruddin Umar", "PER", ["Nasaruddin Umar"])])
    assert [(q.kind, q.text, q.speaker.name) for q in a.quotes] == [
        ("direct", "Jemaah lansia akan mendapat pendampingan khusus.", "Nasaruddin Umar")
    ]


def test_a_title_after_a_title_marker_is_still_no_quote(h):
    text = 'Nasaruddin Umar hadir dalam pemutaran film berjudul "Ketika Jemaah Lansia Berangkat ke Tanah Suci".'
    a = h.with_entities(text, [("Nasaruddin Umar", "PER", ["Nasaruddin Umar"])])
    assert a.quotes == []


def test_reported_content_whose_predicate_is_an_adjective_of_state(h):
    text = "Sri Mulyani menyebut nilai tukar rupiah pada 25 Juli 2025 relatif stabil di kisaran Rp 16.315."
    a = h.with_entities(text, [("Sri Mulyani", "PER", ["Sri Mulyani"])])
    assert [q.text for q in a.quotes] == ["nilai tukar rupiah pada 25 Juli 2025 relatif stabil di kisaran Rp 16.315."]


def test_a_name_with_misalnya_then_a_description_between_commas_is_the_subject(h):
    text = (
        "Muhammad Israr misalnya, seorang dokter di Institut Ilmu Kedokteran Pakistan yang merawat 50 pasien "
        "dalam sehari, mengatakan paparan alergen sangat berbahaya bagi anak-anak."
    )
    a = h.with_entities(text, [("Muhammad Israr", "PER", ["Muhammad Israr"])])
    assert [q.speaker.name for q in a.quotes] == ["Muhammad Israr"]


def test_told_to_a_foreign_medium_is_the_via_after_an_active_verb_too(h):
    text = "Kanselir Jerman Friedrich Merz mengatakan kepada Reuters bahwa Berlin siap menambah bantuan kemanusiaan."
    a = h.with_entities(text, [("Friedrich Merz", "PER", ["Friedrich Merz"]), ("Reuters", "ORG", ["Reuters"])])
    assert [(q.speaker.name, q.via) for q in a.quotes] == [("Friedrich Merz", "Reuters")]


def test_told_to_reporters_is_no_via(h):
    text = "Kanselir Jerman Friedrich Merz mengatakan kepada wartawan bahwa Berlin siap menambah bantuan kemanusiaan."
    a = h.with_entities(text, [("Friedrich Merz", "PER", ["Friedrich Merz"])])
    assert [(q.speaker.name, q.via) for q in a.quotes] == [("Friedrich Merz", None)]


def test_salah_seorang_is_no_part_of_an_unnamed_speaker(h):
    text = '"Harga beras naik terus sejak bulan lalu, kami bingung," kata salah seorang pedagang.'
    assert [q.speaker.name for q in h.read(text).quotes] == ["pedagang"]


@pytest.mark.parametrize("closing", [" Demikian dikutip dari Antara.", "\n\nDemikian dilansir Antara, Senin (8/5)."])
def test_a_sentence_naming_only_a_medium_is_the_via_of_the_statement_before(h, closing):
    text = (
        '"Saat ini ada dua mobil dinas yang sedang kita coba tarik," kata Sekretaris DPRD Kota Bekasi Junaedi '
        "di Bekasi, Minggu (7/5)." + closing
    )
    a = h.with_entities(text, [("Junaedi", "PER", ["Junaedi"]), ("Antara", "ORG", ["Antara"])])
    assert [(q.speaker.name, q.via) for q in a.quotes] == [("Junaedi", "Antara")]


def test_a_longer_sentence_after_a_medium_is_no_closing_via(h):
    text = "Junaedi mengatakan dua mobil dinas sedang ditarik. Demikian dikutip dari Antara soal rencana yang dibahas lama."
    a = h.with_entities(text, [("Junaedi", "PER", ["Junaedi"])])
    assert [(q.speaker.name, q.via) for q in a.quotes] == [("Junaedi", None)]


def test_a_fronted_passive_with_an_adverb_is_no_name_before_the_subject(h):
    text = (
        "Diberitakan sebelumnya, sejumlah warga Boyolali mengatakan koperasi itu menipu mereka hingga miliaran rupiah."
    )
    a = h.with_entities(text, [("Boyolali", "LOC", ["Boyolali"])])
    assert [q.speaker.name for q in a.quotes] == ["warga Boyolali"]


def test_a_name_opening_its_sentence_with_a_relative_clause_is_the_subject_a_pronoun_means(h):
    text = (
        "Menurut Slamet Riyadi, uang kas itu disimpan bendahara RT di rumahnya.\n\n"
        '"Tapi sampai sekarang tidak dikembalikan," kata Slamet.\n\n'
        "Wati yang dikonfirmasi terpisah membantah tudingan itu. Dia mengaku uang tersebut dicuri saat rumahnya kosong.\n\n"
        '"Saya tidak pernah meminjamkan uang warga ke siapa pun," ujarnya.'
    )
    a = h.with_entities(text, [("Slamet Riyadi", "PER", ["Slamet Riyadi", "Slamet"]), ("Wati", "PER", ["Wati"])])
    assert [q.speaker.name for q in a.quotes] == ["Slamet Riyadi", "Slamet Riyadi", "Wati", "Wati"]


def test_a_weak_topic_word_opens_a_clause_when_its_predicate_comes_before_a_purpose(h):
    text = "Direktur Utama Antam Nicolas Kanter mengatakan permintaan emas batangan di butik Antam melonjak."
    a = h.with_entities(text, [("Nicolas Kanter", "PER", ["Nicolas Kanter"])])
    assert [q.text for q in a.quotes] == ["permintaan emas batangan di butik Antam melonjak."]
    text = "Zulkifli Hasan menjelaskan program Danantara hingga Koperasi Desa Merah Putih untuk mengatasi masalah tersebut."
    assert h.with_entities(text, [("Zulkifli Hasan", "PER", ["Zulkifli Hasan"])]).quotes == []


def test_hal_senada_disampaikan_a_role_and_name_then_a_quote_with_nya(h):
    text = (
        'Igun Wicaksono menilai kenaikan tarif merugikan pengemudi.\n\n"Penumpang berkurang," kata Igun.\n\n'
        'Hal senada disampaikan pengamat transportasi Darmaningtyas. "Aplikator yang paling diuntungkan," ujarnya.'
    )
    names = [("Igun Wicaksono", "PER", ["Igun Wicaksono", "Igun"]), ("Darmaningtyas", "PER", ["Darmaningtyas"])]
    a = h.with_entities(text, names)
    assert [q.speaker.name for q in a.quotes] == ["Igun Wicaksono", "Igun Wicaksono", "Darmaningtyas"]


@pytest.mark.parametrize("who", ["dia", "mantan Presiden RI yang kelima itu", "mantan presiden tersebut"])
def test_a_mid_sentence_menurut_with_a_pronoun_or_a_description(h, who):
    text = (
        "Ketua Umum PDIP Megawati Soekarnoputri mengecam penyebar hoaks.\n\n"
        f"Perbuatan seperti itu menurut {who} adalah perbuatan yang tidak terpuji."
    )
    a = h.with_entities(text, [("Megawati Soekarnoputri", "PER", ["Megawati Soekarnoputri"])])
    assert [(q.speaker.name, q.text) for q in a.quotes] == [
        ("Megawati Soekarnoputri", "Perbuatan seperti itu adalah perbuatan yang tidak terpuji.")
    ]


def test_menurut_a_press_statement_of_nobody_named_is_no_quote(h):
    text = "Menurut keterangan pers yang diterima di Padang, Selasa, BNPB telah mengirimkan bantuan logistik ke Agam."
    assert h.with_entities(text, [("BNPB", "ORG", ["BNPB"])]).quotes == []


def test_menurut_x_then_a_time_adjunct_starts_the_content_after_it(h):
    text = "Menurut Kepala BNPB Suharyanto di Padang, Selasa, bantuan logistik telah dikirim ke Kabupaten Agam."
    a = h.with_entities(text, [("Suharyanto", "PER", ["Suharyanto"])])
    assert [(q.speaker.name, q.text) for q in a.quotes] == [
        ("Suharyanto", "bantuan logistik telah dikirim ke Kabupaten Agam.")
    ]


@pytest.mark.parametrize(
    "after",
    [
        "mengatakan di Jakarta, Senin, bahwa",
        "mengatakan, Senin (10/11),",
        "menjelaskan kepada wartawan di Jakarta, Senin,",
    ],
)
def test_a_time_adjunct_after_the_verb_is_not_the_content(h, after):
    text = f"Menteri Keuangan Purbaya Yudhi Sadewa {after} defisit anggaran masih terkendali."
    a = h.with_entities(text, PURBAYA)
    assert [q.text for q in a.quotes] == ["defisit anggaran masih terkendali."]


@pytest.mark.parametrize(
    ("who", "names"),
    [
        ("Kepala Dinas Kesehatan Kota Padang, dr. Srikurnia Yati, di Padang, Senin", ["Srikurnia Yati"]),
        ("Kepala Dinas Kesehatan Kota Padang dr Srikurnia Yati MKes di Padang, Senin", ["Srikurnia Yati MKes"]),
        ("Kepala Dinas Kesehatan Kota Padang, Srikurnia Yati SKM MKes, kepada wartawan", ["Srikurnia Yati SKM MKes"]),
    ],
)
def test_honorifics_and_degrees_around_a_name_after_a_role(h, who, names):
    text = f'"Kasus demam berdarah meningkat tajam bulan ini," kata {who}.'
    ents = [("Dinas Kesehatan Kota Padang", "ORG", ["Dinas Kesehatan Kota Padang"]), (names[0], "PER", names)]
    a = h.with_entities(text, ents)
    assert [q.speaker.name for q in a.quotes] == ["Srikurnia Yati"]


RIO = [("Rio Wahyu Anggoro", "PER", ["Rio Wahyu Anggoro"])]


@pytest.mark.parametrize("given", ["memberikan keterangan", "mengeluarkan pernyataan resmi", "memberikan penjelasan"])
def test_a_statement_given_then_bahwa(h, given):
    text = f"Kapolres Bogor AKBP Rio Wahyu Anggoro {given} bahwa pelaku sudah ditangkap di rumahnya."
    a = h.with_entities(text, RIO)
    assert [(q.speaker.name, q.text) for q in a.quotes] == [
        ("Rio Wahyu Anggoro", "pelaku sudah ditangkap di rumahnya.")
    ]


@pytest.mark.parametrize("given", ["menerima laporan", "tidak memberikan keterangan"])
def test_a_report_received_or_a_statement_not_given_is_no_quote(h, given):
    text = f"Kapolres Bogor AKBP Rio Wahyu Anggoro {given} bahwa pelaku sudah ditangkap di rumahnya."
    assert h.with_entities(text, RIO).quotes == []


@pytest.mark.parametrize(
    "text",
    [
        '"Apa salah kami sampai rumah kami digusur?" Budi Santoso bertanya.',
        'Budi Santoso, warga RT 03, bertanya, "Apa salah kami sampai rumah kami digusur?"',
    ],
)
def test_bertanya_attributes_a_question(h, text):
    a = h.with_entities(text, [("Budi Santoso", "PER", ["Budi Santoso"])])
    assert [(q.kind, q.speaker.name) for q in a.quotes] == [("direct", "Budi Santoso")]


def test_a_paragraph_ending_in_a_colon_attributes_the_quote_that_opens_the_next(h):
    text = (
        'Ketua KPK Setyo Budiyanto mengumumkan tersangka baru.\n\n"Kami menetapkan dua orang sebagai tersangka," kata '
        "Setyo.\n\nBerikut pernyataan lengkap KPK:\n\n"
        '"KPK mengimbau para pihak kooperatif dalam proses penyidikan."'
    )
    a = h.with_entities(text, [("Setyo Budiyanto", "PER", ["Setyo Budiyanto", "Setyo"]), ("KPK", "ORG", ["KPK"])])
    assert [q.speaker.name for q in a.quotes][-1] == "KPK"
