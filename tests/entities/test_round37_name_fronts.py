"""Round 37: the tagger opened a person at the second name word when the first was one it rarely
saw (`ketua panitia pelaksana, Danang Agus Yuniarto` → `Agus Yuniarto`), and its span won over the
rules' weaker guess of the whole run; the first name was then lost or read as a second person
(`Danang` beside `Agus Yuniarto`, `Melania` beside a `Trump` joined to Donald Trump). A capitalised
word kept capitalised by writers, right before the person and opening its run, is given back to the
name (entities/name_fronts.py); a title, a form of address or a word after another capitalised word
(a body's name) is not. Sentences written for the tests in IndoSum's outlets' styles."""

from __future__ import annotations

import warta


def _people(text: str) -> dict[str, list[str]]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: [m.text for m in e.mentions] for e in ents if e.label == "PER"}


def test_a_rare_first_name_after_a_comma_stays_with_the_name() -> None:
    text = (
        'Turnamen bola voli remaja itu diikuti 24 tim dari sebelas provinsi. "Kami ingin pertandingan '
        'berjalan sportif," kata ketua panitia pelaksana, Danang Agus Yuniarto. Menurut Danang, hadiah '
        "turnamen mencapai Rp 40 juta."
    )
    people = _people(text)
    assert "Danang Agus Yuniarto" in people
    assert "Agus Yuniarto" not in people


def test_a_first_name_after_adalah_stays_with_the_name() -> None:
    text = (
        "Salah satu pemain yang ingin dipulangkan oleh Persebaya adalah Fandi Eko Utomo yang kini "
        "membela klub lain. Fandi sempat menjadi andalan lini tengah tim itu."
    )
    people = _people(text)
    assert "Fandi Eko Utomo" in people
    assert "Fandi" in people["Fandi Eko Utomo"]


def test_a_wife_named_after_her_husband_is_not_joined_to_him() -> None:
    text = (
        "Presiden Amerika Serikat Donald Trump merayakan malam Tahun Baru di resor miliknya. Dalam acara "
        "itu, Melania Trump tampil dengan gaun berwarna pastel. Gaun yang dipakai Melania Trump itu dijual "
        "dengan harga ribuan dolar."
    )
    people = _people(text)
    assert "Melania Trump" in people
    assert "Melania Trump" not in people.get("Donald Trump", [])


def test_a_balinese_title_before_the_birth_order_name_is_part_of_the_name() -> None:
    text = (
        "Presiden menyebut dua pelajar berprestasi, Made Artha Wiguna dan Bagus Putu Adi Pratama, "
        "siswa SMA negeri di Denpasar."
    )
    people = _people(text)
    assert "Bagus Putu Adi Pratama" in people


def test_a_title_or_a_form_of_address_is_not_given_to_the_name() -> None:
    text = (
        "Film itu dibintangi Johnny Depp sebagai Jack Sparrow, serta Geoffrey Rush sebagai Captain Hector "
        "Barbossa. Warga juga berterima kasih kepada Bripka Eko Julianto atau akrab disapa Abah Eko yang "
        "mendidik para santri."
    )
    people = _people(text)
    assert not any(c.startswith("Captain") for c in people)
    assert not any(c.startswith("Abah") for c in people)


def test_a_word_inside_an_office_before_dan_is_not_a_first_name() -> None:
    text = (
        "Acara itu dihadiri Direktur Pengelolaan Sistem Informasi dan Digitalisasi Wahyu Firdaus, serta "
        "pejabat lain dari kementerian."
    )
    people = _people(text)
    assert not any(c.startswith("Digitalisasi") for c in people)
