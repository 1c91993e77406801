"""A club or company written between a short post and a foreign name, with nothing else in the
article to show where it ends (`Direktur Olahraga Lille Luis Campos`, `Pemain Milwaukee Bucks
Malcolm Brogdon`): the name begins at its known given name and the words before it go to the
post; an Indonesian name whose first word is no known given name keeps it."""

import pytest

import warta


def _people(text: str) -> dict[str, str | None]:
    art = warta.read({"text": text, "published": "2025-10-20"}, layers=["entities"])
    return {e.canonical: e.role for e in art.entities if e.label == "PER"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Direktur Teknik Rennes Carlos Mendes menilai skuad muda itu siap bersaing. "
            "Menurut Mendes, latihan pramusim berjalan lancar.",
            "Carlos Mendes",
            "Direktur Teknik Rennes",
        ),
        (
            "Pemain Denver Nuggets Michael Porter terpilih sebagai pemain terbaik pekan ini. "
            "Ia mencetak 30 poin dalam laga terakhir.",
            "Michael Porter",
            "Pemain Denver Nuggets",
        ),
    ],
)
def test_body_before_a_given_name_goes_to_the_post(text: str, name: str, role: str) -> None:
    assert _people(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Menurut Bupati Ramdan Denny Prakoso, inflasi di daerahnya masih rendah. "
            "Denny menambahkan, harga pangan terjaga.",
            "Ramdan Denny Prakoso",
        ),
        (
            "Kasatreskrim Sapto Hadi Wibowo membenarkan penangkapan itu. Hadi menyebut pelaku sudah ditahan.",
            "Sapto Hadi Wibowo",
        ),
    ],
)
def test_indonesian_first_name_is_kept(text: str, name: str) -> None:
    assert name in _people(text)
