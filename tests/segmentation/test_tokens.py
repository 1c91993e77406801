"""Tokens on real Indonesian news shapes: abbreviations, numbers, dates, times, URLs, clitics."""

import pytest

from warta.segmentation import tokenize


def toks(text: str) -> list[str]:
    return [text[t.start : t.end] for t in tokenize(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("di Jl. Sudirman No. 5", ["di", "Jl.", "Sudirman", "No.", "5"]),
        ("PT. Bank Central Asia Tbk. naik", ["PT.", "Bank", "Central", "Asia", "Tbk.", "naik"]),
        (
            "oleh dr. Eliza dan Prof. Ir. H. Ahmad, S.H., M.Si.",
            ["oleh", "dr.", "Eliza", "dan", "Prof.", "Ir.", "H.", "Ahmad", ",", "S.H.", ",", "M.Si."],
        ),
        ("Jend. Sudirman dan Kol. Budi", ["Jend.", "Sudirman", "dan", "Kol.", "Budi"]),
        ("Rp 1,2 triliun atau 2,65%", ["Rp", "1,2", "triliun", "atau", "2,65", "%"]),
        ("sebanyak 1.000,5 ton", ["sebanyak", "1.000,5", "ton"]),
        ("Rabu (13/9/2023) pukul 10.30 WIB", ["Rabu", "(", "13/9/2023", ")", "pukul", "10.30", "WIB"]),
        ("lihat https://www.detik.com/berita. Atau", ["lihat", "https://www.detik.com/berita", ".", "Atau"]),
        ("kirim ke redaksi@detik.com segera", ["kirim", "ke", "redaksi@detik.com", "segera"]),
        ("B. J. Habibie", ["B.", "J.", "Habibie"]),
        ("tunggu... lalu", ["tunggu", "...", "lalu"]),
        ("batasan-batasan tertentu", ["batasan-batasan", "tertentu"]),
        ("dilansir Liputan6.com kemarin", ["dilansir", "Liputan6.com", "kemarin"]),
        ("beras, gula, dll. dan", ["beras", ",", "gula", ",", "dll.", "dan"]),
        ("a.n. Menteri", ["a.n.", "Menteri"]),
    ],
)
def test_tokens(text: str, expected: list[str]) -> None:
    assert toks(text) == expected


def test_clitics_are_marked_not_split() -> None:
    text = "katanya rumahnya sekolah masalah bukankah pulanglah"
    tokens = tokenize(text, 0, len(text))
    stems = {text[t.start : t.end]: (text[t.start : t.clitic] if t.clitic else None) for t in tokens}
    assert stems["katanya"] == "kata"
    assert stems["rumahnya"] == "rumah"
    assert stems["bukankah"] == "bukan"
    assert stems["pulanglah"] == "pulang"
    assert stems["sekolah"] is None
    assert stems["masalah"] is None
