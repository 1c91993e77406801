"""Round 34 (issue #12): a film's or a novel's plot told in a review or a release story is fiction,
no one's act (`Sarinah membunuh Darto`, `diceritakan Bima dikutuk`); the acts of the real people in
the same story (a festival's praise, a producer's thanks) still are, and a crime story that names a
`film porno` twice is no story about a work of fiction."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

REVIEW = (
    "Jakarta - Film Perempuan Bukit yang dibintangi Laras Wibisono menuai pujian di Festival Film Busan.\n\n"
    "Film karya sutradara Gilang Ramadhan itu mengisahkan perjuangan seorang petani yang menjadi sosok "
    "Sarinah, janda yang tinggal sendirian di lereng bukit.\n\n"
    "Suatu malam, seorang rentenir bernama Darto datang dan mengancam Sarinah. "
    "Dengan penuh keberanian, Sarinah membunuh Darto di dapur rumahnya.\n\n"
    "Produser Maya Kartika mengucapkan terima kasih kepada Gilang Ramadhan atas kerja kerasnya."
)


def test_a_characters_act_in_the_plot_is_no_event() -> None:
    assert acts(REVIEW, "ASSAULT") == []
    assert acts(REVIEW, "THREATEN") == []


def test_a_plot_word_before_the_act_tells_the_plot() -> None:
    text = (
        "Jakarta - Sekuel film laga itu kembali dibintangi Dimas Pratama.\n\n"
        "Pada kisah sebelumnya, diceritakan Bima dikutuk menjadi batu oleh seorang penyihir.\n\n"
        "Film tersebut dijadwalkan tayang bulan depan."
    )
    assert acts(text, "DISAPPROVE") == []


def test_the_real_people_of_the_story_still_act() -> None:
    said = [x[0] for x in acts(REVIEW, "SUPPORT")]
    assert len(said) == 2 and "pujian" in said[0] and "terima kasih" in said[1]


def test_a_crime_story_naming_a_film_is_no_fiction() -> None:
    text = (
        "Bandung - Polisi menangkap seorang pria bernama Darto karena menyebarkan film porno lewat grup "
        "WhatsApp.\n\nDarto menyerang petugas saat hendak ditangkap, kata Kapolres. Film itu kini disita."
    )
    assert [x[0] for x in acts(text, "ASSAULT")] == ["menyerang"]
