"""Round 29, roles: a player's position or a staff post in lower case right before the name, with
the words that qualify it (`striker muda`, `bek sayap`, `pelatih fisik`, `manajer asal Belanda`), is
the name's role as a trade is; a staff post before a later mention names the one served, and a
position before a club and `itu` is an epithet of someone else. Own sentences in the outlets' style."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (taggedcases)
from taggedcases import person_roles as _roles  # noqa: E402


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Persipura memastikan kemenangan lewat gol striker muda Yosua Wenda pada menit ke-88.",
            "Yosua Wenda",
            "striker muda",
        ),
        (
            "Wasit menunjuk titik putih setelah pelanggaran bek sayap Rudi Setiawan di kotak penalti.",
            "Rudi Setiawan",
            "bek sayap",
        ),
        (
            "Saat itu Chelsea dilatih manajer asal Italia Claudio Ranieri selama empat musim.",
            "Claudio Ranieri",
            "manajer asal Italia",
        ),
        (
            "Tim pelatih terdiri dari pelatih kepala dan pelatih fisik Agus Salim yang baru bergabung.",
            "Agus Salim",
            "pelatih fisik",
        ),
    ],
)
def test_position_before_the_name(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role


def test_staff_post_before_a_later_mention_names_the_one_served() -> None:
    roles = _roles("Marco Bezzecchi belum pulih dari cedera. Klaim manajer Bezzecchi tersebut dibantah pihak tim.")
    assert roles.get("Marco Bezzecchi") is None


def test_position_before_a_club_and_itu_is_no_role_of_the_club() -> None:
    # `Spurs` is read as a person here (`Leeds` is read as an organisation, whose role no one reads)
    roles = _roles("Kiper itu maju menghadang, tapi penyerang Spurs itu dengan tenang melewatinya.")
    assert "Spurs" in roles and roles["Spurs"] is None


def test_position_before_a_full_name_and_itu_is_the_role() -> None:
    # the epithet reading is for a club read as a one-word name; a person's full name keeps the position
    roles = _roles("Wasit menunjuk titik putih setelah pelanggaran bek sayap Rudi Setiawan itu di kotak penalti.")
    assert roles.get("Rudi Setiawan") == "bek sayap"
