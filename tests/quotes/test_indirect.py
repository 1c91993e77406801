"""Indirect quotes: verbs of saying, `bahwa`, `Menurut X`, passives with a source, attributions
that interrupt or close an unquoted clause, media as sources; and what is not a quote."""

from __future__ import annotations

import pytest


def _ind(a):
    return [q for q in a.quotes if q.kind == "indirect"]


# (test id, text, what the one indirect quote found must have)
ONE_INDIRECT = [
    (
        "appositive_subject_and_adjunct_before_bahwa",
        "Media Korea Utara, KCNA, melaporkan pada Kamis (14/9/2023) bahwa Putin menerima undangan Kim Jong Un "
        "untuk berkunjung ke Korea Utara.",
        {"speaker": "KCNA", "start": "Putin menerima undangan"},
    ),
    (
        "menurut_x",
        "Menurut Peskov, Putin juga memberikan sarung tangan yang pernah dipakai dalam misi angkasa luar.",
        {"speaker": "Peskov", "cue": "Menurut", "start": "Putin juga memberikan"},
    ),
    (
        "medium_between_subject_and_verb_is_via",
        "Kantor Ombudsman Peru dalam laporannya, seperti dilansir AFP, menyebut sekitar 102 orang mengalami "
        "luka-luka selama unjuk rasa berlangsung.",
        {"speaker": "Kantor Ombudsman Peru", "via": "AFP", "cue": "menyebut", "start": "sekitar 102 orang"},
    ),
    (
        "menurut_name_without_comma",
        "Menurut Prabowo selama 10 bulan pihaknya terus memerangi kemiskinan dengan sangat serius.",
        {"speaker": "Prabowo", "cue": "Menurut", "start": "selama 10 bulan"},
    ),
    (
        "verbless_fragment_continues_reported_content",
        "Deddy menilai dengan adanya aturan tersebut melanggar hak publik untuk mendapat informasi. "
        "Termasuk soal ijazah pejabat yang menurutnya menjadi dokumen publik.",
        {"end": "menjadi dokumen publik.", "start": "dengan adanya aturan"},
    ),
    (
        "outlet_quoting_another_outlet",
        "Dikutip detikNews dari Antara, perusahaan penipuan online tersebut berlokasi di kota Chrey Tum, "
        "Provinsi Kandal.",
        {"speaker": "Antara", "via": "Antara"},
    ),
    (
        "statement_closed_by_menurut_and_a_name",
        "Pandemi global juga masuk daftar ancaman menurut Hawking.",
        {"speaker": "Hawking", "text": "Pandemi global juga masuk daftar ancaman"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in ONE_INDIRECT], ids=[c[0] for c in ONE_INDIRECT])
def test_one_indirect_quote(h, text, expected):
    [q] = _ind(h.read(text))
    h.check(q, expected)


# (test id, text with no indirect quote in it)
NO_INDIRECT = [
    (
        "not_quotes_topic_action_finding_and_sourceless_passive",
        "Namun, tak menjelaskan lebih lanjut opsi yang tengah dipertimbangkan pemerintah.\n"
        "Kapolres menjelaskan soal modus para pelaku.\n"
        "Bupati menyampaikan apresiasi atas kerja keras petugas di lapangan.\n"
        "Namun, fakta kemudian mengungkap jika mobil tersebut ternyata bukan milik anggota kepolisian.\n"
        "Presiden Prabowo Subianto disebut akan menerbitkan Keputusan Presiden sebagai payung hukum.\n"
        "Jumlah ini meningkat tajam, mengingat tahun lalu hanya 20% yang mengatakan hal serupa.\n"
        "Presiden menegaskan pentingnya pengendalian inflasi dalam menjaga stabilitas ekonomi.",
    ),
    (
        "subordinate_clause_without_subject_has_no_speaker",
        "Meski telah menyampaikan permintaan maaf, insiden ini menuai reaksi dari berbagai pihak.",
    ),
]


@pytest.mark.parametrize("text", [c[1] for c in NO_INDIRECT], ids=[c[0] for c in NO_INDIRECT])
def test_no_indirect_quote(h, text):
    assert _ind(h.read(text)) == []


def test_subject_verb_bahwa_content_only(h):
    a = h.read("Sementara itu, Putin mengaku bahwa Rusia mempertimbangkan kerja sama militer dengan Korea Utara.")
    [q] = _ind(a)
    assert q.text == "Rusia mempertimbangkan kerja sama militer dengan Korea Utara."
    assert q.cue == "mengaku" and q.cue_lemma == "aku"
    assert q.speaker.name == "Putin"
    assert a.text[q.start : q.end] == q.text


def test_menurutnya_inside_sentence_resolves_to_previous_speaker(h):
    a = h.read(
        "Dirtipidter Bareskrim Polri Brigjen Nunung Syaifuddin mengungkapkan bahwa tambang ilegal itu sudah lama beroperasi.\n"
        "Aktivitas pertambangan itu menurutnya tak hanya merusak alam, tapi juga merugikan negara."
    )
    q = _ind(a)[-1]
    assert q.cue == "menurut"
    assert q.text.startswith("tak hanya merusak alam")
    assert q.speaker.name == "Nunung Syaifuddin"


def test_attribution_interrupting_a_sentence(h):
    a = h.read(
        "Hingga saat ini, terang AHY, opsi yang dibahas mencakup Danantara sebagai pihak yang menangani utang KCIC.\n"
        "Pertimbangan pembatalan aturan itu, disebutkan Afifuddin, dilakukan karena mendapat masukan dari berbagai pihak."
    )
    qs = _ind(a)
    assert [(q.speaker.name, q.cue) for q in qs] == [("AHY", "terang"), ("Afifuddin", "disebutkan")]
    assert qs[0].text.startswith("opsi yang dibahas")
    assert qs[1].text.startswith("dilakukan karena")


def test_kata_x_closing_an_unquoted_clause(h):
    a = h.read("Pemerintah akan menambah kuota impor beras tahun depan untuk menjaga stok, kata Zulkifli di Jakarta.")
    [q] = _ind(a)
    assert (q.speaker.name, q.cue) == ("Zulkifli", "kata")
    assert q.text.startswith("Pemerintah akan menambah") and "kata" not in q.text


def test_directive_verbs_keep_their_request(h):
    a = h.read(
        "Direktur Penegakan Pidana Kementerian ESDM Ma'mun mengimbau kepada masyarakat untuk segera mengurus "
        "legalitas usaha tambang di sekitar IKN.\n"
        "Ia mendorong agar diperbanyak industri padat karya di provinsi ini."
    )
    qs = _ind(a)
    assert qs[0].cue == "mengimbau" and qs[0].text.startswith("kepada masyarakat untuk")
    assert qs[0].speaker.name == "Ma'mun"
    assert qs[1].cue == "mendorong" and qs[1].text.startswith("diperbanyak industri")
    assert qs[1].speaker.name == "Ma'mun"


def test_medium_as_source_and_via(h):
    a = h.read(
        "Dikutip dari laman NDTV, kopi kaya akan antioksidan dan dapat membantu memperbaiki suasana hati.\n"
        "Dikutip daridetikFinance,Satgas Penanggulangan Aktivitas Ilegal menyebut tambang tanpa izin tersebut "
        "telah menyebabkan kerusakan lingkungan."
    )
    qs = _ind(a)
    assert (qs[0].speaker.name, qs[0].via) == ("NDTV", "NDTV")
    assert qs[0].text.startswith("kopi kaya akan antioksidan")
    assert (qs[1].speaker.name, qs[1].via, qs[1].cue) == (
        "Satgas Penanggulangan Aktivitas Ilegal",
        "detikFinance",
        "menyebut",
    )


def test_unnamed_speaker_is_shortest_noun_phrase(h):
    a = h.read(
        "Pertemuan itu terjadi setelah para pejabat Amerika Serikat (AS) memperingatkan bahwa Rusia dan Korea Utara "
        "mengalami kemajuan dalam kesepakatan senjata."
    )
    [q] = _ind(a)
    assert q.speaker.name == "pejabat Amerika Serikat"
    assert q.speaker.entity is None


def test_one_record_per_statement_when_direct_follows(h):
    a = h.read(
        'Afifuddin mengakui tak ada diskusi dengan pihak Istana maupun DPR. "Tidak ada diskusi dari pihak yang '
        'tadi disebutkan. Yang ada, ada istilah uji konsekuensi," katanya.'
    )
    kinds = [(q.kind, q.speaker.name) for q in a.quotes]
    assert kinds == [("indirect", "Afifuddin"), ("direct", "Afifuddin")]
    assert a.quotes[0].text.endswith("DPR.")


def test_bahwa_takes_a_verbless_clause_and_weak_topic_heads_a_clause(h):
    a = h.read(
        "Menteri Ketenagakerjaan Yassierli memastikan bahwa program magang nasional gratis tanpa pungutan biaya.\n"
        "Menteri ESDM Bahlil Lahadalia mengatakan program ini telah menghemat devisa hingga Rp 93,43 triliun.\n"
        "Aria juga menyinggung demonstrasi besar yang terjadi di 178 daerah pada akhir Agustus lalu."
    )
    assert [(q.speaker.name, q.cue) for q in _ind(a)] == [
        ("Yassierli", "memastikan"),
        ("Bahlil Lahadalia", "mengatakan"),
    ]


def test_phrase_after_the_cue_opens_the_content_when_a_clause_follows(h):
    a = h.read(
        "Said mengatakan dalam setahun pemerintah telah melakukan sejumlah hal, seperti pembukaan lahan pertanian.\n"
        "Said mengatakan kepada wartawan di Jakarta, pemerintah akan membuka lahan baru."
    )
    q1, q2 = _ind(a)
    assert q1.text.startswith("dalam setahun pemerintah telah")
    assert q2.text.startswith("pemerintah akan membuka")


def test_possessed_noun_with_a_predicate_is_a_clause_not_a_topic(h):
    a = h.read(
        "Presiden mengatakan tindakannya diperlukan untuk membangun kembali negara yang sedang krisis.\n"
        "Ia menyampaikan harapannya kepada semua pihak.\n"
        "Luhut mengaku heran dengan huru-hara tentang pembiayaan utang kereta cepat."
    )
    assert [q.cue for q in _ind(a)] == ["mengatakan", "mengaku"]


def test_second_verb_of_saying_joined_by_dan_is_a_second_statement(h):
    a = h.read(
        "Presiden Donald Trump mengatakan tindakannya diperlukan untuk membangun kembali negara "
        "dan menepis klaim bahwa ia seorang diktator."
    )
    assert [(q.cue, q.text) for q in _ind(a)] == [
        ("mengatakan", "tindakannya diperlukan untuk membangun kembali negara"),
        ("menepis", "klaim bahwa ia seorang diktator."),
    ]
    assert len({q.speaker.name for q in _ind(a)}) == 1


def test_two_verbs_one_subject_and_an_organisation_described_with_itu(h):
    text = (
        "Sempat beredar kabar bahwa NASA mendukung teori kiamat itu. Namun badan antariksa AS itu membantah, "
        "menegaskan bahwa misinya adalah memahami dan melindungi planet ini."
    )
    a = h.with_entities(text, [("NASA", "ORG", ["NASA"])])
    [q] = _ind(a)
    assert (q.speaker.name, q.cue) == ("NASA", "menegaskan")
    assert q.text.startswith("misinya adalah")


def test_second_verb_after_comma_and_adverb_shares_the_subject_and_agar_is_dropped(h):
    a = h.read(
        "Dian berharap variasi menu ke depan bisa lebih menarik, bahkan menyarankan agar penyajian dibuat "
        "lebih kreatif.\nBudi meminta agar penyedia makanan lebih menjaga kebersihan dapur."
    )
    assert [(q.speaker.name, q.cue, q.text) for q in _ind(a)] == [
        ("Dian", "menyarankan", "penyajian dibuat lebih kreatif."),
        ("Budi", "meminta", "penyedia makanan lebih menjaga kebersihan dapur."),
    ]
