"""Round 39 (structure): the party reader is the package ``events/parties/``, one module a concern
(README "Who: the party rules"). What the rest of the events layer imports from it stays where it was,
each rule is written in one module only (no part of ``Parties`` hides another's method), and every
voice the lexicon can give a pattern has its reader in ``parties/voices.py``."""

from __future__ import annotations

import inspect

import warta.events.parties as party_reader
from warta.events.lexicon import VOICES
from warta.events.parties import Parties
from warta.events.parties.voices import Voices


def test_the_names_the_events_layer_imports_stay_importable() -> None:
    assert "tiga" in party_reader.NUMERALS
    for carry in ("credit_the_praised", "carry_protest_target", "carry_aid_recipient"):
        assert callable(getattr(party_reader, carry))
    assert party_reader.thing_named("sejumlah Nota Kesepahaman") and not party_reader.thing_named("Polres Bogor")
    assert party_reader._topic_head("usulan tunjangan")


def test_no_part_of_the_reader_hides_a_method_of_another() -> None:
    parts = [c for c in Parties.__mro__ if c.__module__.startswith("warta.events.parties")]
    assert len(parts) > 5  # the reader is built of its parts
    owners: dict[str, list[str]] = {}
    for c in parts:
        for name, value in vars(c).items():
            if inspect.isfunction(value) or isinstance(value, staticmethod):
                owners.setdefault(name, []).append(c.__name__)
    assert {n: o for n, o in owners.items() if len(o) > 1} == {}


def test_every_voice_of_the_lexicon_has_its_reader() -> None:
    readers = {name.removeprefix("_voice_") for name in vars(Voices) if name.startswith("_voice_")}
    # the mutual voice is read with the active one (`bertemu dengan X`: the subject acts, the other side after)
    assert set(VOICES) - {"mut"} <= readers
