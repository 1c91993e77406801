"""Round 31: a public figure's known nickname (`Jokowi`, `Setnov`, `Gus Ipul`) is one more mention of
the person the article names in full (sentences written for the tests, in ANTARA's and detik's style)."""

from __future__ import annotations

import warta


def _people(text: str) -> dict[str, set[str]]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: {m.text for m in e.mentions} for e in ents if e.label == "PER"}


def test_a_nickname_joins_the_full_name() -> None:
    text = (
        "Palembang (ANTARA News) - Presiden Joko Widodo meresmikan jalan tol baru di Sumatera Selatan, Kamis.\n\n"
        '"Saya senang sekali tol ini selesai," kata Presiden Jokowi di gerbang tol itu.'
    )
    people = _people(text)
    assert "Jokowi" not in people
    assert "Jokowi" in people["Joko Widodo"]


def test_a_nickname_with_its_honorific_joins_the_full_name() -> None:
    text = (
        "Menteri Sosial Saifullah Yusuf mengumumkan bantuan tambahan bagi keluarga miskin. "
        '"Penyaluran dimulai pekan depan," kata Gus Ipul di Jakarta, Senin (20/10/2025).'
    )
    people = _people(text)
    assert "Ipul" not in people and "Gus Ipul" not in people
    assert "Saifullah Yusuf" in people


def test_a_nickname_alone_stays_its_own_person() -> None:
    text = '"Saya tidak pernah bertemu dia," jawab Setnov di Pengadilan Tipikor Jakarta, Kamis.'
    assert "Setnov" in _people(text)
