"""Date shapes the third round's blind sets showed: an anniversary that names its year by its
number (`HUT ke-80 RI`, `HUT Republik Indonesia ke-72`), the constitution named with its year
(`Undang-Undang Dasar 1945`), and a day whose month is a typo (`Senin (1/2)` in a report of
9 December: the Monday the 1st a week before)."""

import pytest

import warta


def _dates(text: str, published: str) -> list[tuple[str, str]]:
    art = warta.read({"text": text, "published": published}, layers=["dates"])
    return [(d["text"], d["value"]) for d in art.to_dict()["dates"]]


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        (
            "Mereka bertemu saat upacara HUT Republik Indonesia ke-72.",
            "2017-08-18",
            [("HUT Republik Indonesia ke-72", "2017-08-17")],
        ),
        ("Lomba itu digelar menyambut HUT ke-80 RI di desa.", "2025-08-10", [("HUT ke-80 RI", "2025-08-17")]),
        (
            "Polres menggelar bakti sosial dalam rangka HUT Bhayangkara ke-79.",
            "2025-07-02",
            [("HUT Bhayangkara ke-79", "2025-07-01")],
        ),
        (
            "Hak itu dijamin dalam Pembukaan Undang-Undang Dasar 1945.",
            "2025-08-31",
            [("Undang-Undang Dasar 1945", "1945")],
        ),
        (
            "Guru itu menjalani sidang putusan di Pengadilan Negeri Kolaka, Senin (1/2). Hakim menjatuhkan vonis.",
            "2025-12-09",
            [("Senin (1/2)", "2025-12-01")],
        ),
        # a weekday that fits the written day in a year near publication is no typo
        ("Sidang digelar Senin (3/2) lalu.", "2025-02-10", [("Senin (3/2)", "2025-02-03")]),
    ],
)
def test_date_shapes(text: str, published: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, published) == want


def test_anniversary_without_number_needs_a_prefix() -> None:
    # `HUT RI` with no number names no year; on its own it is no date
    assert _dates("Panitia HUT RI sibuk menyiapkan lomba.", "2025-08-10") == []
