"""Shapes of the thirty-ninth round (a blind-annotated IndoSum pool sample and whole-pool scans). Sentences
written for this file in the shapes of Indonesian news; each rule is also tested on the shapes it must
leave alone."""

from __future__ import annotations

import pytest

from .test_round36_shapes import _one_indirect, _quotes


# A prepositional phrase right after a verb of saying that is neither whom it was said to nor where it was
# said opens what was said: `pada` before a thing (`pada beberapa minuman …`), the ground of a statement
# after `melanjutkan` (`berdasarkan data …`). A view, claim, reason or threat a verb hands on before
# `bahwa` carries its subject's statement, as `memberikan keterangan bahwa …` does (grammar.json
# `stance_nouns`, `stance_verbs`).
@pytest.mark.parametrize(
    ("text", "speaker", "cue", "opens"),
    [
        (
            "Pakar gizi Tyrone Rodriguez diwawancarai.\n\nRodriguez mengatakan pada beberapa minuman yang diberi "
            "penambah rasa mengandung asam sitrat yang kuat.",
            "Tyrone Rodriguez",
            "mengatakan",
            "pada beberapa minuman",
        ),
        (
            "Pemilihan ketua OSIS digelar Senin.\n\nWakasek Agung Harry menambahkan pada Pemilu OSIS ini terdapat "
            "1.483 pemilih yang berasal dari siswa.",
            "Agung Harry",
            "menambahkan",
            "pada Pemilu OSIS ini",
        ),
        (
            "Bruno Zysman, CEO GoToMalls, hadir.\n\nZysman menjelaskan, pada fase pertama kolaborasi ini selain "
            "memfokuskan pada sistem jual beli, juga ingin menerapkan pembayaran online.",
            "Bruno Zysman",
            "menjelaskan",
            "pada fase pertama",
        ),
        (
            "Kepala Bidang Mitigasi PVMBG Gede Suantika memantau Gunung Agung.\n\nGede Suantika melanjutkan "
            "berdasarkan data dari Badan Meteorologi dan Klimatologi Geofisika (BMKG) tekanan magma saat ini "
            "berada pada kisaran 5 - 10 kilometer di bawah Gunung Agung.",
            "Gede Suantika",
            "melanjutkan",
            "berdasarkan data dari Badan Meteorologi",
        ),
        (
            "Perdana Menteri Inggris Theresa May berkunjung ke Yordania.\n\nMay, yang sedang melakukan lawatan di "
            "Jordania, mengulang pandangannya bahwa presiden AS itu sudah bertindak salah dengan menyebarkan video.",
            "Theresa May",
            "pandangannya",
            "presiden AS itu sudah bertindak salah",
        ),
        (
            "Ketegangan di Semenanjung Korea meningkat.\n\nAwal pekan lalu, Korut melayangkan ancaman bahwa "
            "negaranya telah mempertimbangkan secara serius rencana penyerangan ke Guam.",
            "Korea Utara",
            "ancaman",
            "negaranya telah mempertimbangkan",
        ),
        (
            "DPRD mengusulkan tambahan staf ahli.\n\nKemendagri menggunakan alasan bahwa penambahan staf ahli bagi "
            "pimpinan DPRD itu tidak sesuai dengan peraturan pemerintah yang baru.",
            "Kemendagri",
            "alasan",
            "penambahan staf ahli",
        ),
    ],
)
def test_what_was_said_opens(text: str, speaker: str, cue: str, opens: str) -> None:
    _one_indirect(text, speaker, cue, opens)


# Whom the words were said to, what was only done, and a stance noun with no `bahwa` stay out.
@pytest.mark.parametrize(
    "text",
    [
        "Menlu Retno Marsudi tiba di Kairo.\n\nRetno mengatakan pada wartawan di Kairo.",
        "Wali Kota Eri Cahyadi meninjau proyek.\n\nPemkot Surabaya melanjutkan pembangunan jalan berdasarkan "
        "rencana tahun lalu.",
        "Polisi menangkap dua tersangka.\n\nPolisi menggunakan alasan itu untuk menahan kedua tersangka.",
    ],
)
def test_addressee_and_act_stay_out(text: str) -> None:
    assert not [q for q in _quotes(text) if q[0] == "indirect"], _quotes(text)
