"""Round 37: a nickname set off by `sapaan akrab(nya)` after it (`tegas Ani, sapaan akrabnya`), a real
name after `(ber)nama asli` (`perempuan bernama asli Alecia Beth Moore itu`) and a nickname after an age
in brackets and `alias` (`Endang Sulastri (41) alias Mami`) were output as persons of their own, so the
scorer paired the gold person with a duplicate without the role. They are the named person's other
names now (aliases.called_names, aliases.alias_names). Sentences written for the tests in Antara's,
CNN's and detik's styles."""

from __future__ import annotations

import warta


def _people(text: str) -> dict[str, list[str]]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: [m.text for m in e.mentions] for e in ents if e.label == "PER"}


def _owner(people: dict[str, list[str]], mention: str) -> str | None:
    return next((c for c, ms in people.items() if mention in ms), None)


def test_a_nickname_before_sapaan_akrabnya_is_the_person_whose_name_holds_it() -> None:
    text = (
        "Menteri Keuangan Sri Mulyani Indrawati menegaskan pemerintah akan terus mengejar wajib pajak "
        "besar yang belum taat. Menurut dia, setiap usaha yang meraup pendapatan di dalam negeri wajib "
        'membayar pajak. Kepala Badan Kebijakan Fiskal juga hadir dalam acara itu. "Dia merupakan '
        'subjek pajak," tegas Ani, sapaan akrabnya.'
    )
    people = _people(text)
    assert _owner(people, "Ani") == "Sri Mulyani Indrawati"


def test_a_real_name_after_bernama_asli_is_the_singer_described() -> None:
    text = (
        "Penyanyi Pink kembali merilis album baru. Lewat lagu terbarunya, perempuan bernama asli Alecia "
        "Beth Moore itu mengajak pendengar untuk tetap kuat."
    )
    people = _people(text)
    assert _owner(people, "Alecia Beth Moore") == _owner(people, "Pink") is not None


def test_a_person_named_before_is_not_joined_to_the_last_one_by_her_real_name() -> None:
    text = (
        "Kapten JKT48 Melody mengenang Jiro Inao yang meninggal pekan lalu. Jiro dikenal dekat dengan "
        "para anggota. Wanita yang memiliki nama asli Melody Nurramdhani Laksani itu berujar, kematian "
        "Jiro membuat mereka merenung."
    )
    people = _people(text)
    assert _owner(people, "Jiro Inao") != _owner(people, "Melody Nurramdhani Laksani")


def test_an_alias_after_an_age_in_brackets_is_the_same_person() -> None:
    text = (
        "Endang Sulastri (41) alias Mami, wanita pemilik warung di Legian, ditemukan tewas di rumahnya. "
        "Polisi menyebut Endang dibunuh suaminya."
    )
    people = _people(text)
    assert _owner(people, "Mami") == "Endang Sulastri"
