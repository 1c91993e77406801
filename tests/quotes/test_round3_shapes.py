"""Shapes from the third round's error list over heldout6/7, outlets_heldout2/3, quotes_dev2 and
outlets_dev (issue #16), each written here with other names and words: reported content that
opens with its predicate, a pronoun subject after a fronted adjunct holding `yang`, a possessed
noun then a time adverb."""

from __future__ import annotations

import pytest

# (test id, text, entities given or None to read plainly, index of the quote, its speaker, how its text begins)
INDIRECT = [
    (
        "content_opening_with_masih_before_a_yang_phrase",
        "Ketua Serikat Nelayan Pantura Darmaji Sulistyo mengatakan masih banyak nelayan yang "
        "menganggap kartu nelayan sebagai izin usaha.",
        [
            ("Darmaji Sulistyo", "PER", ["Darmaji Sulistyo"]),
            ("Serikat Nelayan Pantura", "ORG", ["Serikat Nelayan Pantura"]),
        ],
        0,
        "Darmaji Sulistyo",
        "masih banyak nelayan",
    ),
    (
        "content_opening_with_baru_before_an_amount",
        "Kepala data Pelabuhan Merak, Yusuf Halim mengatakan, baru 40 persen dari total penumpang dari "
        "Sumatera yang kembali ke Pulau Jawa.",
        None,
        0,
        "Yusuf Halim",
        "baru 40 persen",
    ),
    (
        "content_opening_with_a_negation_after_a_fronted_concession",
        "Hendra Wijaya menjelaskan undangan itu diterimanya sepekan lalu. Meski begitu, dia mengatakan "
        "tidak banyak penjelasan yang diberikan oleh panitia dalam undangan tersebut.",
        None,
        1,
        "Hendra Wijaya",
        "tidak banyak penjelasan",
    ),
    (
        "pronoun_subject_after_an_adjunct_holding_yang",
        "Menurut analis Rudi Santosa, harga emas masih akan naik. Pada saat yang bersamaan, dia juga "
        "memperkirakan Bank Sentral Eropa akan menahan suku bunganya hingga akhir tahun.",
        None,
        1,
        "Rudi Santosa",
        "Bank Sentral Eropa akan",
    ),
    (
        "possessed_noun_then_a_time_adverb_is_a_clause_not_a_topic",
        "Direktur Utama PT Kereta Nusantara Agus Pranoto sebelumnya mengatakan perusahaannya saat ini "
        "fokus untuk perawatan gerbong sebagai penopang layanan mudik.",
        [("Agus Pranoto", "PER", ["Agus Pranoto"]), ("PT Kereta Nusantara", "ORG", ["PT Kereta Nusantara"])],
        0,
        "Agus Pranoto",
        "perusahaannya saat ini fokus",
    ),
]


@pytest.mark.parametrize(
    ("text", "names", "index", "speaker", "start"), [c[1:] for c in INDIRECT], ids=[c[0] for c in INDIRECT]
)
def test_indirect_quote_found(h, text, names, index, speaker, start):
    q = h.read_with(text, names).quotes[index]
    assert q.kind == "indirect"
    assert q.speaker.name == speaker
    assert q.text.startswith(start), q.text


def test_a_possessed_feeling_is_still_a_topic(h):
    # the time-adverb rule must not turn `menyampaikan harapannya …` into a statement
    a = h.read("Bupati Sleman Harda Kiswaya menyampaikan harapannya kepada seluruh warga yang hadir di balai desa.")
    assert a.quotes == []


@pytest.mark.parametrize("link", ["atau Kang", "alias", "yang akrab disapa"])
def test_a_second_name_given_with_atau_is_the_same_speaker(h, link):
    # the entities layer may keep `Rahmat Hidayat` and `Mamat` apart; the quotes follow the first name
    text = (
        f"Menteri Perdagangan Rahmat Hidayat {link} Mamat mengatakan ada kesempatan kedua bagi pedagang yang "
        'telah dicoret.\n"Jadi mereka bisa mendaftar ulang di kantor desa," kata Mamat kepada wartawan.'
    )
    names = [("Rahmat Hidayat", "PER", ["Rahmat Hidayat"]), ("Mamat", "PER", ["Mamat"])]
    assert [q.speaker.name for q in h.with_entities(text, names).quotes] == ["Rahmat Hidayat", "Rahmat Hidayat"]


def test_two_people_joined_by_atau_in_a_question_stay_apart(h):
    # `atau` between two people already introduced is a choice, not a second name
    text = (
        "Ketua panitia Dewi Lestari dan bendahara Sari Utami hadir.\n"
        '"Kami belum tahu siapa yang akan berangkat, Dewi atau Sari," kata Sari kepada wartawan.'
    )
    names = [("Dewi Lestari", "PER", ["Dewi Lestari", "Dewi"]), ("Sari Utami", "PER", ["Sari Utami", "Sari"])]
    assert h.with_entities(text, names).quotes[0].speaker.name == "Sari Utami"


def test_counsel_of_a_person_already_named_is_the_speaker(h):
    text = (
        "Mantan bupati Rudi Hartanto dikabarkan tidak hadir dalam sidang putusan hari ini.\n"
        "Pengacara Rudi mengatakan kliennya tidak bisa hadir karena sedang dirawat di rumah sakit."
    )
    q = h.with_entities(text, [("Rudi Hartanto", "PER", ["Rudi Hartanto", "Rudi"])]).quotes[0]
    assert q.speaker.name.lower() == "pengacara rudi"
    assert q.speaker.entity is None


def test_counsel_title_before_a_new_name_is_a_title(h):
    text = "Pengacara Rudi Hartanto mengatakan kliennya tidak bisa hadir karena sedang dirawat di rumah sakit."
    q = h.with_entities(text, [("Rudi Hartanto", "PER", ["Rudi Hartanto"])]).quotes[0]
    assert q.speaker.name == "Rudi Hartanto"


def test_advice_to_someone_is_the_part_after_agar(h):
    text = "Ratna Sari sudah menasihati putranya Dimas agar menjaga pola makan di tengah kesibukan kampanye."
    q = h.read(text).quotes[0]
    assert (q.cue, q.text) == ("menasihati", "menjaga pola makan di tengah kesibukan kampanye.")


def test_a_request_with_untuk_keeps_the_person_addressed(h):
    text = "Kapolres Arif Budiman meminta pengguna jalan untuk mencari jalur alternatif selama perbaikan jembatan."
    assert h.read(text).quotes[0].text.startswith("pengguna jalan untuk")


def test_berdalih_reports_an_excuse(h):
    text = "Namun, pengasuh anak itu sempat berdalih memar di lengan balita karena terjatuh dari tangga."
    q = h.read(text).quotes[0]
    assert (q.cue, q.text) == ("berdalih", "memar di lengan balita karena terjatuh dari tangga.")


def test_the_one_acted_on_by_a_passive_is_not_who_nya_means(h):
    # the spokesman goes on talking about the officer who was summoned: `ujarnya` is the spokesman
    text = (
        '"Kami ingin mendengar duduk perkaranya dari kedua pihak," kata Kasi Humas Polres Bantul Agus Salim.\n'
        "Selain diperiksa Propam, Hendro juga langsung dipanggil menghadap ke Kapolres. Hendro dipanggil "
        "terkait videonya yang beredar.\n"
        '"Iya, sudah dipanggil, dimintai klarifikasi," ujarnya.'
    )
    names = [
        ("Agus Salim", "PER", ["Agus Salim"]),
        ("Hendro", "PER", ["Hendro"]),
        ("Polres Bantul", "ORG", ["Polres Bantul"]),
    ]
    assert h.with_entities(text, names).quotes[-1].speaker.name == "Agus Salim"


@pytest.mark.parametrize(
    ("adjunct", "start"),
    [
        ("usai perbaikan rel oleh teknisi yang bertugas", "usai perbaikan rel"),
        ("usai ditemui wartawan di stasiun", "perjalanan kereta"),
    ],
)
def test_a_time_clause_after_the_cue_comma_opens_the_content_unless_it_sets_the_scene(h, adjunct, start):
    text = f"Manajer humas Dewi Anggraini mengatakan, {adjunct}, perjalanan kereta kembali berjalan normal pukul 08.15 WIB."
    assert h.read(text).quotes[0].text.startswith(start)


@pytest.mark.parametrize(
    ("text", "cue", "start"),
    [
        (
            "Ia menyerukan penghematan air bersih, pengurangan sampah plastik, serta penanaman pohon di bantaran sungai.",
            "menyerukan",
            "penghematan air bersih",
        ),
        (
            "Menteri Pariwisata Rina Kusuma mempersilakan pemerintah daerah untuk membangun bandara itu sendiri.",
            "mempersilakan",
            "pemerintah daerah untuk",
        ),
    ],
)
def test_calls_and_permissions_are_directives(h, text, cue, start):
    q = h.read(text).quotes[0]
    assert q.cue == cue and q.text.startswith(start)


@pytest.mark.parametrize(
    ("subject", "names", "speaker"),
    [
        ("Tim Dokter RSUD Sleman dan IDI", [("IDI", "ORG", ["IDI"])], "Tim Dokter RSUD Sleman dan IDI"),
        (
            "kelompok buruh (KSPI) dan pakar Organisasi Perburuhan Internasional (ILO)",
            [("Organisasi Perburuhan Internasional", "ORG", ["Organisasi Perburuhan Internasional", "ILO"])],
            "kelompok buruh (KSPI) dan pakar Organisasi Perburuhan Internasional (ILO)",
        ),
        # one body with `dan` in its name, and two roles of one person, are not joint speakers
        (
            "Badan Riset dan Inovasi Nasional",
            [("Badan Riset dan Inovasi Nasional", "ORG", ["Badan Riset dan Inovasi Nasional"])],
            "Badan Riset dan Inovasi Nasional",
        ),
        (
            "Wakil Ketua DPR dan Ketua Harian Partai Maju Sufmi Darmawan",
            [("DPR", "ORG", ["DPR"]), ("Sufmi Darmawan", "PER", ["Sufmi Darmawan"])],
            "Sufmi Darmawan",
        ),
    ],
)
def test_bodies_joined_by_dan_speak_together(h, subject, names, speaker):
    text = f"Menurut {subject}, pekerja yang dirumahkan itu berhak atas pesangon penuh."
    assert h.with_entities(text, names).quotes[0].speaker.name == speaker


@pytest.mark.parametrize("link", ["", "seraya ", "Senin (3/4), "])
def test_a_statement_added_after_the_attribution_is_an_indirect_quote_of_the_same_speaker(h, link):
    text = (
        '"Kami akan terus mengirim bantuan," kata juru bicara UNHCR Mira Santoso, '
        f"{link}menambahkan bahwa bantuan makanan sudah tiba di kamp pengungsi."
    )
    qs = h.with_entities(text, [("Mira Santoso", "PER", ["Mira Santoso"])]).quotes
    assert [(q.kind, q.speaker.name) for q in qs] == [("direct", "Mira Santoso"), ("indirect", "Mira Santoso")]
    assert qs[1].text == "bantuan makanan sudah tiba di kamp pengungsi."
    assert qs[1].cue == "menambahkan"


def test_a_relation_then_what_is_said_of_it_is_a_clause(h):
    text = (
        "Gubernur Jawa Barat Dedi Mulyana menyatakan hubungannya dengan Ketua DPRD Jawa Barat (DPRD) "
        "Budi Hartono baik-baik saja."
    )
    q = h.read(text).quotes[0]
    assert q.text.startswith("hubungannya dengan") and q.text.endswith("baik-baik saja.")
    # with no predicate after it, the relation is still only a topic
    assert h.read("Warga menyampaikan kekecewaannya dengan keputusan pemerintah daerah soal tarif air.").quotes == []


@pytest.mark.parametrize(
    ("closing", "cue"),
    [
        ("demikian kata Menteri Energi Rahmat Hidayat.", "kata"),
        ("demikian disampaikan Menteri Energi Rahmat Hidayat di Jakarta.", "disampaikan"),
        ("demikian dikatakan oleh Menteri Energi Rahmat Hidayat.", "dikatakan"),
        ("demikian pernyataan resmi Kementerian Energi.", "pernyataan"),
    ],
)
def test_demikian_and_a_verb_of_saying_close_an_unquoted_statement(h, closing, cue):
    text = f"Pemerintah akan menaikkan tarif listrik rumah tangga mulai bulan depan, {closing}"
    q = h.read(text).quotes[0]
    assert (q.kind, q.cue) == ("indirect", cue)
    assert q.text == "Pemerintah akan menaikkan tarif listrik rumah tangga mulai bulan depan"


def test_demikian_before_a_noun_that_is_no_statement_is_no_quote(h):
    assert h.read("Harga cabai naik tajam di pasar induk pekan ini, demikian data yang dirilis BPS.").quotes == []


def test_a_dated_lead_taken_from_a_medium_is_news_not_a_statement(h):
    a = h.read(
        "Dilansir kantor berita Reuters, Selasa (8/7/2025), Rina Wijaya meluncurkan partai politik baru di Jakarta."
    )
    assert a.quotes == []
    # a statement in it still keeps the medium
    b = h.read("Dilansir kantor berita Reuters, Selasa (8/7/2025), Rina Wijaya mengatakan partainya akan ikut pemilu.")
    assert [(q.cue, q.via) for q in b.quotes] == [("mengatakan", "Reuters")]
    # without the date the medium's words are reported
    c = h.read("Dikutip dari laman NDTV, kopi kaya akan antioksidan dan dapat membantu memperbaiki suasana hati.")
    assert [q.cue for q in c.quotes] == ["Dikutip dari"]


def test_a_choice_between_two_names_is_not_a_nickname(h):
    text = (
        "Warga masih menunggu apakah Prabawa atau Gilang Ramadhan yang akan hadir.\n"
        '"Saya pasti datang besok pagi," kata Gilang kepada wartawan.'
    )
    names = [("Prabawa", "PER", ["Prabawa"]), ("Gilang Ramadhan", "PER", ["Gilang Ramadhan", "Gilang"])]
    assert h.with_entities(text, names).quotes[0].speaker.name == "Gilang Ramadhan"
