"""Round 14 entity rules (issue #16): sentences written for the tests, not taken from the eval sets."""

from __future__ import annotations

from warta.document.model import Entity, Mention
from warta.entities.labels import people_read_as_places_by_kin_or_name


def _entity(text: str, name: str, label: str) -> Entity:
    at = text.index(name)
    return Entity(name, label, [Mention(at, at + len(name), name)])


def test_a_street_named_after_a_person_after_di_stays_a_place() -> None:
    text = "Perampokan serupa pernah terjadi di Budi Santoso pada pekan lalu."
    out = [_entity(text, "Budi Santoso", "LOC")]
    people_read_as_places_by_kin_or_name(text, out)
    assert out[0].label == "LOC"


def test_an_unknown_place_opening_with_a_given_name_is_still_a_person_elsewhere() -> None:
    text = "Bantuan itu disalurkan melalui Budi Santoso dan Kupang."
    out = [_entity(text, "Budi Santoso", "LOC")]
    people_read_as_places_by_kin_or_name(text, out)
    assert out[0].label == "PER"
