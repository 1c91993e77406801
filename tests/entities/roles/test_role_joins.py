"""Trades joined into one role (`Aktor sekaligus sutradara Reza`, `Claire, penulis, sutradara dan
aktris asal Prancis,`): the role takes every joined trade; a list of people, each with a trade,
keeps one trade each."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (taggedcases)
from taggedcases import person_roles as _roles  # noqa: E402


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Jakarta - Aktor sekaligus sutradara Dimas Anggara mengatakan syuting selesai.",
            "Dimas Anggara",
            "Aktor sekaligus sutradara",
        ),
        (
            "Juri dipimpin Agnes Varda, penulis, sutradara dan aktris asal Belgia, yang memilih film terbaik.",
            "Agnes Varda",
            "penulis, sutradara dan aktris asal Belgia",
        ),
        (
            "Menurut budayawan sekaligus sejarawan Garut, Asep Sunandar, situs itu berusia ratusan tahun.",
            "Asep Sunandar",
            "budayawan sekaligus sejarawan Garut",
        ),
    ],
)
def test_joined_trades(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role


def test_list_of_people_keeps_one_trade_each() -> None:
    roles = _roles("Jakarta - Budi Santoso, penulis, dan Andi Wijaya, sutradara, hadir di acara itu.")
    assert roles.get("Budi Santoso") == "penulis"
    assert roles.get("Andi Wijaya") == "sutradara"


def test_posts_are_not_joined() -> None:
    """`Presiden A dan Wakil Presiden B`: posts, not trades, stay each person's own."""
    roles = _roles("Jakarta - Presiden Prabowo Subianto dan Wakil Presiden Gibran Rakabuming hadir di acara itu.")
    assert roles.get("Prabowo Subianto") == "Presiden"
    assert roles.get("Gibran Rakabuming") == "Wakil Presiden"
