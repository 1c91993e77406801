"""Round 35: a body named in full and then by its opening words alone (`Atletico Madrid … kembali ke
Atletico`, `Swinburne University … di Swinburne`, `Largan Technology … keluaran Largan`): after `di`
or `ke` the tagger read the short name as a place, elsewhere as a person; it is the body's mention.
A known place stays a place. Sentences written for the tests in CNN Indonesia's and DailySocial's
styles (the bodies' names come from the unannotated pool)."""

from __future__ import annotations

import warta


def _names(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.label for e in ents}


def test_a_club_s_short_name_after_ke_is_the_club() -> None:
    text = (
        "Penyerang Atletico Madrid, Fernando Torres, bersyukur mendapat kontrak baru. Setelah itu ia "
        "sempat dikontrak Liverpool dan Chelsea, sebelum akhirnya kembali lagi ke Atletico pada 2016 "
        "hingga sekarang."
    )
    names = _names(text)
    assert names.get("Atletico Madrid") == "ORG"
    assert "Atletico" not in names


def test_a_university_s_short_name_after_di_is_the_university() -> None:
    text = (
        "Aplikasi itu dikembangkan para peneliti Swinburne University di Melbourne. Menurut Sarah "
        "McDonald, kepala bagian Ilmu Kesehatan di Swinburne, aplikasi itu akan diuji tahun depan."
    )
    names = _names(text)
    assert names.get("Swinburne University") == "ORG"
    assert "Swinburne" not in names


def test_a_company_s_short_name_is_the_company() -> None:
    text = (
        "Ponsel itu dibekali kamera premium keluaran Largan. Lensa yang dikembangkan Largan ini memiliki "
        "aperture f/2.0. Largan Technology juga memasok lensa untuk ponsel lain."
    )
    names = _names(text)
    assert names.get("Largan Technology") == "ORG"
    assert "Largan" not in names


def test_a_known_town_opening_a_body_stays_a_place() -> None:
    text = (
        "Aktivis Malang Corruption Watch melaporkan dugaan korupsi itu. Laporan dibuat di Malang, "
        "Jawa Timur, pada Senin pagi."
    )
    assert _names(text).get("Malang") == "LOC"
