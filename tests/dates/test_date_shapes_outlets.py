"""Date shapes from other outlets' articles (issue #16, class 7)."""

import pytest

import warta


def _dates(text: str, published: str) -> list[tuple[str, str]]:
    art = warta.read({"text": text, "published": published}, layers=["dates"])
    return [(art.text[d.start : d.end], d.value) for d in art.dates if d.granularity != "time"]


CASES = [
    ("Insiden terjadi di Stadion Aji Imbut, 15 Juli lalu.", "2017-07-27", [("15 Juli", "2017-07-15")]),
    (
        "Enam napi pada pukul 21.00 WIB (4/5) dipindahkan ke Lapas Arga Makmur.",
        "2017-05-05",
        [("(4/5)", "2017-05-04")],
    ),
    (
        "Inflasi tercatat pada Januari, Februari, dan Maret 2025 masih rendah.",
        "2025-04-10",
        [("Januari", "2025-01"), ("Februari", "2025-02"), ("Maret 2025", "2025-03")],
    ),
    ("Harga naik pada Juni-Juli 2025 lalu.", "2025-08-01", [("Juni", "2025-06"), ("Juli 2025", "2025-07")]),
    ("Ia lahir pada 1 Januari di 2004.", "2025-01-01", [("1 Januari di 2004", "2004-01-01")]),
    ("Rapat akan digelar akhir minggu ini.", "2025-10-22", []),
    ("Dia datang pada awal pekan ini.", "2025-10-22", []),
    ("Ia baru tiba kemaren sore.", "2025-10-22", [("kemaren sore", "2025-10-21")]),
    ("Polisi menangkap pelaku pada Senin.", "2017-04-21", [("Senin", "2017-04-17")]),
    ("Tim itu bertahan hingga pukul 21.00 (3/4) tadi.", "2025-10-22", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_outlet_date_shapes(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text, published) == expected


def test_relative_day_in_quote_takes_the_day_it_was_said() -> None:
    got = _dates('"Kami berterima kasih kepada majelis hari ini," kata Firman kemarin.', "2017-12-29")
    assert got == [("hari ini", "2017-12-28"), ("kemarin", "2017-12-28")]
