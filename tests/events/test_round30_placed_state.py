"""Round 30 (events parties): a country written as where something is, after a place preposition or a
place noun (`dijual di Indonesia`, `dibawa … dari Indonesia`, `di … wilayah Irak dan Suriah`), is the
place of the act, not a party (events/objects.py `placed_state`): the two sides of a joint act are not
read off it (parties.py `_pair`) and the chooser does not fill an empty actor with it (ranker.py
`_unlikely_fill`). Sentences written here in the shapes of Indonesian wire news.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import parties  # noqa: E402


def test_two_countries_in_a_place_phrase_are_not_the_sides_of_a_fight() -> None:
    text = (
        "Militan ISIS saat ini masih bertempur untuk berupaya menyelamatkan diri dari gempuran "
        "di sebagian kecil wilayah Irak dan Suriah."
    )
    actor, recipient = parties(text, "FIGHT", "bertempur")
    assert actor is not None and "ISIS" in actor
    assert recipient is None


def test_two_countries_fighting_in_a_region_stay_the_sides() -> None:
    text = "Pasukan Rusia dan Ukraina kembali bertempur di wilayah Donbas sejak Senin pagi."
    assert parties(text, "FIGHT", "bertempur") == ("Rusia", "Ukraina")


def test_country_of_origin_is_no_fill_for_an_agreement() -> None:
    text = (
        "Indonesia memperjuangkan pengembalian benda budaya sejak lama.\n\n"
        "Dalam kunjungan itu Presiden Prabowo Subianto bertemu dengan Raja dan Ratu Belanda, lalu disepakati "
        "pengembalian ribuan fosil yang dahulu dibawa peneliti dari Indonesia."
    )
    actor, _recipient = parties(text, "AGREE", "disepakati")
    assert actor != "Indonesia"


def test_two_sides_told_by_where_they_come_from_are_the_states() -> None:
    # `dari` after the people of a side gives their state, not the place of the meeting
    text = "Delegasi dari Indonesia dan Malaysia bertemu di Kuala Lumpur pada Senin."
    assert parties(text, "CONSULT", "bertemu") == ("Indonesia", "Malaysia")
