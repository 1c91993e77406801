"""Round 38: a double-barrelled family name written with spaces round the hyphen, as IndoSum's tokenised
text does (`Daniel Day - Lewis`, `Catherine Zeta - Jones`): one person, not a cut name or two people;
a ticket of two people written the same way stays two (hyphened.joined_family_names). Sentences written
for the tests in IndoSum's entertainment, sports and diplomacy pages' styles."""

from __future__ import annotations

import warta


def _people(text: str) -> dict[str, str | None]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.role for e in ents if e.label == "PER"}


def test_a_listed_actor_with_a_double_barrelled_name_is_one_person() -> None:
    text = (
        "Sejumlah bintang hadir dalam acara itu, di antaranya Christian Bale, Daniel Craig, Daniel Day - "
        "Lewis, Leonardo DiCaprio, dan Harrison Ford."
    )
    people = _people(text)
    assert "Daniel Day-Lewis" in people
    assert "Lewis" not in people and "Daniel Craig" in people


def test_the_family_name_after_the_hyphen_stays_with_the_person() -> None:
    text = "Pemenang Oscar, Catherine Zeta - Jones juga datang ke acara pembuka musim penghargaan tersebut."
    assert "Catherine Zeta-Jones" in _people(text)


def test_the_second_half_read_as_a_person_of_its_own_joins_the_first() -> None:
    text = (
        "Acara itu dihadiri Duta Besar Palestina, Rawan Sulaiman, Dubes Kroasia, Andrea Gustovic - "
        "Ercegovac dan Dubes Irak, Saad Mohammed."
    )
    people = _people(text)
    assert people.get("Andrea Gustovic-Ercegovac") == "Dubes Kroasia"
    assert "Ercegovac" not in people


def test_a_ticket_of_two_people_is_not_joined() -> None:
    text = (
        "Dua pasangan lainnya yakni Sudrajat - Achmad Syaikhu dan TB Hasanudin - Anton kini memang masih "
        "mendapatkan perolehan suara yang kecil."
    )
    assert not any("-" in name for name in _people(text))


def test_a_couple_named_with_a_hyphen_is_not_joined() -> None:
    text = "Pernikahan Hamish Daud - Raisa digelar secara tertutup di Bali, Selasa (5/9)."
    assert "Hamish Daud-Raisa" not in _people(text)
