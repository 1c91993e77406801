"""Speakers: entities, titles and roles, pronouns and clitics across paragraphs, anaphoric
descriptions (`Anggota Komisi XII DPR itu`), organisations and media."""

from __future__ import annotations

import pytest

# (test id, text, entities given or None to read plainly, index of the quote, its speaker's name)
SPEAKERS = [
    (
        "title_before_name_is_dropped",
        '"Peningkatan penerimaan negara ini adalah hasil dari sinergi pelayanan," ujar Plt. Direktur Jenderal '
        "Imigrasi Yuldi Yusman di Jakarta, Senin (20/10/2025).",
        None,
        0,
        "Yuldi Yusman",
    ),
    (
        "name_in_apposition_after_a_title",
        '"Untuk pelat nomor kami amankan supaya tidak dipergunakan lagi," kata Kapolres Tasikmalaya Kota, '
        "AKBP Moch Faruk Rozi, Minggu (19/10/2025).",
        None,
        0,
        "Moch Faruk Rozi",
    ),
    (
        "organisation_speaker_with_clitic",
        '"KBRI segera berkoordinasi dengan kepolisian setempat dan melihat kondisi para WNI," jelas pihak KBRI '
        "Phnom Penh dalam keterangannya, Minggu (19/10/2025).",
        None,
        0,
        "KBRI Phnom Penh",
    ),
    (
        "role_only_speaker_maps_to_entity_with_that_role",
        "Kapolri Jenderal Listyo Sigit Prabowo meninjau lokasi banjir.\n"
        '"Kami kerahkan seluruh personel untuk membantu warga yang terdampak banjir," kata Kapolri.',
        [("Listyo Sigit Prabowo", "PER", ["Listyo Sigit Prabowo"])],
        -1,
        "Listyo Sigit Prabowo",
    ),
]


@pytest.mark.parametrize(("text", "names", "index", "speaker"), [c[1:] for c in SPEAKERS], ids=[c[0] for c in SPEAKERS])
def test_speaker_of_the_quote(h, text, names, index, speaker):
    assert h.read_with(text, names).quotes[index].speaker.name == speaker


def test_speaker_is_canonical_entity_with_index(h):
    text = (
        "Juru bicara Kremlin Dmitry Peskov memberikan keterangan pers.\n"
        '"Presiden Putin memberikan senapan produksi kami dengan kualitas terbaik," ujar Peskov.'
    )
    a = h.with_entities(text, [("Dmitry Peskov", "PER", ["Dmitry Peskov", "Peskov"]), ("Kremlin", "ORG", ["Kremlin"])])
    [q] = a.quotes
    assert q.speaker.name == "Dmitry Peskov"
    assert q.speaker.entity == 0
    assert a.text[q.speaker.start : q.speaker.end] == "Peskov"


def test_pronouns_across_paragraph_boundaries(h):
    a = h.read(
        "Rachmat menjelaskan bahwa angka yang dipatok dalam RKP 2026 merupakan angka yang moderat.\n"
        "Sebagai informasi, target pertumbuhan ekonomi dalam RKP tahun 2026 berada di rentang 5,8 hingga 6,3%.\n"
        "Ia mengatakan bahwa target tersebut didasarkan pada perencanaan.\n"
        '"Jadi, kalau Menteri Keuangan ini berdasarkan penganggaran, kami berdasarkan perencanaan," tambahnya.'
    )
    assert [q.speaker.name for q in a.quotes] == ["Rachmat"] * 3
    assert a.quotes[2].cue == "tambah"


def test_quoted_speaker_wins_over_a_later_sentence_subject(h):
    text = (
        "Luhut mengungkapkan, pemerintah sedang menyiapkan tim restrukturisasi untuk menyelesaikan utang Whoosh. "
        "Presiden Prabowo Subianto disebut akan menerbitkan Keputusan Presiden sebagai payung hukum.\n"
        '"Sekarang sedang dikerjakan dari kantor saya. Saya yang paling paham betul mengenai itu," jelasnya.'
    )
    a = h.with_entities(
        text, [("Luhut Binsar Pandjaitan", "PER", ["Luhut"]), ("Prabowo Subianto", "PER", ["Prabowo Subianto"])]
    )
    assert [q.speaker.name for q in a.quotes] == ["Luhut Binsar Pandjaitan"] * 2


def test_anaphoric_description_points_back(h):
    a = h.read(
        '"Pintu-pintu impor kita harus mendapatkan pengawasan secara ketat," kata Eddy di kompleks parlemen.\n'
        "Anggota Komisi XII DPR itu mengatakan pertumbuhan ekonomi Indonesia bergantung pada tiga hal."
    )
    assert [q.speaker.name for q in a.quotes] == ["Eddy", "Eddy"]


def test_mention_of_a_merged_person_entity_goes_to_the_person_named(h):
    text = (
        "Kim Jong Un dan Vladimir Putin bertemu di Vostochny.\n"
        '"Ya, ada batasan-batasan tertentu dan Rusia mematuhi semua pembatasan ini," kata Putin.'
    )
    a = h.with_entities(
        text,
        [
            ("Kim Jong Un Undang Putin", "PER", ["Kim Jong Un", "Putin"]),  # a merge made by mistake
            ("Vladimir Putin", "PER", ["Vladimir Putin"]),
        ],
    )
    [q] = a.quotes
    assert (q.speaker.name, q.speaker.entity) == ("Vladimir Putin", 1)


def test_sentence_subject_after_the_last_quote_is_the_pronoun_referent(h):
    text = (
        '"Harusnya mereka tarik dari situ aja," ujar Purbaya.\n'
        "Luhut sendiri mengaku heran dengan huru-hara tentang pembiayaan utang kereta cepat. "
        "Sebab, menurutnya saat ini utang itu hanya tinggal melalui proses restrukturisasi."
    )
    a = h.with_entities(text, [("Purbaya Yudhi Sadewa", "PER", ["Purbaya"]), ("Luhut Pandjaitan", "PER", ["Luhut"])])
    assert [(q.speaker.name, q.cue) for q in a.quotes] == [
        ("Purbaya Yudhi Sadewa", "ujar"),
        ("Luhut Pandjaitan", "mengaku"),
        ("Luhut Pandjaitan", "menurut"),
    ]


def test_subject_named_before_a_relative_clause_or_with_an_age(h):
    a = h.read(
        "Anthony Lee, yang bekerja di sebuah badan federal dan dirumahkan setelah penutupan pemerintah, "
        "mengatakan ia datang ke demonstrasi tersebut untuk melindungi layanan publik.\n"
        "Seorang warga yang tumbuh besar di Italia bernama Massimo Mascoli (68), mengatakan ia khawatir "
        "negaranya mengikuti jejak yang sama."
    )
    assert [q.speaker.name for q in a.quotes] == ["Anthony Lee", "Massimo Mascoli"]
