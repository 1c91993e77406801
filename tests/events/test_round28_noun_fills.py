"""Round 28, second pass (events parties): the learned party chooser's actor fills of an act noun
(events/ranker.py `_noun_of_own_verb`). A name before the verb whose object the act noun is does the
act only when it is that verb's subject (sentences written here in the shapes of Indonesian news):

- another verb between them makes the name the subject of that other verb, the one who tells
  (`Gubernur menekankan pentingnya pemerintah kabupaten memastikan bantuan`), and a copula's subject is
  what the act is about (`Threads menjadi bahan perbincangan`); adverbs (`sempat`, `memang`) are no verbs;
- an act noun a di- passive follows (`bantuan ini diberikan kepada`) is that clause's subject: the
  one who tells of it (`Menteri … mengungkapkan`) is not its giver;

while a name right before the verb governing the noun stays its doer (`Kementerian Koperasi menegaskan dukungan`).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


def _actor(text: str, type: str, trigger: str) -> str | None:
    found = [x for x in acts(text, type) if x[0].startswith(trigger)]
    assert found, acts(text, type)
    return found[0][1]


@pytest.mark.parametrize(
    ("text", "type", "trigger"),
    [
        (  # the one who tells of aid given in a passive clause
            "Menteri Keuangan Sri Mulyani mengungkapkan bantuan ini diberikan kepada 1,2 juta keluarga "
            "miskin di seluruh Indonesia.",
            "AID",
            "bantuan",
        ),
        (  # a verb of its own between the minister and the aid
            "Gubernur Jawa Barat Dedi Mulyadi menekankan pentingnya pemerintah kabupaten memastikan "
            "bantuan yang diberikan kepada warga terdampak banjir tepat sasaran.",
            "AID",
            "bantuan",
        ),
        (  # a product is what the talk is about (a copula past an adverb), not a party to it
            "Kehadiran Threads sempat menjadi bahan perbincangan warganet karena tampilannya mirip dengan Twitter.",
            "CONSULT",
            "perbincangan",
        ),
    ],
)
def test_no_fill_past_another_verb_or_a_passive(text: str, type: str, trigger: str) -> None:
    assert _actor(text, type, trigger) is None


def test_the_subject_of_the_verb_governing_the_noun_stays() -> None:
    text = (
        "Kementerian Koperasi dan UKM menegaskan dukungan penuh terhadap Koperasi Nelayan Sejahtera di "
        "Kabupaten Cilacap."
    )
    assert (_actor(text, "SUPPORT", "dukungan") or "").startswith("Kementerian Koperasi")
