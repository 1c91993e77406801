"""A name's first words read as the end of the post before it go back to the name: a Balinese
`I`/`Ni` with its birth-order name, the Sasak title `Lalu`, a particle with the given names
before it (`Joao Angelo de Sousa Mota`)."""

import pytest

import warta


def _people(text: str) -> dict[str, str | None]:
    art = warta.read({"text": text, "published": "2025-10-20"}, layers=["entities"])
    return {e.canonical: e.role for e in art.entities if e.label == "PER"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Kegiatan itu dibuka Asisten I Bidang Pemerintahan dan Kesra Setda Kabupaten Badung "
            "I Made Agus Suryawan. Ia menyambut baik acara tersebut.",
            "I Made Agus Suryawan",
            "Asisten I Bidang Pemerintahan dan Kesra Setda Kabupaten Badung",
        ),
        (
            "Bupati Lombok Tengah Lalu Pathul Bahri meninjau lokasi banjir, Senin (20/10).",
            "Lalu Pathul Bahri",
            "Bupati Lombok Tengah",
        ),
        (
            "Rapat itu dihadiri Wakil Menteri Pertanian Sudaryono, Direktur Utama Agrinas Pangan Nusantara "
            "Joao Angelo de Castro Neves, serta Wakil Bupati Bekasi Asep Surya Atmaja.",
            "Joao Angelo de Castro Neves",
            "Direktur Utama Agrinas Pangan Nusantara",
        ),
    ],
)
def test_name_front_leaves_the_post(text: str, name: str, role: str) -> None:
    assert _people(text).get(name) == role


def test_post_ending_in_a_numeral_keeps_it() -> None:
    people = _people("Asisten I Setda Kabupaten Badung Ketut Suryanata membuka acara itu.")
    assert people.get("Ketut Suryanata") == "Asisten I Setda Kabupaten Badung"
