"""Capitalised common words and titles that are not names (issue #16, class 4)."""

import warta


def names(text: str) -> set[str]:
    return {e.canonical for e in warta.read(text, layers=["entities"]).entities}


def test_sentence_adverb_is_no_part_of_a_name() -> None:
    got = names("Ternyata Rosmala melaporkan harta Rp 2 miliar. Rosmala dicopot pekan lalu.")
    assert "Ternyata Rosmala" not in got and "Rosmala" in got


def test_parts_of_a_legal_reference_are_no_names() -> None:
    assert names("Ia dijerat Pasal 45 ayat 10 dan Pasal 27B Ayat (2) dari UU ITE.") == set()


def test_people_of_a_country_are_no_person() -> None:
    got = names("Puluhan Pengungsi Sudan tewas dalam bentrokan di Chad.")
    assert "Pengungsi Sudan" not in got and "Sudan" in got


def test_a_company_with_its_legal_form_is_one_organisation() -> None:
    text = "Polisi mengusut penipuan yang dilakukan PT Sentosa Wisata terhadap jemaah. Kasus SW (Sentosa Wisata) ramai."
    es = [e for e in warta.read(text, layers=["entities"]).entities if "Sentosa" in e.canonical]
    assert len(es) == 1 and es[0].label == "ORG" and es[0].canonical == "PT Sentosa Wisata"


def test_a_name_listed_beside_people_is_a_person() -> None:
    text = (
        "Sidang dipimpin Hendra Wijaya sebagai Ketua Majelis Komisi, dengan anggota terdiri atas "
        "R. Wiratmoko Adi, Yusuf Hidayat Lubis, dan Lina Marlina Siregar yang hadir di lokasi."
    )
    assert "R. Wiratmoko Adi" in names(text)


def test_a_department_word_is_part_of_the_post_not_of_the_body() -> None:
    text = (
        "Direktur Riset Wahid Institute Farid Hamzah mengatakan vonis itu berat. "
        "Wahid Institute juga menilai hakim keliru. Kata Farid, itu buruk."
    )
    got = names(text)
    assert "Wahid Institute" in got and "Riset Wahid Institute" not in got
