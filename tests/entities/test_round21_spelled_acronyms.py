"""Round 21 (found on unannotated detik and IndoSum articles): a body named in full once and by its
acronym elsewhere, with no bracket between them (`PT Bank Tabungan Negara (Persero) Tbk` … `BTN`),
is one entity, the full name canonical; an acronym the lists know for another body stays apart
(`PKB` beside `Pemerintah Kota Bandung`). Sentences written for the tests."""

from __future__ import annotations

import warta


def _orgs(text: str) -> dict[str, set[str]]:
    ents = warta.read(text, layers=["entities"]).entities
    return {e.canonical: {m.text for m in e.mentions} for e in ents if e.label == "ORG"}


def test_an_acronym_spelling_a_full_name_joins_it() -> None:
    orgs = _orgs(
        "Penyaluran kredit rumah subsidi dipimpin PT Bank Tabungan Negara (Persero) Tbk. "
        "Hingga September, BTN sudah menyalurkan Rp 20 triliun, kata Direktur Utama BTN Nixon Napitupulu. "
        "Sementara itu PT Sarana Multigriya Finansial ikut membiayai."
    )
    assert "BTN" not in orgs
    assert any(name.startswith("PT Bank Tabungan Negara") and "BTN" in ms for name, ms in orgs.items())


def test_an_agency_named_with_dan_and_its_acronym_are_one() -> None:
    orgs = _orgs(
        "Laporan itu disusun Badan Keuangan dan Aset Daerah bersama Inspektorat Kabupaten Sinjai. "
        "Kepala BKAD menyebut belanja pegawai naik sepuluh persen."
    )
    assert "BKAD" not in orgs


def test_a_known_acronym_of_another_body_stays_apart() -> None:
    orgs = _orgs(
        "Pemerintah Kota Bandung menerima laporan dana kampanye. Gerindra Rp1,8 miliar, Golkar Rp1,6 miliar, "
        "PKB Rp1 miliar dan PSI Rp500 juta."
    )
    assert "PKB" in orgs
