"""`Kedua pihak` as the subject of a joint act (issue #12, fifteenth round): both sides are the two
parties of the last meeting or accord that named both. Sentences written for these tests."""

from __future__ import annotations

import warta


def _of(text: str, type: str) -> list[tuple[str | None, str | None, bool]]:
    return [
        (e.actor.name if e.actor else None, e.recipient.name if e.recipient else None, e.mutual)
        for e in warta.read(text, exclude=["summary", "tone", "themes"]).events
        if e.type == type
    ]


def test_both_sides_agree_are_the_two_who_met():
    text = (
        "Jakarta - Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Jepang Takeshi Iwaya di Tokyo. "
        "Kedua pihak sepakat memperkuat kerja sama maritim."
    )
    found = _of(text, "AGREE")
    assert found and {found[0][0], found[0][1]} == {"Sugiono", "Takeshi Iwaya"} and found[0][2], found


def test_both_sides_with_adverbs_between():
    text = (
        "Jakarta - Menteri Perdagangan Budi Santoso bertemu Menteri Perdagangan Malaysia Tengku Zafrul di Kuala Lumpur. "
        "Keduanya juga telah sepakat memangkas hambatan dagang."
    )
    found = _of(text, "AGREE")
    assert found and {found[0][0], found[0][1]} == {"Budi Santoso", "Tengku Zafrul"}, found


def test_both_sides_without_a_meeting_before_are_not_invented():
    text = "Jakarta - Kedua pihak sepakat memperkuat kerja sama maritim."
    for actor, recip, _m in _of(text, "AGREE"):
        assert recip is None or recip != actor


def _parties(text: str, type: str) -> list[tuple[str | None, str | None]]:
    return [(a, r) for a, r, _m in _of(text, type)]


def test_of_two_bodies_as_subject_the_first_acts():
    text = "Jakarta - Bea Cukai dan Kejaksaan Negeri Surabaya tengah memburu seorang buron penyelundup rokok."
    found = _parties(text, "COERCE")
    assert found and found[0][0] == "Bea Cukai", found


def test_of_two_people_named_before_a_passive_the_first_is_acted_on():
    text = "Jakarta - Budi Santoso dan Andi Wijaya ditetapkan sebagai tersangka oleh KPK."
    found = _parties(text, "COERCE")
    assert found and found[0][1] == "Budi Santoso", found
