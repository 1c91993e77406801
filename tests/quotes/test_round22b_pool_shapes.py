"""Shapes of the second pass of round twenty-two, found by reading Warta's quotes on unannotated
detik and IndoSum articles (issue #16, classes 1 and 8). Sentences written for this file in the
shapes of Indonesian news; each rule is also tested on the shape next to it that it must leave."""

from __future__ import annotations

import pytest

import warta


def _read(text: str) -> warta.Article:
    return warta.read(
        {"id": "t", "text": "JAKARTA - Warga mengungsi sejak pagi.\n\n" + text + "\n"}, layers=["entities", "quotes"]
    )


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker.name if q.speaker else None, q.text) for q in _read(text).quotes]


# The writer's own clause whose subject names no one (an adverb, a negation, `ada`, a verb or an
# abstract noun in -an heads it, and no word is a noun of people or of a source) is no quote.
@pytest.mark.parametrize(
    "text",
    [
        "Harga cabai terus naik. Jadi cukup beralasan mengapa para pedagang memilih menutup lapak lebih awal.",
        "Subsidi itu dipangkas tahun ini. Di sini, desain kebijakan perlu jujur mengakui bahwa beban itu timpang.",
        "Penjualan mobil listrik naik dua kali lipat. Gambaran ini menegaskan bahwa pasar sudah berubah.",
        "Program itu dimulai pada 2019. Lebih jauh, dalam menjelaskan arah kebijakan itu pemerintah memakai "
        "istilah baru yang kini ramai dipakai.",
        "Kegiatan ditutup dengan doa bersama, sekaligus menegaskan bahwa persatuan warga desa tetap terjaga.",
    ],
)
def test_a_subject_that_names_no_one_makes_no_quote(text):
    assert _quotes(text) == []


# ... while a subject that is a noun of people, a peN- doer, a source or a person's name opening
# the sentence keeps its quote.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Pasar sepi sejak Senin. Para pedagang mengatakan harga cabai naik dua kali lipat dalam sepekan.",
            "pedagang",
        ),
        ("Aksi berlangsung hingga sore. Pengunjuk rasa menegaskan mereka akan kembali pekan depan.", "Pengunjuk rasa"),
        ("Hujan turun sejak pagi. Kritikus menilai kebijakan itu terlalu tergesa-gesa.", "Kritikus"),
        (
            "Sekolah itu sudah lama rusak. Media lokal melaporkan bahwa atap kelas itu ambruk pada Senin pagi "
            "karena hujan deras.",
            "lokal",
        ),
    ],
)
def test_a_subject_that_names_someone_keeps_its_quote(text, speaker):
    got = _quotes(text)
    assert got, text
    assert speaker.lower() in (got[0][0] or "").lower()


# A person called by a word that is also a town's name (`Bima`, `Victoria`): the entities layer
# reads the word as a place, but a place that speaks is the person whose name opens with it.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Alat pemantau udara itu dikembangkan tim yang diketuai Dr. Bimasena Adi Pratama. "Biayanya jauh '
            'lebih murah dari alat milik pemerintah," kata Bima di kampus, Senin (20/10/2025).',
            "Bimasena Adi Pratama",
        ),
        (
            "Keluarga itu pindah ke London tahun lalu bersama sang ibu, Victoria Beckham. Victoria mengaku "
            'mendekorasi rumah itu sendiri. "Ini rumah tua dan saya suka warnanya," kata Victoria.',
            "Victoria Beckham",
        ),
    ],
)
def test_a_place_that_speaks_is_the_person_named_by_its_word(text, speaker):
    got = _quotes(text)
    assert got and all(s == speaker for s, _t in got), got


def test_a_place_named_as_a_place_keeps_its_name():
    got = _quotes('Banjir melanda Bima sejak Senin. "Air sudah surut," kata Kepala BPBD Bima, Rahmat Hidayat.')
    assert got and got[0][0] == "Rahmat Hidayat"
