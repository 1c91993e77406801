"""A line-up's coach written as a label with a colon is a person with that post, even a one-word
name or a name with an initial, and even glued to the last player; a byline after a sentence of
the story is no line-up."""

import warta


def _people(text: str) -> dict[str, str | None]:
    art = warta.read({"text": text, "published": "2025-10-20"}, layers=["entities"])
    return {e.canonical: e.role for e in art.entities if e.label == "PER"}


LINE_UP = (
    "Persela menang 2-0 atas tamunya di Stadion Surajaya, Sabtu (18/10).\n\n"
    "Persela: Dwi Kuswanto; Eky Taufik, Arif Satria, Samsul Arif, Ivan Carlos.\n\n"
    "Pelatih: Aji Santoso\n\n"
    "Semen Padang: Teja Paku Alam; Hengki Ardiles, Novan Sasongko, Irsyad Maulana.\n\n"
    "Pelatih: Nilmaizar\n\n"
    "Arema: Kurniawan Kartika; Hamka Hamzah, Ricky Kayame, Dedik SetiawanPelatih: Joko S Susilo"
)


def test_coaches_of_a_line_up() -> None:
    people = _people(LINE_UP)
    assert people.get("Nilmaizar") == "Pelatih"
    assert people.get("Joko S Susilo") == "Pelatih"
    assert people.get("Aji Santoso") == "Pelatih"


def test_byline_is_no_line_up() -> None:
    text = (
        "Gubernur Sumatera Selatan menilai lintasan reli Tanjung Senai siap menggelar kejuaraan.\n\n"
        "Penulis: Noverta Salyadi\n\nHal itu disampaikan usai meninjau lintasan."
    )
    assert "Noverta Salyadi" not in _people(text)
