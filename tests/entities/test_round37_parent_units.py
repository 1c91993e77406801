"""Round 37: a unit, its acronym in brackets and its listed parent body (`Inspektorat Pengawasan Umum
(Itwasum) Polri`, `Pusat Penerangan Hukum (Puspenkum) Kejaksaan Agung`, `Komisi Disiplin (Komdis)
PSSI`, `Badan Anggaran (Banggar) DPR RI`) are one body's name, as the gold reads `Inspektorat
Pengawasan Umum Polri` and `Komisi II DPR RI`; the acronym written alone later is that body, and the
parent stays a body of its own. Sentences written for the tests in the detik and IndoSum styles (the
shapes come from the unannotated pool)."""

from __future__ import annotations

import warta


def _entities(text: str) -> dict[str, tuple[str, list[str]]]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: (e.label, [m.text for m in e.mentions]) for e in ents}


def test_an_inspectorate_of_the_police() -> None:
    text = (
        "Seleksi diawasi Inspektorat Pengawasan Umum (Itwasum) Polri agar akuntabel. Itwasum juga "
        "memeriksa semua berkas peserta."
    )
    ents = _entities(text)
    label, mentions = ents["Inspektorat Pengawasan Umum Polri"]
    assert label == "ORG" and "Itwasum" in mentions
    assert ents["Polri"][0] == "ORG"


def test_a_disciplinary_committee_of_the_federation() -> None:
    text = (
        "Melalui rilis keputusan Komisi Disiplin (Komdis) PSSI, pemain itu dilarang bertanding tiga "
        "laga. Komdis juga menjatuhkan denda Rp 10 juta."
    )
    ents = _entities(text)
    assert ents["Komisi Disiplin PSSI"][0] == "ORG"
    assert "Komdis" in ents["Komisi Disiplin PSSI"][1]


def test_a_budget_board_of_the_house_with_the_country_after_it() -> None:
    text = (
        "Ketua Badan Anggaran (Banggar) DPR RI Said Abdullah mengatakan usulan itu ditolak. Banggar "
        "meminta Otorita IKN merevisi rencananya."
    )
    ents = _entities(text)
    label, mentions = ents["Badan Anggaran DPR RI"]
    assert label == "ORG" and "Banggar" in mentions
