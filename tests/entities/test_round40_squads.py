"""Round 40 (pernames): the players a match report lists in its line-up lines, the scorers in
brackets after a result's score and the referee's line after the coach's are persons
(entities/squads.py, line_ups.py). Passages written for the tests in the house styles of
IndoSum's sport pages (CNN Indonesia, Antara, Goal, JUARA.net); names invented or common."""

from __future__ import annotations

import warta

_REPORT = (
    "Persiba Raya menang 2 - 1 atas Putra Samudra di Stadion Mandiri, Sabtu (4 / 3). Gol Persiba dicetak "
    "Agus Santoso dan Budi Hartono, sedangkan gol balasan dicetak Rudi Kurniawan. Pelatih Persiba, "
    "Hendra Wijaya, puas dengan hasil itu.\n\n"
)


def _people(text: str) -> set[str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    names = set()
    for e in ents:
        if e.label == "PER":
            names |= {e.canonical, *(m.text for m in e.mentions)}
    return names


def _labels(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {m.text: e.label for e in ents for m in e.mentions}


def test_one_word_surnames_of_a_formation_line_are_persons() -> None:
    text = _REPORT + (
        "Persiba Raya (4 - 4 - 2): Hartono; Agus Santoso, Budi Hartono, Rudi Kurniawan, Holding; "
        "Mustafi, Chambers, Xhaka, Andi Saputra; Lacazette, Kondogbia\n\n"
        "Pelatih: Hendra Wijaya\n\n"
        "Putra Samudra (4 - 3 - 3): Joko Susilo; Ahmad Fauzi, Dwi Kurniawan, Bambang Pamungkas, Eko Prasetyo; "
        "Agung Setiawan, Wahyu Hidayat, Rizky Ramadhan\n\n"
        "Pelatih: Yusuf Effendi"
    )
    people = _people(text)
    for name in ("Holding", "Mustafi", "Chambers", "Xhaka", "Lacazette", "Kondogbia"):
        assert name in people, name


def test_a_numbered_bench_line_is_read_after_the_side_line() -> None:
    text = _REPORT + (
        "Persiba Raya: 1 Agus Santoso; 21 Budi Hartono, 4 Rudi Kurniawan, 3 Dedi Sulistyo, 2 Eko Prasetyo\n\n"
        "Cadangan: 27 Dede Sulaiman, 28 Andri Ibo, 44 Yohanis Tjoe, 23 Prisca Womsiwor, 11 Zalnando"
    )
    people = _people(text)
    for name in ("Dede Sulaiman", "Andri Ibo", "Yohanis Tjoe", "Prisca Womsiwor", "Zalnando"):
        assert name in people, name


def test_the_scorers_in_brackets_after_a_score_are_persons() -> None:
    text = (
        "Hasil Liga Primer, Selasa (4 / 4 / 2017):\n\n"
        "Burnley 1 - 0 Stoke City (Gerry Boydell 58 ')\n\n"
        "Leicester City 2 - 0 Sunderland (Ismail Slimano 69 ', Jimmy Vardon 78 ')"
    )
    people = _people(text)
    for name in ("Gerry Boydell", "Ismail Slimano", "Jimmy Vardon"):
        assert name in people, name


def test_a_referee_line_after_the_coach_line_is_a_person() -> None:
    text = _REPORT + (
        "Persiba Raya: 1 - Agus Santoso, 28 - Budi Hartono, 35 - Rudi Kurniawan, 4 - Dedi Sulistyo\n\n"
        "Pelatih: Hendra Wijaya\n\n"
        "Wasit: Mauro Marinetti"
    )
    assert "Mauro Marinetti" in _people(text)


def test_a_coach_name_with_a_particle_is_read_whole() -> None:
    text = _REPORT + (
        "Persiba Raya: Agus Santoso; Budi Hartono, Rudi Kurniawan, Dedi Sulistyo, Eko Prasetyo\n\n"
        "Pelatih: Gomes de Oliveira"
    )
    assert "Gomes de Oliveira" in _people(text)


def test_a_list_of_places_or_clubs_is_no_line_up() -> None:
    text = (
        "Banjir melanda Bekasi, Bogor, Depok, Tangerang, Karawang dan Cikarang, Sabtu (4 / 3).\n\n"
        "Klub peserta: Arsenal, Chelsea, Liverpool, Everton, Burnley"
    )
    labels = _labels(text)
    assert all(label != "PER" for label in labels.values()), labels


def test_a_bench_line_is_read_when_some_of_its_names_were_read_as_bodies_or_places() -> None:
    text = _REPORT + (
        "Persiba Raya: Agus Santoso, Budi Hartono, Rudi Kurniawan, Dedi Sulistyo, Eko Prasetyo, Joko Susilo\n\n"
        "Cadangan: Ahmad Fauzi, Valencia, Dwi Kurniawan, Bambang Pamungkas, Bandung, Soler, Maksimovic."
    )
    people = _people(text)
    for name in ("Soler", "Maksimovic"):
        assert name in people, name


def test_a_bare_post_in_a_list_of_guests_is_no_person() -> None:
    text = _REPORT + "Hadir: Agus Santoso, Budi Hartono, Rudi Kurniawan, Kapolda, Dandim"
    people = _people(text)
    assert "Kapolda" not in people and "Dandim" not in people, people
