"""Who `-nya`, `ia`, `dia`, `pihaknya` and descriptions (`Wanita itu`, `Anak X itu`) point to
(issue #16, class 1), on sentence shapes from detik articles."""

from __future__ import annotations

import pytest

# (test id, text, entities given, the speakers of all quotes found, in order)
SPEAKERS = [
    (
        # the paragraph between is about Hambali; `ucapnya` is still the minister quoted before
        "person_named_inside_the_quote_is_not_its_speaker",
        '"Saya sudah menyampaikan bahwa status Hambali belum jelas," kata Menko Yusril Ihza Mahendra kepada '
        "wartawan.\n"
        "Pemerintah belum bisa memastikan status Hambali karena saat ditangkap di Thailand, Hambali memiliki paspor "
        "Spanyol.\n"
        '"Tapi, ketika dicek, apa sebenarnya kewarganegaraan Hambali ini? Belum bisa dipastikan," ucapnya.',
        [("Yusril Ihza Mahendra", "PER", ["Yusril Ihza Mahendra"]), ("Hambali", "PER", ["Hambali"])],
        ["Yusril Ihza Mahendra", "Yusril Ihza Mahendra"],
    ),
    (
        "an_organisation_quoted_directly_keeps_its_ujarnya",
        '"Stok BBM di seluruh SPBU aman menjelang libur panjang," kata Pertamina dalam keterangan tertulis.\n'
        '"Masyarakat tidak perlu khawatir dan membeli secukupnya," ujarnya.',
        [("Pertamina", "ORG", ["Pertamina"])],
        ["Pertamina", "Pertamina"],
    ),
    (
        "the_possessor_in_anak_x_itu_is_not_the_speaker",
        "Camillia Laetitia Azzahra, anak Ridwan Kamil, hadir di Bareskrim Polri, Senin (20/10/2025).\n"
        "Anak Ridwan Kamil itu mengatakan dirinya siap memberikan keterangan kepada penyidik tentang kasus itu.\n",
        [
            ("Camillia Laetitia Azzahra", "PER", ["Camillia Laetitia Azzahra"]),
            ("Ridwan Kamil", "PER", ["Ridwan Kamil"]),
            ("Bareskrim Polri", "ORG", ["Bareskrim Polri"]),
        ],
        ["Camillia Laetitia Azzahra"],
    ),
    (
        "wanita_itu_at_the_start_of_a_sentence_points_back",
        "Seorang wanita bernama Suci Anggraini melapor ke Polda Sumsel, Selasa (21/10/2025).\n"
        "Wanita itu mengaku menjadi korban fitnah oleh mantan rekan bisnisnya di media sosial.\n"
        '"Saya tidak terima difitnah seperti ini," katanya.',
        [("Suci Anggraini", "PER", ["Suci Anggraini"]), ("Polda Sumsel", "ORG", ["Polda Sumsel"])],
        ["Suci Anggraini", "Suci Anggraini"],
    ),
    (
        "pihaknya_as_subject_is_resolved",
        "Kapolres Bogor AKBP Rio Wahyu Anggoro menemui keluarga korban di Cibinong, Senin (20/10/2025).\n"
        "Pihaknya memastikan pelaku akan diproses sesuai hukum yang berlaku di Indonesia.",
        [("Rio Wahyu Anggoro", "PER", ["Rio Wahyu Anggoro"]), ("Cibinong", "LOC", ["Cibinong"])],
        ["Rio Wahyu Anggoro"],
    ),
    (
        # `X, anak Y, mendatangi …`: the subject is X, so a later `Ia` is X
        "subject_in_apposition_not_the_person_it_is_related_to",
        "Camillia Laetitia Azzahra, anak Ridwan Kamil, mendatangi Bareskrim Polri, Senin (20/10/2025).\n"
        "Ia mengatakan dirinya siap memberikan keterangan kepada penyidik tentang kasus itu.",
        [
            ("Camillia Laetitia Azzahra", "PER", ["Camillia Laetitia Azzahra"]),
            ("Ridwan Kamil", "PER", ["Ridwan Kamil"]),
        ],
        ["Camillia Laetitia Azzahra"],
    ),
    (
        "the_object_of_a_verb_is_not_the_subject_a_later_ia_means",
        "Menteri Luar Negeri Sugiono mengatakan kunjungan kenegaraan ke Malaysia sangat penting bagi kedua negara.\n"
        "Presiden Prabowo Subianto kemudian menugaskan Sugiono menyusun evaluasi kerja sama dengan negara "
        "tetangga.\n"
        "Ia menegaskan kerja sama itu harus menguntungkan rakyat Indonesia.",
        [("Sugiono", "PER", ["Sugiono"]), ("Prabowo Subianto", "PER", ["Prabowo Subianto"])],
        ["Sugiono", "Prabowo Subianto"],
    ),
    (
        "a_person_brought_in_as_the_agent_of_a_passive_is_who_dia_means",
        '"Kami sudah memeriksa sepuluh saksi," kata Kapolres Bogor AKBP Rio Wahyu Anggoro, Senin (20/10/2025).\n'
        "Penetapan tersangka itu dikonfirmasi oleh Kasubdit I Dittipidsiber Bareskrim Polri, Kombes Rizki Agung "
        "Prakoso, Minggu (19/10/2025). Dia menyebut berkas perkara segera dikirim ke kejaksaan.",
        [("Rio Wahyu Anggoro", "PER", ["Rio Wahyu Anggoro"]), ("Rizki Agung Prakoso", "PER", ["Rizki Agung Prakoso"])],
        ["Rio Wahyu Anggoro", "Rizki Agung Prakoso"],
    ),
    (
        "with_no_clear_subject_dia_is_not_the_person_just_named_as_an_object",
        "Pengusaha Andi Wijaya (45), Senin (20/10/2025), mendatangi Polda Metro Jaya untuk melaporkan Budi "
        "Santoso.\n"
        "Dia mengatakan uang investasinya senilai miliaran rupiah belum juga dikembalikan.",
        [("Andi Wijaya", "PER", ["Andi Wijaya"]), ("Budi Santoso", "PER", ["Budi Santoso"])],
        ["Andi Wijaya"],
    ),
]


@pytest.mark.parametrize(("text", "names", "speakers"), [c[1:] for c in SPEAKERS], ids=[c[0] for c in SPEAKERS])
def test_speakers_of_the_quotes(h, text, names, speakers):
    """A one-item list also says exactly one quote was found."""
    assert [q.speaker.name for q in h.with_entities(text, names).quotes] == speakers


def test_words_in_quotation_marks_after_ujarnya_are_the_person_last_quoted_not_an_organisation(h):
    text = (
        '"Kami sudah menyiapkan 20 posko di wilayah rawan banjir," kata Kepala Pelaksana BPBD DKI Jakarta '
        "Isnawa Adji, Senin (20/10/2025).\n"
        "BPBD DKI Jakarta juga mengimbau warga agar waspada terhadap genangan di jalan-jalan protokol.\n"
        '"Warga yang tinggal di bantaran kali kami minta segera mengungsi jika air naik," ujarnya.'
    )
    a = h.with_entities(text, [("Isnawa Adji", "PER", ["Isnawa Adji"]), ("BPBD", "ORG", ["BPBD"])])
    assert a.quotes[-1].kind == "direct"
    assert a.quotes[-1].speaker.name == "Isnawa Adji"


def test_a_relation_before_a_name_is_a_description_of_someone_else(h):
    text = "Anak Ridwan Kamil mengatakan dirinya siap memberikan keterangan kepada penyidik tentang kasus itu."
    a = h.with_entities(text, [("Ridwan Kamil", "PER", ["Ridwan Kamil"])])
    [q] = a.quotes
    assert q.speaker.name.lower() == "anak ridwan kamil"
