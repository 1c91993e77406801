"""Speaker and span shapes found on articles Warta was never tuned to (eval/quotes_dev2, issue #16
classes 1, 4 and 8): names in apposition after a role, role runs with `dan`, pronouns after a
fronted adverb, obliques, statement nouns after a quote, run-on indirect quotes."""

from __future__ import annotations

import pytest

# (test id, text, entities given or None to read plainly, index of the quote, its speaker's name)
SPEAKERS = [
    (
        "name_in_apposition_after_a_role_with_its_organisation",
        '"Keluarganya mengetahui tentang eksekusi mati itu melalui media sosial," kata peneliti pada '
        "Organisasi HAM Saudi Eropa (ESOHR), Duaa Dhainy.",
        [
            ("Duaa Dhainy", "PER", ["Duaa Dhainy"]),
            ("Organisasi HAM Saudi Eropa", "ORG", ["Organisasi HAM Saudi Eropa"]),
        ],
        0,
        "Duaa Dhainy",
    ),
    (
        # the entities layer took `Elektrik` (the team) for a person; the name after the comma speaks
        "name_in_apposition_wins_over_a_word_of_the_role_tagged_as_a_person",
        '"Permainan kami memang sedang menurun pada putaran kedua," kata Pelatih Elektrik, Tien Mei kepada '
        "JUARA seusai berlatih.",
        [("Elektrik", "PER", ["Elektrik"])],
        0,
        "Tien Mei",
    ),
    (
        "a_role_run_joined_by_dan_ends_in_the_name",
        '"Tindak pidana korupsi yang dilakukan itu tidak tunggal," ujar Pelaksana Tugas Deputi Penindakan '
        "dan Eksekusi KPK Asep Guntur Rahayu di KPK, Jakarta.",
        [("Asep Guntur Rahayu", "PER", ["Asep Guntur Rahayu"]), ("KPK", "ORG", ["KPK"])],
        0,
        "Asep Guntur Rahayu",
    ),
    (
        "a_pronoun_after_a_fronted_adverb_is_the_subject",
        "Musk kemudian berselisih dengan Trump setelah memimpin upaya memangkas pengeluaran.\n"
        "Sekarang, dia mengklaim telah menciptakan apa yang disebut Partai Amerika.",
        [("Elon Musk", "PER", ["Musk"]), ("Trump", "PER", ["Trump"])],
        0,
        "Elon Musk",
    ),
    (
        "a_person_after_a_preposition_is_no_subject_for_a_later_dia",
        "Musk berselisih dengan Trump mengenai rencana pengeluaran domestik besar-besaran. "
        "Dia mengatakan hal itu akan meledakkan utang AS.",
        [("Elon Musk", "PER", ["Musk"]), ("Trump", "PER", ["Trump"])],
        0,
        "Elon Musk",
    ),
    (
        "a_role_held_in_a_place_is_not_the_place",
        "Sementara itu, wali kota London, yang merupakan seorang Muslim, mendesak agar undangan bagi Trump "
        "untuk melakukan kunjungan kenegaraan ke Inggris dibatalkan.",
        [("London", "LOC", ["London"]), ("Trump", "PER", ["Trump"])],
        0,
        "wali kota London",
    ),
    (
        "an_age_epithet_points_to_the_person_the_story_is_about",
        "Mantan Perdana Menteri Thailand Yingluck Shinawatra dikabarkan kabur ke luar negeri sebelum sidang.\n"
        "Perempuan 50 tahun itu sebelumnya membantah dia berbuat salah dalam kasus subsidi beras.",
        [("Yingluck Shinawatra", "PER", ["Yingluck Shinawatra"])],
        0,
        "Yingluck Shinawatra",
    ),
    (
        "a_role_without_a_name_is_the_speaker_as_written",
        '"Para kepala negara menandatangani deklarasi itu," kata Menteri Luar Negeri dalam jumpa pers di '
        "Vientiane, Selasa malam.",
        None,
        0,
        "Menteri Luar Negeri",
    ),
    (
        "mereka_is_the_group_named_as_subject_just_before",
        "Para pakar PBB, pada April lalu, sempat menyerukan pembebasan Al-Derazi. Mereka mengatakan bahwa "
        "penahanannya sewenang-wenang dan dia menggunakan haknya untuk memprotes.",
        [("Perserikatan Bangsa-Bangsa", "ORG", ["PBB"]), ("Al-Derazi", "PER", ["Al-Derazi"])],
        -1,
        "pakar PBB",
    ),
]


@pytest.mark.parametrize(("text", "names", "index", "speaker"), [c[1:] for c in SPEAKERS], ids=[c[0] for c in SPEAKERS])
def test_speaker_of_the_quote(h, text, names, index, speaker):
    assert h.read_with(text, names).quotes[index].speaker.name == speaker


def test_a_month_word_inside_a_name_is_part_of_the_name(h):
    a = h.read('"Sementara Aprilia masih menjalani terapi," ucap Tien Mei.')
    assert a.quotes[0].speaker.name == "Tien Mei"
    b = h.read('"Kami siap bertanding," ucap pelatih itu, Mei 2017.')
    assert b.quotes[0].speaker.name != "pelatih itu, Mei"


def test_a_pronoun_between_commas_is_the_speaker_not_the_organisation_before_it(h):
    text = (
        '"Saya rasa sulit karena itu bermain di angka triliunan," ujar Kepala Bappenda NTB Fathurrahman.\n'
        "Pemprov NTB, dia berujar, akan melobi Kemenkeu untuk menambah alokasi dana transfer ke NTB."
    )
    a = h.with_entities(text, [("Fathurrahman", "PER", ["Fathurrahman"]), ("Pemprov NTB", "ORG", ["Pemprov NTB"])])
    assert a.quotes[-1].speaker.name == "Fathurrahman"
    assert a.quotes[-1].text.startswith("akan melobi")


def test_statement_noun_right_after_the_quote_names_the_source(h):
    text = (
        '"Kami mengimbau masyarakat di daerah rawan agar tetap waspada," pernyataan BPBD Sukabumi melalui '
        "rilis resminya."
    )
    a = h.with_entities(text, [("BPBD Sukabumi", "ORG", ["BPBD Sukabumi"])])
    assert a.quotes[0].speaker.name == "BPBD Sukabumi"
    assert a.quotes[0].cue == "pernyataan"


def test_indirect_quote_of_a_noun_clause_runs_on_into_sebab(h):
    text = (
        "Dalam kesempatan itu, Luthfi mengungkapkan kebijakan perdagangan era Presiden Amerika Serikat, "
        "Donald Trump justru membawa dampak positif bagi ekonomi daerah. Sebab, investor dari berbagai negara "
        "justru berbondong-bondong ke Jawa Tengah.\n"
        "Produk unggulan seperti sarang burung walet menjadi primadona."
    )
    a = h.with_entities(text, [("Luthfi", "PER", ["Luthfi"]), ("Donald Trump", "PER", ["Donald Trump"])])
    assert len(a.quotes) == 1
    assert a.quotes[0].speaker.name == "Luthfi"
    assert a.quotes[0].text.endswith("berbondong-bondong ke Jawa Tengah.")


def test_a_feeling_after_an_expressive_verb_is_still_no_quote(h):
    a = h.read("Budi Santoso mengungkapkan kekecewaan atas keputusan yang diambil panitia.")
    assert a.quotes == []


def test_an_epithet_with_itu_or_ini_points_to_the_person_last_quoted(h):
    text = (
        '"Lindsay dan Aprilia mengalami cedera," ucap Pelatih Elektrik, Tien Mei.\n'
        "Aprilia juga sudah mulai berlatih bersama tim pada sesi sore.\n"
        '"Yang terpenting, pemain jangan cepat puas," tutur pelatih asal China ini.'
    )
    a = h.with_entities(text, [("Tien Mei", "PER", ["Tien Mei"]), ("Aprilia", "PER", ["Aprilia"])])
    assert [q.speaker.name for q in a.quotes] == ["Tien Mei", "Tien Mei"]


def test_an_indirect_quote_runs_on_through_several_dependent_sentences(h):
    text = (
        "Kepala Dinas Perhubungan Budi Santoso mengatakan jalur itu ditutup sementara mulai Senin. "
        "Sebab, jembatan di ruas tersebut retak akibat banjir. "
        "Sedangkan kendaraan berat dialihkan ke jalur selatan.\n"
        "Warga tetap bisa melintas dengan berjalan kaki."
    )
    a = h.with_entities(text, [("Budi Santoso", "PER", ["Budi Santoso"])])
    assert len(a.quotes) == 1
    assert a.quotes[0].text.endswith("dialihkan ke jalur selatan.")


def test_a_scene_set_without_a_comma_and_selaku_are_not_part_of_the_subject(h):
    text = (
        "Dalam situasi tersebut baru-baru ini Albert Varela selaku manajer personal Martin mengklaim bahwa "
        "kliennya punya klausul dalam kontrak yang membuatnya bisa bebas kontrak untuk 2026."
    )
    a = h.with_entities(text, [("Albert Varela", "PER", ["Albert Varela"]), ("Martin", "PER", ["Martin"])])
    assert len(a.quotes) == 1
    assert a.quotes[0].speaker.name == "Albert Varela"
    assert a.quotes[0].text.startswith("kliennya punya klausul")


def test_a_two_word_title_whose_second_word_looks_like_a_verb_opens_the_subject(h):
    text = (
        "Duta besar Inggris untuk Amerika Serikat Kim Darroch mengatakan ia telah menyampaikan keprihatinan "
        "kepada para pejabat Gedung Putih."
    )
    a = h.with_entities(text, [("Kim Darroch", "PER", ["Kim Darroch"])])
    assert len(a.quotes) == 1
    assert a.quotes[0].speaker.name == "Kim Darroch"


def test_an_interrupting_kata_x_without_a_comma_before_an_auxiliary(h):
    text = (
        "Pengadaan tiga kapal selam tersebut untuk memenuhi kebutuhan TNI AL. "
        "Untuk sisanya, kata Ade akan dibahas oleh Kementerian Pertahanan."
    )
    a = h.with_entities(text, [("Ade Supandi", "PER", ["Ade"])])
    assert len(a.quotes) == 1
    assert a.quotes[0].speaker.name == "Ade Supandi"
    assert "akan dibahas oleh Kementerian Pertahanan" in a.quotes[0].text
