"""Round 24 (issue #12, events recall): evaluative speech with no lexicon word.

A quoted speaker judging a named other party is SUPPORT (praise) or DISAPPROVE (fault), actor the
speaker, recipient the judged party (``warta.events.evaluative``): the party is the subject of a
strongly polar InSet word, in a sentence with a verb of judging (`menilai`, `menurut`) or in a
copula (`X adalah orang yang idiot`); or the speaker's own feeling for the party (`Saya sangat suka
Gaga`). A flat denial by the speaker in a story of an accusation is REJECT (`Tidak benar,` jawab X;
`kami belum pernah membuat proposal`). Not a situation judged, not a verb of an act, not negated
praise read as praise, not hypothetical, not a question.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


def test_praise_after_a_verb_of_judging() -> None:
    text = (
        "Jakarta - Pengamat pendidikan Arman Salam menilai Menteri Pendidikan Abdul Mu'ti berhasil "
        "meningkatkan kualitas pendidikan dasar di daerah."
    )
    assert acts(text, "SUPPORT") == [("berhasil", "Arman Salam", "Abdul Mu'ti")]


def test_insult_in_a_copula() -> None:
    text = (
        "Jakarta - Legenda sepak bola Diego Maradona kembali mengeluarkan pernyataan keras. "
        '"Dani Alves adalah orang yang idiot," kata Maradona kepada wartawan di Buenos Aires.'
    )
    got = acts(text, "DISAPPROVE")
    assert ("idiot", "Diego Maradona", "Dani Alves") in got


def test_the_speakers_feeling_for_a_named_party() -> None:
    text = (
        "Jakarta - Penyanyi Celine Dion memberikan pendapatnya soal Lady Gaga. "
        '"Saya sangat suka Gaga. Dia tahu apa yang harus dilakukan," kata Dion kepada wartawan.'
    )
    assert ("suka", "Celine Dion", "Lady Gaga") in acts(text, "SUPPORT")


def test_a_flat_denial_in_a_story_of_an_accusation() -> None:
    text = (
        "Jakarta - Ketua alumni pondok Zaenal Abidin membantah tudingan soal proposal dana. "
        '"Sekali lagi, kami belum pernah membuat proposal," ujar Zaenal Abidin kepada wartawan.'
    )
    got = acts(text, "REJECT")
    assert any(t == "belum pernah" and a == "Zaenal Abidin" for t, a, _r in got)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            'Jakarta - Pengurus pondok membantah tudingan soal permintaan dana. "Kami tegaskan bahwa pihak '
            'pondok pesantren tidak pernah membuat proposal," kata Ketua Yayasan Ahmad Fauzi.',
            "tidak pernah",
        ),
        (
            'Jakarta - Rapper Nelly ditahan polisi atas tuduhan pemerkosaan. "Saya sangat syok menjadi '
            'target dengan tuduhan yang tidak benar," kata Nelly dalam pernyataannya.',
            "tidak benar",
        ),
    ],
)
def test_a_denial_asserted_or_of_the_accusation(text: str, trigger: str) -> None:
    assert any(t == trigger for t, _a, _r in acts(text, "REJECT"))


@pytest.mark.parametrize(
    "text",
    [
        # a situation judged, no party
        'Jakarta - Kepala BMKG Dwikorita Karnawati menilai cuaca buruk akan bertahan. "Cuaca buruk '
        'masih terjadi," kata Dwikorita.',
        # the party is no subject judged (`ke Dave, ambil gitar`)
        'Jakarta - Musisi Taylor Hawkins bercerita. "Dia cuma datang ke Dave, ambil gitar akustik," '
        "kata Hawkins menurut majalah itu.",
        # the speaker's verb reaches a party in another clause
        'Jakarta - Ketua KPK Agus Rahardjo memaparkan capaian. "Hari ini saya laporkan, KPK sudah '
        'bekerja," tutur Agus.',
        # a denial with no accusation in the story
        'Jakarta - Warga bernama Budi Santoso bercerita soal banjir. "Saya tidak pernah melihat banjir '
        'setinggi ini," kata Budi Santoso.',
    ],
)
def test_no_judgement_read(text: str) -> None:
    got = [a for ty in ("SUPPORT", "DISAPPROVE", "REJECT") for a in acts(text, ty)]
    assert got == []
