"""Round 35 (second wave): a body and a person's name written side by side (`Ditjen Dikti Khairul`,
`veteran MotoGP Valentino Rossi`) were read as one body; when the article calls the person by the
name (or by one of its words) elsewhere, the body's words join the body and the name the person.
A bare head word and a committee's numeral stay (`anggota Komisi III DPR`). Sentences written for
the tests in detik's and CNN Indonesia's styles (the names come from the unannotated pool)."""

from __future__ import annotations

import warta


def _entities(text: str) -> dict[str, tuple[str, list[str]]]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: (e.label, [m.text for m in e.mentions]) for e in ents}


def test_a_directorate_s_short_name_before_its_official() -> None:
    text = (
        "Direktorat Jenderal Pendidikan Tinggi atau Ditjen Dikti Kemdiktisaintek memantau kasus perundungan "
        "di kampus itu. Ditjen Dikti Khairul meyakini pihak kampus akan transparan menangani kasus ini. "
        "Khairul juga meminta mahasiswa melapor."
    )
    names = _entities(text)
    assert "Ditjen Dikti Khairul" not in names
    assert names["Khairul"][0] == "PER"
    assert len(names["Khairul"][1]) == 2


def test_a_racing_series_before_its_rider() -> None:
    text = (
        "Bos tim Mercedes Toto Wolff berencana mengundang pebalap veteran MotoGP Valentino Rossi untuk "
        "menjalani tes mobil Formula 1. Rossi sendiri menyambut positif rencana Wolff."
    )
    names = _entities(text)
    assert "MotoGP Valentino Rossi" not in names
    assert names.get("Valentino Rossi", ("", []))[0] == "PER"


def test_a_committee_s_numeral_is_no_name() -> None:
    text = (
        "Rencana angket ini bermula dari rencana anggota Komisi III DPR yang meminta Komisi Pemberantasan "
        "Korupsi membuka rekaman pemeriksaan."
    )
    names = _entities(text)
    assert "III DPR" not in names
