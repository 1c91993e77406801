"""Round 36: a name in brackets after a person's full name was always read as that person's nickname
(`Saifullah Yusuf (Gus Ipul)`), so film and entertainment news joined the actor to the character he
plays (`Will Turner (Orlando Bloom)`, `Mildred Hayes (Frances McDormand)`) and a person to his body
(`Jeff Sauer (Founder of Jeffalytics)`). Two full names that share no word, the bracket opening with no
honorific, are two entities; a one-word nickname, one sharing a word or one with an honorific still
joins; in an article about a film or a series a one-word character before the actor (`Henry
(Brenton Thwaites)`) is apart too. Sentences written for the tests in IndoSum's entertainment outlets'
and detik's styles."""

from __future__ import annotations

import pytest

import warta


def _owners(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {m.text: e.canonical for e in ents if e.label == "PER" for m in e.mentions}


# a character and the actor in brackets, and an actor and the character: two people each
TWO_PEOPLE = [
    (
        "Film itu kembali menghadirkan Will Turner (Orlando Bloom) dan Elizabeth Swann (Keira Knightley) "
        "setelah sepuluh tahun. Will Turner kini terikat kutukan di kapal hantu.",
        [("Orlando Bloom", "Will Turner"), ("Keira Knightley", "Elizabeth Swann")],
    ),
    (
        "Kisahnya berpusat pada seorang ibu tunggal, Mildred Hayes (Frances McDormand), yang menyewa tiga "
        "papan reklame. Mildred Hayes kecewa karena polisi tak kunjung menangkap pembunuh putrinya.",
        [("Frances McDormand", "Mildred Hayes")],
    ),
]


@pytest.mark.parametrize(("text", "pairs"), TWO_PEOPLE)
def test_a_character_and_the_actor_are_two_people(text: str, pairs: list[tuple[str, str]]) -> None:
    owners = _owners(text)
    for actor, character in pairs:
        assert owners.get(actor) is not None
        assert owners.get(actor) != owners.get(character)


NICKNAMES = [
    ("Wakil Gubernur Jawa Timur Saifullah Yusuf (Gus Ipul) hadir dalam acara itu.", "Ipul"),
    ("Presiden Joko Widodo (Jokowi) meresmikan jalan tol tersebut pada Senin.", "Jokowi"),
    ("Terdakwa Andi Agustinus (Andi Narogong) kembali menjalani sidang pada Kamis.", "Andi Narogong"),
]


@pytest.mark.parametrize(("text", "nickname"), NICKNAMES)
def test_a_nickname_in_brackets_still_joins(text: str, nickname: str) -> None:
    owners = _owners(text)
    full = text.split(" (")[0].split()[-2:]
    assert owners.get(nickname) == owners.get(" ".join(full)) is not None


# in an article about a film or a series, a one-word character before the actor in brackets (`Henry
# (Brenton Thwaites)`) is another person; elsewhere a bracket after a given name may finish the name
ONE_WORD = [
    (
        "Dalam film kelima itu, Henry (Brenton Thwaites) mencari cara membebaskan ayahnya dari kutukan. "
        "Brenton Thwaites sebelumnya bermain dalam film Maleficent.",
        "Brenton Thwaites",
        "Henry",
        False,
    ),
    (
        "Kita sama-sama lihat Kevin (Sanjaya Sukamuljo) dan Marcus (Fernaldi Gideon) sudah bisa "
        "memperlihatkan permainan terbaik di turnamen itu.",
        "Sanjaya Sukamuljo",
        "Kevin",
        True,
    ),
]


# an acronym opening a bracket of more words after a person's name is the person's body, not his short form
BODIES = [
    (
        "Valentino Rossi (Movistar Yamaha) dan Bradley Smith (KTM Racing) menjadi dua pebalap yang "
        "mencatat waktu terburuk pada sesi latihan bebas.",
        "Bradley Smith",
        "KTM Racing",
        False,
    ),
    (
        "Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono (AHY) hadir dalam rapat tersebut.",
        "Agus Harimurti Yudhoyono",
        "AHY",
        True,
    ),
]


@pytest.mark.parametrize(("text", "name", "bracketed", "joined"), ONE_WORD + BODIES)
def test_one_word_names_and_bodies_in_brackets(text: str, name: str, bracketed: str, joined: bool) -> None:
    owners = _owners(text)
    assert owners.get(name) is not None
    assert (owners.get(bracketed) == owners.get(name)) is joined
