"""Shapes of the nineteenth round (issue #16): a verb that as often names a topic as it reports
(`memaparkan`, `menjelaskan`, `menyinggung`) followed by a noun phrase whose only verbs sit in
its relative clause or in a purpose or conditional modifier. GUIDELINES.md `quotes`: a verb
followed only by a topic is no quote. Sentences written for this file; each rule is also tested
on the reported clause of the same shape that it must leave alone."""

from __future__ import annotations

import pytest

import warta


def _quotes(text: str) -> list[str]:
    art = warta.read({"id": "t", "text": "JAKARTA - " + text + "\n"}, layers=["entities", "quotes"])
    return [q.text for q in art.quotes]


@pytest.mark.parametrize(
    "sentence",
    [
        # a conditional modifier of the topic noun
        "Kepala Dinas Perhubungan Budi Santoso menjelaskan mekanisme pengaduan jika warga menemukan "
        "pungutan liar di terminal.",
        # a purpose modifier
        "Menteri Keuangan Sri Mulyani memaparkan kemungkinan rencana pemangkasan anggaran untuk menekan "
        "defisit negara.",
        # a relative clause with its own verb group only
        "Ketua DPRD Jawa Barat Taufik Hidayat menyinggung Anggaran Pendapatan dan Belanja Daerah (APBD) "
        "yang sudah disahkan pada awal tahun ini.",
        # the relative clause, then a purpose modifier
        "Direktur Utama Bulog Ahmad Rizal memaparkan program pengadaan gabah yang dijalankan perseroan "
        "untuk memperkuat cadangan pangan nasional.",
    ],
)
def test_a_topic_noun_phrase_with_modifiers_is_no_quote(sentence):
    assert _quotes(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        # a predicate after the relative clause's own verb: the phrase is the subject of a clause
        (
            "Menteri Perdagangan Budi Santoso menjelaskan kebijakan yang diambil pemerintah bertujuan "
            "menjaga harga beras tetap stabil.",
            "kebijakan yang diambil pemerintah bertujuan",
        ),
        (
            "Direktur Utama PLN Darmawan Prasodjo memaparkan pembangunan pembangkit yang dikerjakan "
            "perseroan sudah mencapai 80 persen.",
            "pembangunan pembangkit yang dikerjakan",
        ),
        # a predicate after the purpose modifier's own verb
        (
            "Kepala Dinas PUPR Budi Santoso menjelaskan anggaran untuk membangun jalan tol itu mencapai Rp 5 triliun.",
            "anggaran untuk membangun",
        ),
        # a source modifier after a demonstrative is the predicate
        (
            "Direktur Jenderal Pajak Bimo Wijayanto menjelaskan target ini berdasarkan jumlah laporan SPT tahun lalu.",
            "target ini berdasarkan",
        ),
        # a copula after the modifiers
        (
            "Gubernur Jawa Barat Dedi Mulyadi mengungkapkan salah satu sektor yang paling siap untuk "
            "dikembangkan adalah pertanian organik.",
            "salah satu sektor",
        ),
        # `untuk` after a demonstrative is the predicate
        (
            "Kepala Dinas Lingkungan Hidup Asep Kuswanto menjelaskan tujuan razia itu untuk menekan "
            "polusi udara di Jakarta.",
            "tujuan razia itu untuk menekan",
        ),
        # existential content and a comma after the verb open a clause
        (
            "Ketua Serikat Buruh Sumiati menjelaskan ada 104 orang yang dirumahkan tanpa pesangon.",
            "ada 104 orang",
        ),
        (
            "Kepala Polres Bogor Rio Wahyu menerangkan, razia itu untuk mencegah balap liar di jalan raya.",
            "razia itu untuk mencegah",
        ),
    ],
)
def test_a_reported_clause_of_the_same_shape_stays(sentence, content):
    assert any(q.startswith(content) for q in _quotes(sentence))


def test_a_verb_that_reports_clauses_only_is_not_checked():
    # `mengatakan` is no topic verb: its content is read as a statement as before
    got = _quotes(
        "Kepala Bappenas Rachmat Pambudy mengatakan rencana pembangunan yang disusun untuk lima tahun ke depan."
    )
    assert got and got[0].startswith("rencana pembangunan")


# -- a one-word fragment of the attribution clause taken for the speaker ------------------------
# (`kata Menteri Dalam negeri Hamburg Andy Grote`: the phrase cut at a lowercase word of the title;
# `Menteri Basuki yang ditemui usai acara mengatakan`: the noun of the adjunct before the verb)

LEAD = "JAKARTA - Jembatan layang itu diresmikan pada Senin (3/11/2025).\n"


def _speakers(text: str) -> dict[str, str | None]:
    art = warta.read({"id": "t", "text": LEAD + text + "\n"}, layers=["entities", "quotes"])
    return {q.text: (q.speaker.name if q.speaker else None) for q in art.quotes}


def test_a_title_cut_at_a_lowercase_word_gives_the_person_named_after_it():
    got = _speakers('"Kami semua terkejut," kata Menteri Dalam negeri Bavaria Joachim Herrmann, dikutip dari Reuters.')
    assert got["Kami semua terkejut,"] == "Joachim Herrmann"


def test_the_noun_of_an_adjunct_before_the_verb_gives_the_person_of_the_clause():
    got = _speakers(
        "Sementara Menteri Basuki yang ditemui usai acara mengatakan teknologi itu akan dipakai lebih luas."
    )
    assert "Basuki" in (got["teknologi itu akan dipakai lebih luas."] or "")


def test_an_apposition_holding_the_fragment_gives_the_name_the_sentence_opens_with():
    got = _speakers(
        "Luis Cabrera, pejabat perlindungan sipil yang berada di lokasi saat kejadian, mengatakan bahwa "
        "pilot tewas di tempat."
    )
    assert got["pilot tewas di tempat."] == "Luis Cabrera"


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        # the person is the addressee, after `kepada`
        ('"Film itu jujur," kata kritikus kepada Joko Anwar di Jakarta.', "Joko Anwar"),
        # the person is in an adjunct clause set off by a comma before the speaker
        ("Dalam acara yang dihadiri Presiden Prabowo Subianto, panitia mengatakan acara berjalan lancar.", "Prabowo"),
        # a speaker noun is a speaker of its own
        ('"Semua sudah diatur," kata sumber yang dekat dengan Budi Santoso.', "Budi"),
    ],
)
def test_a_person_outside_the_speakers_own_phrase_is_not_taken(sentence, other):
    assert all(other not in (s or "") for s in _speakers(sentence).values())


def test_a_statement_that_points_back_is_named_by_the_phrase_as_written():
    got = _speakers(
        "Pemerintah Provinsi Bali menerbitkan pernyataan resmi soal banjir itu.\n"
        '"Kami siaga penuh," kata Gubernur Bali Wayan Koster.\n'
        "Pernyataan tersebut menjelaskan status darurat berlaku selama dua pekan dan dapat diperpanjang."
    )
    assert (got["status darurat berlaku selama dua pekan dan dapat diperpanjang."] or "").lower() == (
        "pernyataan tersebut"
    )


def test_a_statement_of_a_named_body_keeps_the_body():
    got = _speakers("Pernyataan Kementerian Luar Negeri menyebutkan dua warga negara Indonesia sudah dievakuasi.")
    assert got["dua warga negara Indonesia sudah dievakuasi."] == "Kementerian Luar Negeri"
