"""Round 28: a person the tagger reads whose last name is also a common word (`Pribadi`, `Bakti`,
`Dewi`, `Putra`) is a person when the article never writes that word in lower case; where it does
(`Nine Box … tiap box`), the capitals name a thing. Sentences written for the tests; the tagger's
spans are given, as it reads them in longer articles."""

from __future__ import annotations

import pytest

from warta.document.input import to_article
from warta.entities import extract


def _people(text: str, tagged: list[str]) -> set[str]:
    a = to_article(text)
    spans = []
    for name in tagged:
        pos = a.norm.find(name)
        spans.append((pos, pos + len(name), "PER"))
    return {e.canonical for e in extract(a, tagged=sorted(spans)) if e.label == "PER"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tim penguji terdiri dari Kombes Andi Wirawan dari Divisi Hukum dan Brigjen Yoga Surya Bakti "
            "dari Pusat Kedokteran Kepolisian.",
            "Yoga Surya Bakti",
        ),
        (
            "Polisi menahan seorang pengusaha dan sopirnya, Rahmat Pribadi, di Bekasi pada Senin malam.",
            "Rahmat Pribadi",
        ),
        ("Lagu itu dinyanyikan ulang oleh penyanyi Kanada Melinda Cara dalam konser amal.", "Melinda Cara"),
    ],
)
def test_a_tagged_name_closing_with_a_common_word_is_a_person(text: str, name: str) -> None:
    assert name in _people(text, [name])


def test_a_tagged_run_whose_last_word_the_article_writes_in_lower_case_is_no_person() -> None:
    text = (
        "Kinerja pegawai dipetakan dengan matriks Nine Box sejak tahun lalu. Tiap box menggambarkan "
        "kinerja dan potensi seorang pegawai."
    )
    assert "Nine Box" not in _people(text, ["Nine Box"])
