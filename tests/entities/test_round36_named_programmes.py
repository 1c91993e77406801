"""Round 36: an English name closing with a word of a programme, a document or a system (`Letter of
Intent`, `Renewable Energy Certificate`, `Cash Management System`) or an Indonesian one opening with
`Sistem`/`Skema` (`Sistem Pengadaan Secara Elektronik`) is that thing, which GUIDELINES does not
count as an entity; the tagger read it as a body. A company so named keeps its form (`PT … System`).
Sentences written for the tests in the detik style (the shapes come from the unannotated pool)."""

from __future__ import annotations

import warta


def _names(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.label for e in ents}


def test_signed_documents_are_no_bodies() -> None:
    text = (
        "Kementerian Kebudayaan menandatangani Letter of Intent (LoI) dan Memorandum of Understanding "
        "(MoU) dengan Colonial Collections Committee di Den Haag."
    )
    names = _names(text)
    assert "Letter of Intent" not in names and "Memorandum of Understanding" not in names
    assert any(n.startswith("Kementerian Kebudayaan") for n in names)


def test_a_payment_system_is_no_body() -> None:
    text = (
        "Kementerian Sosial menyalurkan bantuan lewat Cash Management System (CMS) yang terhubung dengan "
        "bank penyalur. Cash Management System itu dipantau setiap hari, kata Sekjen Kemensos Robben Rico."
    )
    names = _names(text)
    assert "Cash Management System" not in names
    assert any(n.startswith("Kementerian Sosial") for n in names)


def test_an_electronic_procurement_system_is_no_body() -> None:
    text = (
        "Pengendara bisa belok kanan ke arah Jalan Candi Mendut. Dari laman Sistem Pengadaan Secara "
        "Elektronik (SPSE) Medan, diketahui anggaran untuk perbaikan jembatan ini mencapai Rp 777,9 juta."
    )
    names = _names(text)
    assert not any(n.startswith("Sistem Pengadaan") for n in names)


def test_a_company_closing_with_system_stays() -> None:
    text = (
        "Kementerian Pekerjaan Umum menunjuk PT Roatex Indonesia Tollroad System sebagai pelaksana "
        "transaksi nirsentuh di jalan tol."
    )
    names = _names(text)
    assert names.get("PT Roatex Indonesia Tollroad System") == "ORG"
