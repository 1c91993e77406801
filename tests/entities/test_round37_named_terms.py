"""Round 37: a term written in capitals and shortened like a body's name (`Surat Berharga Negara
(SBN)`, `Data Terpadu Kesejahteraan Sosial (DTKS)`, `Skala Richter (SR)`, `Survei Status Gizi
Indonesia (SSGI)`) is a document, a measure, a data set or a survey, which GUIDELINES does not count
as an entity; the tagger read the name or its acronym alone as a body. The bodies named beside it
stay. Sentences written for the tests in the detik style (the shapes come from the unannotated pool)."""

from __future__ import annotations

import warta


def _names(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    out = {e.canonical: e.label for e in ents}
    out.update({m.text: e.label for e in ents for m in e.mentions})
    return out


def test_state_bonds_are_no_body() -> None:
    text = (
        "Bank Indonesia (BI) memutuskan berbagi beban untuk mendanai program prioritas. Dukungan itu "
        "diberikan melalui pembelian Surat Berharga Negara (SBN) di pasar sekunder. Pembelian SBN itu "
        "mencapai Rp 200 triliun."
    )
    names = _names(text)
    assert "SBN" not in names and "Surat Berharga Negara" not in names
    assert names.get("Bank Indonesia") == "ORG"


def test_a_quake_scale_is_no_body() -> None:
    text = (
        "Gempa berkekuatan 5,1 Skala Richter (SR) mengguncang Kabupaten Sukabumi, Jawa Barat. Gempa "
        "5,1 SR itu dirasakan hingga Bogor, kata Badan Nasional Penanggulangan Bencana (BNPB)."
    )
    names = _names(text)
    assert "SR" not in names and "Skala Richter" not in names
    assert names.get("BNPB") == "ORG"


def test_a_data_set_is_no_body() -> None:
    text = (
        "Penerima bantuan diambil dari Data Terpadu Kesejahteraan Sosial (DTKS) milik Kementerian Sosial. "
        "Warga yang belum masuk DTKS diminta mendaftar ke kelurahan."
    )
    names = _names(text)
    assert "DTKS" not in names and "Data Terpadu Kesejahteraan Sosial" not in names
    assert names.get("Kementerian Sosial") == "ORG"


def test_a_dismissal_is_no_body() -> None:
    text = (
        "Rektor Universitas Udayana menjatuhkan sanksi Pemberhentian Tidak Dengan Hormat (PTDH) kepada dua "
        "mahasiswa. Sanksi PTDH itu dijatuhkan setelah pemeriksaan, kata juru bicara kampus."
    )
    names = _names(text)
    assert "PTDH" not in names and "Pemberhentian Tidak Dengan Hormat" not in names


def test_a_survey_named_in_full_is_no_body() -> None:
    text = (
        "Berdasarkan Survei Status Gizi Indonesia (SSGI) 2024, angka stunting turun. Kementerian Kesehatan "
        "menyebut hasil SSGI itu menjadi acuan program."
    )
    names = _names(text)
    assert "Survei Status Gizi Indonesia" not in names and "SSGI" not in names
    assert names.get("Kementerian Kesehatan") == "ORG"
