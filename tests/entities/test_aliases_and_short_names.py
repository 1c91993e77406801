"""Nicknames after `alias` and bare names shared by two people (issue #16, classes 2 and 3)."""

import warta


def entities(text: str):
    return warta.read(text, layers=["entities"]).entities


def test_name_after_alias_is_a_mention_of_the_same_person() -> None:
    es = entities("Sidang terdakwa Rahmat Hidayat Lubis alias Ucok digelar. Ucok membantah semua dakwaan.")
    people = [e for e in es if e.label == "PER"]
    assert len(people) == 1
    assert people[0].canonical == "Rahmat Hidayat Lubis"
    assert {m.text for m in people[0].mentions} >= {"Ucok"}


def test_bare_name_goes_to_the_person_already_called_by_it() -> None:
    text = (
        "Presiden Joko Widodo meresmikan proyek itu di Solo. Joko mengatakan proyek penting. "
        "Sementara itu, Kabid Humas Polda Jateng Kombes Satake Joko Bayuaji menyebut pengamanan ketat. "
        "Bayuaji menambahkan, 500 personel dikerahkan. Joko kemudian meninggalkan lokasi."
    )
    es = {e.canonical: e for e in entities(text) if e.label == "PER"}
    last = text.rindex("Joko")
    assert any(m.start == last for m in es["Joko Widodo"].mentions)
    assert not any(m.start == last for m in es["Satake Joko Bayuaji"].mentions)


def test_clipped_first_name_is_the_same_person() -> None:
    text = (
        "Menteri Sekretaris Negara Prasetyo Hadi menghormati keputusan itu. "
        "Menurut Pras, keputusan itu final. Pras juga berterima kasih."
    )
    people = [e for e in entities(text) if e.label == "PER"]
    assert [p.canonical for p in people] == ["Prasetyo Hadi"]
    assert sum(m.text == "Pras" for m in people[0].mentions) == 2
