import pytest

from warta.cleaning.dateline import find_dateline

CASES = [
    ("Liputan6.com, Moskow - Kim Jong Un dan Vladimir Putin", "Liputan6.com", "Moskow"),
    ("Jakarta - Presiden Prabowo Subianto menegaskan", None, "Jakarta"),
    ("JAKARTA, KOMPAS.com - Harga emas naik", "KOMPAS.com", "JAKARTA"),
    ("Jakarta, CNN Indonesia -- Badan Pusat Statistik mencatat", "CNN Indonesia", "Jakarta"),
    ("TEMPO.CO, Jakarta - Menteri Keuangan", "TEMPO.CO", "Jakarta"),
    ("Bisnis.com, JAKARTA — Bank Indonesia menahan", "Bisnis.com", "JAKARTA"),
    ("Jakarta (ANTARA) - Kementerian Kesehatan", "ANTARA", "Jakarta"),
    ("Liputan6.com, Jakarta: Polisi menangkap", "Liputan6.com", "Jakarta"),
    ("Nusa Dua, Bali (ANTARA) - Delegasi", "ANTARA", "Nusa Dua, Bali"),
    ("Kota Gaza, Palestina (ANTARA) - Serangan", "ANTARA", "Kota Gaza, Palestina"),
]


@pytest.mark.parametrize(("line", "outlet", "place"), CASES)
def test_dateline_forms(line: str, outlet: str | None, place: str) -> None:
    d = find_dateline(line, 0, len(line))
    assert d is not None
    assert (d.outlet, d.place) == (outlet, place)
    assert line[d.end :].startswith(" ")


@pytest.mark.parametrize(
    "line",
    [
        "Presiden Prabowo Subianto menegaskan pentingnya pengendalian inflasi.",
        "Kim Jong Un - pemimpin Korea Utara - tiba di Rusia dan disambut oleh banyak orang di sana.",
        "Jakarta -",
    ],
)
def test_no_dateline(line: str) -> None:
    assert find_dateline(line, 0, len(line)) is None
