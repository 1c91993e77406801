"""Shapes found on the sets opened in the fourteenth round (issue #16), written with other
sentences: a person named only by initials, a passive agent inside a relative clause on another
verb's object, `yang juga mantan <office> <name>` after a verb of saying, and degrees set off by
commas after a name."""

from __future__ import annotations

import pytest

import warta


def _quotes(text: str) -> list[tuple[str | None, str]]:
    art = warta.read({"id": "t", "text": text}, layers=["entities", "quotes"])
    return [(q.speaker.name if q.speaker else None, q.text) for q in art.quotes]


@pytest.mark.parametrize("intro", ["inisial RS", "berinisial RS"])
def test_initials_are_a_person_and_the_speaker_is_the_initials(intro: str) -> None:
    text = (
        "Kepala sekolah Budi Santoso menjelaskan banyak hal kepada wartawan di Kendal, Kamis (26/6).\n\n"
        f"Sementara itu, seorang wali murid, {intro}, mengatakan tidak mengetahui namanya masuk daftar bantuan.\n\n"
        '"Saya tidak pernah mendaftar sebagai keluarga miskin," kata RS di rumahnya.\n\n'
        '"Saya juga kaget," ujarnya.'
    )
    speakers = [sp for sp, _ in _quotes(text)]
    assert speakers == ["RS", "RS", "RS"]


def test_a_capitalised_acronym_without_initials_is_still_a_body() -> None:
    text = (
        "Ketua panitia Budi Santoso membuka acara itu di Jakarta.\n\n"
        "BPBD mengatakan jalur evakuasi sudah disiapkan sejak pagi.\n\n"
        '"Semua warga sudah aman," kata Budi.'
    )
    assert _quotes(text)[0][0] == "BPBD"


def test_agent_of_a_relative_clause_on_an_object_is_not_who_nya_means() -> None:
    text = (
        "Terpidana Andi Wijaya mengajukan peninjauan kembali. Hal itu diutarakan juru bicara pengadilan "
        "Budi Santoso.\n\n"
        '"Pada pokoknya, keberatan dengan putusan itu," ujar Budi kepada wartawan, Selasa (20/2).\n\n'
        "Budi tak merinci lebih jauh poin keberatan yang disampaikan Andi dalam permohonan itu. "
        "Namun, menurutnya, terdapat fakta yang dianggap bertentangan dalam putusan terdahulu.\n\n"
        '"Itu pokok-pokoknya," kata dia.'
    )
    speakers = [sp for sp, _ in _quotes(text)]
    assert speakers == ["Budi Santoso", "Budi Santoso", "Budi Santoso"]


def test_agent_of_a_passive_of_saying_opening_its_sentence_still_speaks() -> None:
    text = (
        "Ketua RT Bambang Wiyono memimpin kerja bakti di kampungnya.\n\n"
        "Hal senada disampaikan anggota DPRD Surabaya Ratna Kusuma. Ia menilai warga sudah sadar kebersihan."
    )
    assert _quotes(text)[-1][0] == "Ratna Kusuma"


@pytest.mark.parametrize("former", ["mantan", "eks"])
def test_yang_juga_former_office_runs_on_to_the_name(former: str) -> None:
    text = (
        "Lembaga Kajian Nusantara (LKN) menilai generasi muda mampu menghapus kemiskinan ekstrem.\n\n"
        '"Generasi kita sekarang mendapatkan kehormatan sejarah," ujar Pendiri LKN yang juga '
        f"{former} Menteri Perdagangan Rudi Hartono Wibisono dalam diskusi di Jakarta, Sabtu (4/11)."
    )
    assert _quotes(text)[-1][0] == "Rudi Hartono Wibisono"


def test_degrees_set_off_by_commas_are_not_the_subject() -> None:
    text = (
        "Kepala Dinas Kesehatan Kota Bogor dr. Siti Rahmawati, FINASIM, FICS, mengatakan fumigasi "
        "adalah cara pengendalian hama yang aman."
    )
    assert _quotes(text) == [("Siti Rahmawati", "fumigasi adalah cara pengendalian hama yang aman.")]


def test_an_acronym_after_a_comma_is_still_the_subject() -> None:
    text = "Kantor berita Rusia, TASS, melaporkan bahwa pertemuan itu berlangsung selama tiga jam."
    assert _quotes(text)[0][0] == "TASS"


def test_menurut_pronoun_then_a_named_aside_gives_the_name() -> None:
    text = (
        "Pengamat politik Budi Santoso memiliki pandangan lain terhadap ucapan Presiden Joko Widodo tersebut. "
        "Menurut dia, Budi menjelaskan, pemerintah Jokowi membutuhkan stabilitas dan dukungan politik yang kuat."
    )
    assert _quotes(text) == [
        ("Budi Santoso", "pemerintah Jokowi membutuhkan stabilitas dan dukungan politik yang kuat.")
    ]


def test_menurut_pronoun_without_an_aside_stays_the_pronouns() -> None:
    text = (
        "Pengamat politik Budi Santoso memiliki pandangan lain terhadap ucapan Presiden Joko Widodo tersebut. "
        "Menurut dia, Budi Santoso terlalu sering tampil di televisi."
    )
    assert _quotes(text)[0][1].startswith("Budi Santoso terlalu sering")


@pytest.mark.parametrize("voice", ["perlu didukung", "harus didukung", "seharusnya didukung"])
def test_an_obligation_after_reported_content_carries_it_on(voice: str) -> None:
    text = (
        "Pakar hukum Budi Santoso menilai kebebasan berpendapat tetap harus diimbangi tanggung jawab sosial. "
        f"Sistem informasi {voice} kebijakan moderasi konten yang adil."
    )
    assert _quotes(text)[0][1].endswith("moderasi konten yang adil.")


@pytest.mark.parametrize(
    "after",
    [
        "Gedung tersebut direnovasi dua tahun lalu.",  # the writer's report
        "Ia harus segera kembali ke kantornya.",  # about the speaker
        '"Kami harus siap," kata Wali Kota Ratna Kusuma.',  # someone else's words
    ],
)
def test_a_sentence_without_the_speakers_voice_is_not_run_on(after: str) -> None:
    text = f"Budi Santoso mengatakan gedung itu dibangun pada tahun 1990. {after}"
    assert _quotes(text)[0] == ("Budi Santoso", "gedung itu dibangun pada tahun 1990.")


def test_a_comma_after_the_verb_sets_off_a_verbless_statement() -> None:
    text = (
        "Hasil olah tempat kejadian menunjukkan tidak ada darah di mobil tersebut. Padahal, pengacara "
        "Budi Santoso mengatakan, Andi luka serius di beberapa bagian tubuhnya."
    )
    assert _quotes(text) == [("Budi Santoso", "Andi luka serius di beberapa bagian tubuhnya.")]


def test_a_verb_with_only_a_topic_and_no_comma_is_still_no_quote() -> None:
    text = "Kepala dinas Budi Santoso menjelaskan soal modus penipuan itu kepada warga desa."
    assert _quotes(text) == []


@pytest.mark.parametrize("verb", ["menyanggah", "mengatakan"])
def test_a_role_listing_its_fields_then_the_name_is_the_subject(verb: str) -> None:
    text = (
        "Kepala Biro Humas, Data, dan Informasi Kementerian Sosial Andi Wijaya "
        f"{verb} pihaknya melanggar kesepakatan dengan warga."
    )
    assert _quotes(text) == [("Andi Wijaya", "pihaknya melanggar kesepakatan dengan warga.")]


def test_memandang_with_a_comma_reports_a_view() -> None:
    text = "Bank Nusantara memandang, inflasi September sebesar 0,22 persen sesuai dengan prediksi."
    assert _quotes(text) == [("Bank Nusantara", "inflasi September sebesar 0,22 persen sesuai dengan prediksi.")]


def test_memandang_a_face_is_no_quote() -> None:
    assert _quotes("Ia memandang wajah anaknya dengan penuh haru di ruang tunggu rumah sakit.") == []
