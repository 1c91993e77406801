"""Round 26: the whole part of a decimal number after a name (a score, a measure, a version) is
not the name's numeral; sentences written for the tests."""

from __future__ import annotations

import warta


def _names(text: str) -> dict[str, str]:
    return {e.canonical: e.label for e in warta.read(text, layers=["entities"]).entities}


def test_a_score_after_a_body_is_cut_off() -> None:
    names = _names(
        "Nilai indeks tertinggi diraih Kementerian Perindustrian dengan 71,4, disusul "
        "Kementerian Pertanian 68,2 dan Kementerian Sosial 64,9."
    )
    assert "Kementerian Pertanian" in names
    assert "Kementerian Sosial" in names
    assert not any(n.endswith(("68", "64")) for n in names)


def test_a_measure_after_a_place_is_cut_off() -> None:
    names = _names("Rata-rata waktu bongkar muat di Pelabuhan Tanjung Emas 3,4 hari pada pekan lalu.")
    assert names.get("Pelabuhan Tanjung Emas") == "LOC"


def test_a_body_cut_so_joins_the_body_of_that_name() -> None:
    entities = warta.read(
        "Kemendag menyambut baik hasil survei itu. Skor tertinggi diraih Kemenkeu yakni 3,41, "
        "disusul Kemendag 3,37, dan Kemenhub 3,20.",
        layers=["entities"],
    ).entities
    names = [e.canonical for e in entities]
    assert names.count("Kemendag") == 1
    assert "Kemendag 3" not in names


def test_a_name_s_own_numeral_stays() -> None:
    names = _names("Siswa SMP 2 Denpasar dan SMA 4 Denpasar meraih juara dalam lomba itu.")
    assert "SMP 2 Denpasar" in names
