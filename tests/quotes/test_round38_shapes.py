"""Shapes of the thirty-eighth round (IndoSum pool read by outlet). Sentences written for this file in
the shapes of Indonesian news; each rule is also tested on the shapes it must leave alone."""

from __future__ import annotations

import pytest

import warta


def _vias(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    art = warta.read({"id": "t", "text": "Jakarta, CNN Indonesia -- Warga mengungsi sejak pagi.\n\n" + text + "\n"})
    return [(q.kind, q.speaker.name if q.speaker is not None else None, q.cue, q.via) for q in art.quotes]


# A quotation that goes on in the next paragraph with no verb of saying of its own is the same
# interview as the quote before it: it was taken from the same medium.
@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        (
            "Wali Kota London Sadiq Khan menolak penundaan pemilu.\n\n“ Satu hal yang bisa kita lakukan adalah "
            "menunjukkan bahwa kita tidak takut, ” kata Khan, dilansir Reuters, Minggu (4 / 6).\n\n“ Saya tidak "
            "menyarankan penundaan pemilu. Saya percaya pada demokrasi. ”",
            "Sadiq Khan",
            "Reuters",
        ),
        (
            'Wesley Sneijder resmi bergabung dengan Al Gharafa.\n\n"Saya sangat gembira berada di sini. Saya '
            'merasa sangat diterima," tukas eks kapten timnas Belanda itu dilansir Gulf Times.\n\n"Dari yang saya '
            'dengar, tim ini punya banyak pemain muda berkualitas."',
            "Wesley Sneijder",
            "Gulf Times",
        ),
    ],
)
def test_continued_quotation_keeps_the_medium(text: str, speaker: str, via: str) -> None:
    got = _vias(text)
    assert [q[3] for q in got if q[0] == "direct"] == [via, via], got
    assert got[-1][1] == speaker and got[-1][2] is None


def test_continued_quotation_without_a_medium_gets_none() -> None:
    got = _vias(
        "Wali Kota London Sadiq Khan menolak penundaan pemilu.\n\n“ Satu hal yang bisa kita lakukan adalah "
        "menunjukkan bahwa kita tidak takut, ” kata Khan, Minggu (4 / 6).\n\n“ Saya tidak menyarankan "
        "penundaan pemilu. Saya percaya pada demokrasi. ”"
    )
    assert [q[3] for q in got if q[0] == "direct"] == [None, None], got


# A medium quoted as the source of a statement is also where the article took it from.
@pytest.mark.parametrize(
    ("text", "medium"),
    [
        (
            "Sementara itu, The Sun melaporkan gadis tersebut tinggal bersama keluarganya di bagian timur Inggris.",
            "The Sun",
        ),
        (
            "Sharapova, yang menderita cedera pada pertandingan putaran pertama, mundur dari turnamen di "
            "Cincinnati menjelang Grand Slam terakhir tahun ini, lapor Reuters.",
            "Reuters",
        ),
        ("Tuttosport mengklaim Juventus sedang mencari gelandang kreatif masa depan.", "Tuttosport"),
    ],
)
def test_medium_as_source_is_the_via(text: str, medium: str) -> None:
    got = _vias(text)
    assert [(q[1], q[3]) for q in got] == [(medium, medium)], got


def test_person_as_source_gets_no_via() -> None:
    got = _vias("Pelatih Juventus Massimiliano Allegri mengklaim timnya sedang mencari gelandang kreatif.")
    assert [q[3] for q in got] == [None], got


# The medium a source spoke to, named after `kepada`, is the via when its name ends on a word of
# media; a verb of saying the lexicon lacks (`buka`) reads it as `kata` does; a person spoken to is none.
@pytest.mark.parametrize(
    ("text", "via"),
    [
        ('"Dani Alves adalah orang yang idiot dan tidak tahu apa-apa," buka Maradona kepada TyC Sports.', "TyC Sports"),
        (
            '"Tidak ada masalah yang tidak bisa diselesaikan dengan rekonsiliasi," kata Menteri Luar Negeri '
            "Turki Mevlut Cavusoglu kepada Qatari News Agency (QNA) saat tiba di Doha, Rabu (14 / 6).",
            "Qatari News Agency",
        ),
        (
            "Kepada Entertainment Weekly, Iggy pernah mengatakan bahwa dirinya sangat menikmati menjadi model "
            "lukisan tanpa busana.",
            "Entertainment Weekly",
        ),
        (
            '"Mereka bilang mereka menyebut saya raja. Saya bukan raja," katanya kepada acara Fox News '
            '"Sunday Morning Futures."',
            "Fox News",
        ),
        ('"Kami akan datang ke Istana untuk berdialog," kata Budi kepada Presiden Joko Widodo.', None),
        (
            "Kepada DailySocial, CEO Seekmi Clarissa Leung menjelaskan penambahan tiga layanan ini akan menjadi "
            "solusi bagi pengguna.",
            None,
        ),
    ],
)
def test_medium_spoken_to_is_the_via(text: str, via: str | None) -> None:
    got = _vias(text)
    assert [q[3] for q in got] == [via], got
