"""Round 26: whatever name a word of quoting opens (`dilansir`, `melansir`, `dikutip dari`,
`mengutip`, `diberitakan`) is a cited outlet, an organisation, listed or not, even where the
tagger read a person or a place; sentences written for the tests."""

from __future__ import annotations

import pytest

import warta


def _labels(text: str) -> dict[str, str]:
    return {e.canonical: e.label for e in warta.read(text, layers=["entities"]).entities}


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Melansir Riverside Gazette, polisi menahan dua remaja di dekat stasiun.", "Riverside Gazette"),
        ("Harga tiket naik dua kali lipat, seperti dikutip dari Kabar Selatan, Kamis (3/4/2025).", "Kabar Selatan"),
        ("Pabrik itu ditutup sejak Maret, dikutip dari Tirto.", "Tirto"),
        ("Mengutip Times of Ceylon, hujan deras merendam 40 desa.", "Times of Ceylon"),
        ('"Kami siap," kata sang pelatih seperti diberitakan Sportwelt.', "Sportwelt"),
    ],
)
def test_the_name_a_word_of_quoting_opens_is_an_outlet(text: str, outlet: str) -> None:
    assert _labels(text).get(outlet) == "ORG"


def test_a_day_after_the_outlet_is_not_part_of_its_name() -> None:
    labels = _labels("Dilansir Kabar Selatan Minggu (19/10/2025), banjir merendam 40 desa.")
    assert labels.get("Kabar Selatan") == "ORG"
    assert "Kabar Selatan Minggu" not in labels


@pytest.mark.parametrize(
    "text",
    [
        "Pernyataan itu disampaikan dalam keterangan tertulis, dikutip Selasa (3/2/2025).",
        "Hal itu diketahui dikutip dari Pengumuman Nomor 12 Tahun 2025.",
    ],
)
def test_a_day_or_common_words_after_the_word_of_quoting_are_no_outlet(text: str) -> None:
    assert not any(label == "ORG" for label in _labels(text).values())


def test_a_person_named_after_the_word_of_quoting_stays_a_person() -> None:
    text = (
        "Menteri Keuangan Sri Mulyani menolak usul itu. "
        "Mengutip Sri Mulyani, defisit anggaran tetap di bawah tiga persen."
    )
    assert _labels(text).get("Sri Mulyani") == "PER"


def test_an_outlet_quoted_where_a_paragraph_opens_is_kept() -> None:
    # the capital of a word that opens a line says nothing: `Melansir` does not make `Courier`
    # a piece of a longer name
    text = (
        "Gadis itu akan menjadi ibu termuda di negaranya.\n\n"
        "Melansir Courier, polisi menyebut ayah dari bayi itu seorang remaja."
    )
    assert _labels(text).get("Courier") == "ORG"
