"""Round 33: a line that only credits a story's sources (`Sumber: Engadget dan Gigabyte.`,
`Sumber berita PhoneArena.`) names each source as a cited outlet or a company (GUIDELINES: cited
media are ORG), even one the tagger read as a person. Articles written for the tests in the
style of IndoSum's gadget news."""

from __future__ import annotations

import warta


def _names(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.label for e in ents}


_STORY = (
    "Kartu grafis kelas atas identik dengan ukuran besar yang memakan banyak ruang di dalam casing PC. "
    "Makin tinggi performanya, makin bongsor pula dimensinya.\n\n"
    "Zotrix mencoba mematahkan anggapan tersebut lewat kartu grafis mungil terbarunya. Meski pendek, "
    "performanya dijamin tidak berbeda dari versi standar.\n\n"
    "Sayangnya sejauh ini belum ada informasi terkait harga dan ketersediaannya.\n\n"
)


def test_a_source_line_names_outlets_and_the_maker() -> None:
    names = _names(_STORY + "Sumber: Kotaku dan Zotrix.")
    assert names.get("Kotaku") == "ORG"
    assert names.get("Zotrix") == "ORG"


def test_a_source_line_without_a_colon() -> None:
    names = _names(_STORY + "Sumber berita Gadgetzine dan gambar header Zotrix.")
    assert names.get("Gadgetzine") == "ORG"


def test_a_source_in_running_text_is_not_a_source_line() -> None:
    names = _names(_STORY + "Sumber tersebut menyebutkan bahwa Zotrix akan merilisnya bulan depan.")
    assert "Sumber" not in names
