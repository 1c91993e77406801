"""Round 40 (events parties): a noun of a whole public is a party.

The blind party annotation of round 40 (notes/blind40_evparty.tsv) found `masyarakat turun ke jalan`
and `masyarakat menghendaki agar …` left with no actor, and `menyalurkan bantuan tunai untuk
masyarakat` given the story's other recipient: `masyarakat` was in no people list, so
`ThingTests._party_like` took it for a common word. GUIDELINES.md `events`: a party is the shortest
identifying noun phrase, as `warga` is. parties.json `collective_people` lists such nouns for the party
readers only; detection's routine-advisory veto (`masyarakat diimbau waspada` is no DEMAND) keeps its
own list and still holds. Sentences written here in the shapes of Indonesian news.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts, parties  # noqa: E402


def test_the_public_that_takes_to_the_streets_is_the_protester() -> None:
    text = (
        "Kenaikan tunjangan DPRD Garut memicu kemarahan. Akhirnya masyarakat turun ke jalan untuk menyuarakan "
        "penolakan di depan kantor bupati."
    )
    actor, _ = parties(text, "PROTEST", "turun ke jalan")
    assert actor == "masyarakat"


def test_aid_for_the_public_is_received_by_it() -> None:
    text = "Pemerintah Kabupaten Garut menyalurkan bantuan beras untuk masyarakat di tiga kecamatan."
    actor, recipient = parties(text, "AID", "menyalurkan")
    assert (actor, recipient) == ("Pemerintah Kabupaten Garut", "masyarakat")


def test_a_routine_advisory_to_the_public_is_still_no_demand() -> None:
    text = "Badan Penanggulangan Bencana Daerah mengimbau masyarakat agar waspada terhadap banjir susulan."
    assert acts(text, "DEMAND") == []
