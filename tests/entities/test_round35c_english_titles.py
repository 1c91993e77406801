"""Round 35 (third wave): a capitalised run holding an English common noun or clause word (`The
Woman in Me`, `My Trip My Adventure`, `Caps Lock`) is the title of a work, a show or a product, which
GUIDELINES does not count as an entity; the tagger read it as a person. The people named beside it
stay. Sentences written for the tests in the pool outlets' style (the title shapes come from the
unannotated pool)."""

from __future__ import annotations

import warta


def _names(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.label for e in ents}


def test_a_keyboard_model_is_no_person() -> None:
    text = (
        "Produsen juga memperbesar tombol Caps Lock kiri dan Backspace sehingga lebih mudah dijangkau "
        "jari. Salah satu papan ketik paling legendaris adalah IBM Model M tahun 1984, kata Hendra Wijaya."
    )
    names = _names(text)
    assert "Model M" not in names and "Caps Lock" not in names
    assert names.get("Hendra Wijaya") == "PER"


def test_a_song_in_a_set_list_is_no_person() -> None:
    text = (
        "Grup itu membuka konser dengan lagu Solid Ground. Mereka lalu membawakan lagu Me, Myself, and I "
        "serta Whiskey Woman sebelum Indra Lesmana naik ke panggung."
    )
    names = _names(text)
    assert "Whiskey Woman" not in names
    assert names.get("Indra Lesmana") == "PER"


def test_a_show_after_its_presenter_is_no_person() -> None:
    text = (
        "Hutan ini sangat cantik, terang presenter My Trip My Adventure kelahiran Bandung itu. Nadine "
        "Chandra menambahkan bahwa hutan itu terancam."
    )
    names = _names(text)
    assert not any("My Trip" in n for n in names)
    assert names.get("Nadine Chandra") == "PER"


def test_a_person_also_written_without_the_title_stays() -> None:
    text = (
        "Motivator Mario Teguh Golden Ways kembali tampil di televisi. Mario mengatakan acaranya "
        "akan tayang setiap Minggu malam."
    )
    names = _names(text)
    assert any(n.startswith("Mario") for n in names)
