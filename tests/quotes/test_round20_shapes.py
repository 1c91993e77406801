"""Shapes of the twentieth round (issue #16, class 8: other outlets' house styles). Sentences
written for this file in the shapes of Indonesian news; each rule is also tested on the shape
next to it that it must leave alone."""

from __future__ import annotations

import pytest

import warta


def _speakers(text: str) -> list[tuple[str, str | None]]:
    art = warta.read(
        {"id": "t", "text": "JAKARTA - Warga mengungsi sejak pagi.\n\n" + text + "\n"}, layers=["entities", "quotes"]
    )
    return [(q.text, q.speaker.name if q.speaker else None) for q in art.quotes]


# A role phrase whose head word no title list holds (`Penasihat`, `Kalakhar`), set off by a comma
# from the person's name: the person speaks, not the body named inside the role.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Hasan Basri, Penasihat Media UNRWA mengatakan bahwa badan tersebut telah menyusun rencana "
            "untuk membuka kembali sekolah di Gaza.",
            "Hasan Basri",
        ),
        (
            '"Jembatan darurat itu hanyut terbawa arus," kata Kalakhar Badan Penanggulangan Bencana Daerah '
            "(BPBD) Kabupaten Klaten, Sugeng Riyadi, saat dikonfirmasi, Selasa (21/10/2025).",
            "Sugeng Riyadi",
        ),
    ],
)
def test_a_role_set_off_by_a_comma_from_its_holder_means_the_holder(text, speaker):
    assert [s for _t, s in _speakers(text)] == [speaker]


def test_a_body_that_speaks_for_itself_stays_the_speaker():
    # no person holds the phrase as a role: the body itself is the speaker
    text = (
        "Sementara itu, Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Klaten mengatakan bahwa "
        "jembatan darurat itu hanyut terbawa arus sungai."
    )
    assert [s for _t, s in _speakers(text)] == ["Badan Penanggulangan Bencana Daerah Kabupaten Klaten"]


# Text damage: a scrape that drops the break between two paragraphs glues the next sentence to
# the stop before it (`kata Heru.Ditemui …`). The glued sentence opens a new paragraph, so a
# pronoun after it means the person it introduces, not the person quoted before the glue.
def test_a_glued_paragraph_starts_a_new_paragraph_for_pronouns():
    text = (
        '"Kami mohon sidang bisa dipercepat," kata Heru.Ditemui usai sidang, ketua tim hukum terdakwa, '
        "Aga Khan enggan berkomentar lebih jauh. Dia mengatakan, jika jaksa tidak hadir pekan depan, "
        "majelis hakim diharapkan tetap melanjutkan sidang."
    )
    assert [s for _t, s in _speakers(text)] == ["Heru", "Aga Khan"]


def test_a_glued_sentence_that_links_back_stays_in_its_paragraph():
    # `…terjaga.Pertama, …`: only the space was lost; the enumeration goes on with the statement
    text = (
        "Kepala Perwakilan Bank Indonesia Jawa Timur Budi Santoso menyebut ada beberapa hal yang mendorong "
        "inflasi tetap terjaga.Pertama, stabilitas nilai tukar rupiah dan kedua, harga pangan yang terkendali."
    )
    (quote,) = _speakers(text)
    assert quote[0].endswith("harga pangan yang terkendali.")
    assert quote[1] == "Budi Santoso"


# ANTARA's house style puts the scene of the saying between the name and the verb, with its own
# verb-shaped words and relative clause: `X dalam keterangan tertulis yang diterima ANTARA di
# Jakarta, Senin, mengatakan …`. The subject is the name before the scene.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Menteri Pertanian Andi Amran Sulaiman dalam keterangan tertulis yang diterima ANTARA di Jakarta, "
            "Senin, mengatakan penambahan kuota itu untuk menjaga produksi padi nasional.",
            "Andi Amran Sulaiman",
        ),
        (
            "Kepala BPS Jawa Tengah Sentot Bangun Widoyono dalam keterangan tertulis di Semarang, Rabu, menjelaskan "
            "inflasi terutama dipicu kenaikan harga beras.",
            "Sentot Bangun Widoyono",
        ),
        (
            "Ketua Umum PSSI Erick Thohir melalui keterangan resmi yang diterima di Jakarta, Kamis, menyatakan "
            "bahwa tim nasional akan berlaga di Piala Asia.",
            "Erick Thohir",
        ),
    ],
)
def test_the_scene_between_a_name_and_its_verb_is_not_the_subject(text, speaker):
    assert [s for _t, s in _speakers(text)] == [speaker]


def test_a_role_that_points_back_keeps_its_preposition():
    # `pada Kejaksaan Agung` belongs to the description that points back, not a scene
    text = (
        "Kejaksaan Agung menahan dua tersangka baru. Direktur Penyidikan pada Kejaksaan Agung Abdul Qohar "
        "memeriksa keduanya. Direktur Penyidikan pada Kejaksaan Agung ini mengatakan bahwa penyidik masih "
        "menelusuri aliran dana kedua tersangka."
    )
    assert [s for _t, s in _speakers(text)] == ["Abdul Qohar"]


def test_a_quotation_opened_by_a_fragment_word_is_no_run_on():
    # `"Terutama …," katanya.` after reported content is a direct quote of its own: the reported
    # statement before it stops at its sentence and both are kept
    text = (
        "Kepala Bagian Humas BMKG, Harry Tirto Djatmiko, mengatakan masyarakat perlu mewaspadai banjir dan "
        'tanah longsor. "Terutama warga yang tinggal di lereng bukit," katanya.'
    )
    assert _speakers(text) == [
        ("masyarakat perlu mewaspadai banjir dan tanah longsor.", "Harry Tirto Djatmiko"),
        ("Terutama warga yang tinggal di lereng bukit,", "Harry Tirto Djatmiko"),
    ]


# An interjected `kata X,` whose comma before `kata` the writer left out (`Perubahan kata dia,
# tidak perlu …`): the part after the speaker's comma is what was said. The noun `kata` (`mengutip
# kata Bung Karno`, `dengan kata lain`) stays no cue.
@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            '"Kalau sudah punya kekuasaan, suka lupa daratan," kata Arkani Putri kepada wartawan. Arkani yakin '
            "bisa membuat perubahan. Perubahan kata dia, tidak perlu dilakukan dengan cara langsung terjun ke "
            "dunia politik.",
            "tidak perlu dilakukan dengan cara langsung terjun ke dunia politik.",
            "Arkani Putri",
        ),
        (
            "Dengan teknologi yang inovatif ini kata Wakil Presiden Jusuf Kalla, pemerintah tentunya akan menghemat "
            "anggaran negara yang terbatas.",
            "pemerintah tentunya akan menghemat anggaran negara yang terbatas.",
            "Jusuf Kalla",
        ),
    ],
)
def test_kata_without_its_comma_before_still_interjects(text, said, speaker):
    assert (said, speaker) in _speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dalam pidatonya ia mengutip kata Bung Karno, bahwa bangsa yang besar menghargai jasa pahlawannya.",
        "Dengan kata lain, pemerintah harus menaikkan anggaran pendidikan tahun depan.",
    ],
)
def test_the_noun_kata_is_no_cue(text):
    assert _speakers(text) == []


# A second verb of saying inside reported content starts a second statement by the same
# speaker: after a comma, a contrast and a pronoun (`…, namun ia memastikan …`), or after a comma
# with `bahwa` (`…, menegaskan bahwa …`). An action verb after a comma (`…, melanjutkan lima rute`)
# does not split the statement.
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Menteri Perdagangan Budi Santoso menjelaskan stok daging masih akan ditambah hingga 30 ribu ton, "
            "namun ia memastikan ketersediaan daging di gudang Bulog cukup sampai Juli.",
            "stok daging masih akan ditambah hingga 30 ribu ton",
            "ketersediaan daging di gudang Bulog cukup sampai Juli.",
        ),
        (
            "Kapolri Tito Karnavian mengatakan pelaku sudah diketahui identitasnya, tetapi ia menegaskan polisi "
            "belum akan mengumumkan nama pelaku.",
            "pelaku sudah diketahui identitasnya",
            "polisi belum akan mengumumkan nama pelaku.",
        ),
        (
            "Duta Besar Korea Utara untuk PBB Choe Myong-nam menegaskan negaranya tidak takut akan ancaman sanksi "
            "baru, menegaskan bahwa Pyongyang akan terus mempercepat program nuklirnya.",
            "negaranya tidak takut akan ancaman sanksi baru",
            "Pyongyang akan terus mempercepat program nuklirnya.",
        ),
    ],
)
def test_a_second_verb_of_saying_starts_a_second_statement(text, first, second):
    assert [t for t, _s in _speakers(text)] == [first, second]


def test_an_action_verb_after_a_comma_keeps_one_statement():
    text = (
        "Gubernur Jakarta Budi Santoso memaparkan pemerintah akan membuka 10 rute baru bus pengumpan, "
        "melanjutkan lima rute yang telah lebih dulu dioperasikan."
    )
    assert len(_speakers(text)) == 1


# An epithet closed by a demonstrative whose description holds a `ber-` word (`Pria berusia 45
# tahun itu`, `Lelaki berkacamata itu`) is the subject of the verb after it and points back at
# the person named before, not a clause of its own.
@pytest.mark.parametrize(
    "epithet",
    ["Pria berusia 45 tahun itu", "Pria beristrikan Siti Aminah itu", "Lelaki berkacamata itu"],
)
def test_an_epithet_with_a_ber_word_points_back(epithet):
    text = (
        '"Harga beras naik terus," ujar Budi Santoso, pedagang di Pasar Induk Cipinang. '
        f"{epithet} mengatakan pembeli kini berkurang drastis sejak bulan lalu."
    )
    assert _speakers(text)[-1] == ("pembeli kini berkurang drastis sejak bulan lalu.", "Budi Santoso")


def test_membantah_a_noun_phrase_with_a_relative_clause_is_no_statement():
    # `membantah beberapa poin yang disampaikan jaksa`: what is denied is named, not said
    text = (
        '"Saya tidak pernah menipu siapa pun," kata Nikita Mirzani usai persidangan. Nikita kemudian '
        "membantah beberapa poin yang disampaikan jaksa penuntut umum dalam sidang."
    )
    assert [t for t, _s in _speakers(text)] == ["Saya tidak pernah menipu siapa pun,"]


# Wire style: after a direct quote's attribution, a second verb of saying set off by a comma
# carries an indirect statement of the same speaker, with `bahwa` or without it; a topic after
# that verb (`menjelaskan soal sanksi baru`) is no statement.
@pytest.mark.parametrize(
    ("tail", "said"),
    [
        ("menambahkan negaranya siap berunding kapan saja.", "negaranya siap berunding kapan saja."),
        ("menyebut modus serupa terjadi di Jakarta Barat.", "modus serupa terjadi di Jakarta Barat."),
        ("menambahkan bahwa negaranya siap berunding kapan saja.", "negaranya siap berunding kapan saja."),
    ],
)
def test_a_verb_of_saying_after_the_attribution_adds_a_statement(tail, said):
    text = f'"Kami tidak akan mundur," kata Menteri Luar Negeri Iran Javad Zarif, {tail}'
    assert _speakers(text) == [("Kami tidak akan mundur,", "Javad Zarif"), (said, "Javad Zarif")]


def test_a_topic_after_the_attribution_adds_nothing():
    text = '"Kami tidak akan mundur," kata Menteri Luar Negeri Iran Javad Zarif, menjelaskan soal sanksi baru.'
    assert _speakers(text) == [("Kami tidak akan mundur,", "Javad Zarif")]
