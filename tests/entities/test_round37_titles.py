"""Round 37: titles the lexicon lacked were read into the name they stand before, so the person's
canonical held the title, its role was lost and a later bare mention stayed apart (`Apoteker Noel
Wicks`, `Sherif Bill Willoughby`, `Exco Papat Yunisal`, `Sesmenko Susiwijono`). They are titles now
(data/titles.txt). Sentences written for the tests in detik's and IndoSum's outlets' styles."""

from __future__ import annotations

import pytest

import warta


def _people(text: str) -> dict[str, str | None]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.role for e in ents if e.label == "PER"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Apoteker Lucas Brennan mengatakan nyeri sendi kini juga dialami orang muda. Menurut Brennan, "
            "peregangan ringan bisa membantu.",
            "Lucas Brennan",
            "Apoteker",
        ),
        (
            "Dalam film itu, Sherif Tom Haskins berusaha menenangkan warga kota kecil tersebut.",
            "Tom Haskins",
            "Sherif",
        ),
        (
            "Salah satu Exco Reno Hartawan meminta agar sekjen baru diberi waktu bekerja. Bahkan, Reno "
            "meminta semua anggota mendukungnya.",
            "Reno Hartawan",
            "Exco",
        ),
        (
            '"Kami berterima kasih atas kerja sama semua pihak," ujar Sesmenko Hendro Sutaryo kepada wartawan.',
            "Hendro Sutaryo",
            "Sesmenko",
        ),
    ],
)
def test_a_title_before_a_name_is_the_role_not_the_name(text: str, name: str, role: str) -> None:
    people = _people(text)
    assert name in people
    assert people[name] == role
