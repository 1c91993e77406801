"""A pronoun speaker (`Dia menyebut, …`, `Menurut dia, …`) after a sentence that brings in a new
person: that person, not the one quoted before, is who the pronoun means. Three shapes hid the
new person from the resolver: a fronted phrase with a preposition before the subject (`Berbeda
dengan X, Y justru …`), a sentence with no verb of its own that names the person as the agent
of a passive after a role run of plain nouns (`Seperti yang disampaikan oleh salah satu pedagang
di Pasar X, Y.`), and a subject whose predicate is the modal `enggan`. Sentences written for this
file; each test also keeps the shape where the earlier speaker is still meant."""

from __future__ import annotations

import pytest

import warta


def _speakers(text: str) -> list[tuple[str, str]]:
    art = warta.read({"id": "t", "text": text}, layers=["entities", "quotes"])
    return [(q.speaker.name if q.speaker else "", q.text) for q in art.quotes]


def _speaker_of(text: str, start: str) -> str:
    return next(sp for sp, t in _speakers(text) if t.startswith(start))


QUOTED_FIRST = (
    "JAKARTA, KOMPAS.com - Bambang Sutrisno (27) mendaftar menjadi calon legislatif.\n\n"
    '"Saya ingin memperbaiki cara kerja parlemen," kata Bambang.\n\n'
)


@pytest.mark.parametrize(
    "opener",
    ["Berbeda dengan Bambang,", "Tidak seperti Bambang,", "Dibandingkan dengan Bambang,"],
)
def test_a_fronted_phrase_does_not_hide_the_subject(opener):
    text = (
        QUOTED_FIRST + f"{opener} Siti Rahmawati (25) justru memilih melamar menjadi pegawai negeri. "
        "Dia menyebut, bekerja di pemerintahan lebih cepat membawa perubahan bagi warga.\n"
    )
    assert _speaker_of(text, "bekerja di pemerintahan") == "Siti Rahmawati"


def test_a_name_after_the_preposition_is_still_no_subject():
    text = (
        QUOTED_FIRST + "Ia sempat berdiskusi dengan Siti Rahmawati soal rencana itu. "
        "Dia menyebut, bekerja di parlemen lebih cepat membawa perubahan bagi warga.\n"
    )
    assert _speaker_of(text, "bekerja di parlemen") == "Bambang Sutrisno"


def test_the_agent_of_a_verbless_sentence_after_a_plain_noun_role():
    text = (
        "SOLO - Ketua panitia, Hendra Wijaya, menyiapkan pembukaan festival.\n\n"
        '"Sudah ada 300 peserta," kata Hendra.\n\n'
        "Namun warga belum banyak yang tahu. Seperti yang disampaikan oleh salah satu pedagang batik "
        "di Pasar Klewer, Sumarni. Menurut dia, festival itu baru diketahui dari spanduk di jalan.\n"
    )
    assert _speaker_of(text, "festival itu baru") == "Sumarni"


def test_an_agent_whose_role_run_holds_a_verb_is_not_taken():
    text = (
        "SOLO - Ketua panitia, Hendra Wijaya, menyiapkan pembukaan festival.\n\n"
        '"Sudah ada 300 peserta," kata Hendra.\n\n'
        "Hal itu disampaikan sambil menunjukkan daftar peserta dari Sragen, Klaten. "
        "Menurut dia, festival itu baru diketahui dari spanduk di jalan.\n"
    )
    assert _speaker_of(text, "festival itu baru") == "Hendra Wijaya"


def test_a_subject_reluctant_to_comment_is_who_dia_means_next():
    text = (
        "TEMPO.CO, Jakarta - Hakim Ratna Dewi menunda sidang praperadilan itu.\n\n"
        '"Termohon sudah kami panggil secara patut," ucap Ratna.\n\n'
        "Kuasa hukum pemohon, Yoga Pratama enggan berkomentar lebih jauh. Dia mengatakan, jika "
        "termohon tidak hadir lagi, sidang tetap harus dilanjutkan.\n"
    )
    assert _speaker_of(text, "jika termohon") == "Yoga Pratama"
