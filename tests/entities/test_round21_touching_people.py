"""Round 21 (found on unannotated detik and IndoSum articles): one person's name read as two people
whose mentions touch across a space (`Prasetyo` + `Hadi`) is one name; two people who merely stand
side by side (a corps before a name, a person named on his own elsewhere) stay apart.
Sentences written for the tests."""

from __future__ import annotations

import warta
from warta.document.model import Entity, Mention
from warta.entities.touching import join_touching_people


def _ent(text: str, name: str, label: str = "PER", role: str | None = None) -> Entity:
    spans = []
    at = text.find(name)
    while at >= 0:
        spans.append(Mention(at, at + len(name), name))
        at = text.find(name, at + 1)
    return Entity(canonical=name, label=label, mentions=spans, role=role)


def test_two_parts_of_one_name_are_joined_with_the_post() -> None:
    text = "Menteri Sekretaris Negara Prasetyo Hadi menjawab pertanyaan wartawan. Prasetyo menyebut rapat itu tertutup."
    first = _ent(text, "Prasetyo")
    second = Entity("Hadi", "PER", [Mention(35, 39, "Hadi")], role="Menteri Sekretaris Negara Prasetyo")
    out = join_touching_people(text, [first, second])
    assert [(e.canonical, e.role) for e in out] == [("Prasetyo Hadi", "Menteri Sekretaris Negara")]
    assert {m.text for m in out[0].mentions} == {"Prasetyo", "Prasetyo Hadi"}


def test_a_person_named_on_his_own_elsewhere_stays_apart() -> None:
    text = "Mantan pelatih Skuad Garuda Shin Tae-yong (STY) yakin. Menurut STY, tim sudah siap."
    garuda = _ent(text, "Garuda")
    shin = Entity("Shin Tae-yong", "PER", [Mention(28, 41, "Shin Tae-yong")] + _ent(text, "STY").mentions)
    assert len(join_touching_people(text, [garuda, shin])) == 2


def test_a_corps_before_a_name_is_not_part_of_it() -> None:
    text = "Oditur Militer Kolonel CHK Fredy Ferdian Isnartanto membacakan tuntutan."
    out = join_touching_people(text, [_ent(text, "CHK"), _ent(text, "Fredy Ferdian Isnartanto")])
    assert len(out) == 2


def test_read_keeps_a_name_after_a_post_whole() -> None:
    text = (
        "Tim gabungan dipimpin langsung oleh Kasat Reskrim AKP Gian Wiatma Jonimandala. "
        '"Kami tidak akan tinggal diam," tegas AKP Gian.'
    )
    people = [e.canonical for e in warta.read(text, layers=["entities"]).entities if e.label == "PER"]
    assert "Wiatma Jonimandala" not in people
