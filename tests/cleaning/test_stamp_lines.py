"""Publication stamps in the forms outlets set them above a story (their dates are not the story's:
the annotated sets list them as boilerplate and no date of theirs): other separators between the day
and the time, a reading time after it, a label before it. A body line with a date stays body."""

import pytest

import warta
from warta.cleaning.furniture import furniture_reason

STAMPS = [
    "Rabu, 22 Oktober 2025 | 14:30 WIB",
    "Senin, 20 Oktober 2025 - 14:30 WIB",
    "22 Okt 2025 14:30 WIB · waktu baca 3 menit",
    "Diperbarui: 22 Oktober 2025",
    "Published: Rabu, 22/10/2025 14:30 WIB",
    "Kompas.com - 22/10/2025, 14:30 WIB",
]


@pytest.mark.parametrize("line", STAMPS)
def test_stamp_is_furniture(line: str) -> None:
    assert furniture_reason(line) == "pagination"


@pytest.mark.parametrize(
    "line",
    [
        "Rapat digelar pada 22 Oktober 2025 pukul 14.30 WIB di gedung DPR.",
        "Diperbarui aturan itu pada 22 Oktober 2025 oleh menteri.",
    ],
)
def test_body_line_with_a_date_is_not(line: str) -> None:
    assert furniture_reason(line) is None


def test_stamp_dates_are_not_story_dates() -> None:
    text = (
        "Polisi Tangkap Pencuri Motor\n\nRabu, 22 Oktober 2025 | 14:30 WIB\n\n"
        "Polisi menangkap dua pelaku di Bekasi pada Selasa (21/10/2025) malam.\n\nKeduanya ditahan.\n"
    )
    art = warta.read({"text": text, "published": "2025-10-22"}, layers=["dates"])
    assert [(d.text, d.value) for d in art.dates if d.granularity != "time"] == [("Selasa (21/10/2025)", "2025-10-21")]
