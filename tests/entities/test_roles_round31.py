"""Round 31, roles: trades and jobs the lexicon lacked (`kritikus`, `petinggi`, `pentolan`, `masseur`,
`Perencana Keuangan`, `astronot` …) name the person after them as any trade does. Own sentences in
the style of the outlets whose pages showed them."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from taggedcases import person_roles  # noqa: E402


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Menurut Perencana Keuangan Dimas Prasetyo, pengeluaran rumah tangga biasanya naik menjelang Lebaran.",
            "Dimas Prasetyo",
            "Perencana Keuangan",
        ),
        (
            "Sebelumnya, petinggi Chelsea Roman Abramovich memuji kerja keras para pemain muda klubnya.",
            "Roman Abramovich",
            "petinggi Chelsea",
        ),
        (
            "Pada 2015, kritikus kuliner di majalah Tempo, Bondan Santoso, memasukkan warung itu ke daftar favoritnya.",
            "Bondan Santoso",
            "kritikus kuliner",
        ),
        (
            "Kabar duka itu disampaikan pentolan band Sheila On 7, Eross Candra. Ia mengaku terpukul.",
            "Eross Candra",
            "pentolan band",
        ),
        (
            "Dua ofisial terluka, yakni pelatih kiper Hendro Kartiko dan masseur Agus Salim, akibat lemparan batu.",
            "Agus Salim",
            "masseur",
        ),
    ],
)
def test_trade_the_lexicon_lacked(text, name, role):
    got = person_roles(text).get(name)
    assert got is not None and got.startswith(role)


@pytest.mark.parametrize(
    "text",
    [
        # the actor of a character: the name after `pemeran` is the character's, no holder of the trade
        "Film itu juga menampilkan pemeran Gatotkaca dalam adegan pembuka yang ramai dibicarakan warganet.",
        # the promoter of a fight between two boxers: the boxers named inside are not the promoter
        "Namun promotor laga Tyson lawan Holyfield, Don King menyatakan pertarungan itu tetap digelar.",
    ],
)
def test_trades_naming_another_are_left_out(text):
    roles = person_roles(text)
    assert roles.get("Gatotkaca") is None
    assert roles.get("Tyson") is None
