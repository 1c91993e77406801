"""Words a scrape glued together at link text (issue #16 class 5): a verb of saying or a function
word before a name (`diberitakanKyodo`), detik's channels inside a chunk (`dikutipdetikOto`,
`PantauandetikBalidi`), a function word after an acronym or English plural (`BNNdi`, `Timesdi`)
and two names run together (`SariWulandari`) are split; camel-case names stay whole. Offsets stay
those of the original text."""

import pytest

from warta.segmentation import tokenize


def toks(text: str) -> list[str]:
    return [text[t.start : t.end] for t in tokenize(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("seperti diberitakanKyodo News hari ini", ["seperti", "diberitakan", "Kyodo", "News", "hari", "ini"]),
        ("Hal itu dikutipdetikOto, Selasa.", ["Hal", "itu", "dikutip", "detikOto", ",", "Selasa", "."]),
        ("MelansirdetikTravel dariLe Monde", ["Melansir", "detikTravel", "dari", "Le", "Monde"]),
        ("PantauandetikBalidi lokasi", ["Pantauan", "detikBali", "di", "lokasi"]),
        ("kata dia kepadadetikJatim,Kamis", ["kata", "dia", "kepada", "detikJatim", ",", "Kamis"]),
        ("ujarnya saat dihubungidetikcomdalam pesan", ["ujarnya", "saat", "dihubungi", "detikcom", "dalam", "pesan"]),
        ("ditulis harian New York Timesdi Amerika", ["ditulis", "harian", "New", "York", "Times", "di", "Amerika"]),
        ("petugas BNNdi Bandara", ["petugas", "BNN", "di", "Bandara"]),
        ("istrinya SariWulandari hadir", ["istrinya", "Sari", "Wulandari", "hadir"]),
        ("Pengurus DPC SlemanKetua Joko", ["Pengurus", "DPC", "Sleman", "Ketua", "Joko"]),
    ],
)
def test_glued_words_are_split(text: str, expected: list[str]) -> None:
    assert toks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "McDonald iPhone YouTube DeepSeek PlayStation KompasTV MotoGP LaLiga detikNews detikcom",
        "Budi Medan Jadi Hadi Sudan Kendari Merauke Ramadan",  # names that end like a function word
        "TechCrunch DailySocial SteelSeries DiCaprio",  # English compounds and `Di`-names
        "detik detikers sedetik",
    ],
)
def test_names_stay_whole(text: str) -> None:
    assert toks(text) == text.split()


def test_offsets_point_into_the_original_text() -> None:
    text = "Info itu dilansirdetikHealthdariAl Jazeera."
    tokens = tokenize(text, 0, len(text))
    assert [text[t.start : t.end] for t in tokens] == [
        "Info",
        "itu",
        "dilansir",
        "detikHealth",
        "dari",
        "Al",
        "Jazeera",
        ".",
    ]
    assert all(a.end <= b.start for a, b in zip(tokens, tokens[1:], strict=False))
