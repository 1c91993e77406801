"""More forms of a page's own date line (issue #16, round 16): a stamp alone on its line with no time,
seconds, `pukul`, `Jum'at`, ISO or dashed digits, a byline or a read count beside it. Its date is the
page's, not the story's (the annotated sets list such lines as boilerplate). A body line that starts
with a date and goes on as a sentence stays body. Lines written for this test."""

import pytest

import warta
from warta.cleaning.furniture import furniture_reason


@pytest.mark.parametrize(
    "line",
    [
        "Selasa, 22 Agustus 2017",
        "22 Agustus 2017",
        "Jum'at, 25 Agustus 2017 10:15 WIB",
        "Selasa, 22 Agustus 2017 10:15 WIB - Dibaca 1.234 kali",
        "22 Agustus 2017 10:15:33",
        "Selasa, 22 Agustus 2017 pukul 10:15 WIB",
        "Oleh Budi Santoso pada 22 Agustus 2017 10:15",
        "Selasa, 22 Agustus 2017 | 10:15 WIB | Oleh: Budi",
        "Senin, 21 Agustus 2017 / 10:15 WIB",
        "2017-08-22 10:15:00",
        "22-08-2017 10:15",
        "Selasa, 22 Agustus 2017 10:15 WIB Editor : Ani",
        "Rabu 23 Agustus 2017, 08:00 WIB (Diperbarui)",
        "Update: 22 Agustus 2017 10:15",
        "Dirilis Selasa, 22 Agustus 2017 10:15 WIB",
    ],
)
def test_page_date_line_is_furniture(line: str) -> None:
    assert furniture_reason(line) == "pagination"


@pytest.mark.parametrize(
    "line",
    [
        "22 Agustus 2017 Presiden meresmikan jalan tol itu.",
        "Selasa, 22 Agustus 2017, Presiden meresmikan jalan tol itu.",
        "Oleh karena itu pada 22 Agustus 2017 ia datang.",
        "Sabtu, 1 Juli 2017: hari pertama sekolah.",
        "Senin, 22 Agustus 2017 - rapat pertama",
        "Tanggal 22 Agustus 2017 menjadi hari bersejarah.",
    ],
)
def test_sentence_opening_with_a_date_is_body(line: str) -> None:
    assert furniture_reason(line) is None


def test_page_date_line_gives_no_story_date() -> None:
    text = (
        "Jalan Tol Baru Diresmikan\n\nJum'at, 25 Agustus 2017 10:15 WIB - Dibaca 1.234 kali\n\n"
        "Presiden meresmikan jalan tol itu pada Kamis (24/8/2017).\n\nTol itu sepanjang 40 kilometer.\n"
    )
    art = warta.read({"text": text, "published": "2017-08-25"}, layers=["dates"])
    assert [(d.text, d.value) for d in art.dates if d.granularity != "time"] == [("Kamis (24/8/2017)", "2017-08-24")]
