"""Round 27: the learned detector as an add-only fill — it may add an act the rules dropped in a
sentence (and of a type) the rules left empty, with the parties the party code read, and never
takes one of the rules' events out; the trainer learns no word identities and judges the fill on
the newest sets apart."""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import warta
from warta.events import detector, extract

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_detector import _trainer  # noqa: E402  (the trainer script, loaded as a module)

TEXT = (
    "Tim Satreskrim Polres Garut menangkap seorang pemuda berinisial RD di sebuah warung, Rabu (12/3). "
    "Warga sekitar tidak memukuli pemuda itu. "
    "Kejaksaan Negeri Garut rencananya akan memeriksa kepala desa pekan depan."
)


def _article():
    return warta.read(TEXT, exclude=["summary", "tone", "themes", "events"])


def _weights() -> dict[str, float]:
    raw = json.loads(resources.files("warta.events").joinpath("data", "detector.json").read_text("utf-8"))
    return raw["weights"]


def test_an_add_only_fill_never_takes_out_an_event_of_the_rules(monkeypatch):
    """Weights that doubt every candidate: with ``drop`` at -1 the rules' arrest stands."""
    monkeypatch.setattr(detector, "model", lambda: None)
    rules = [(e.type, e.trigger_start) for e in extract(_article())]
    doubt = detector.Model({"bias": -30.0}, add=2.0, drop=-1.0)
    monkeypatch.setattr(detector, "model", lambda: doubt)
    assert [(e.type, e.trigger_start) for e in extract(_article())] == rules and rules


def test_a_filled_act_comes_with_the_parties_the_party_code_read(monkeypatch):
    """A gate at zero lets the dropped beating in: its actor and victim are those parties.py reads
    for the sentence (`Warga`, and `pemuda itu` resolved to the RD just arrested), not a second
    reading of parties."""
    monkeypatch.setattr(detector, "model", lambda: detector.Model({"bias": 1.0}, add=0.0, drop=-1.0))
    added = [e for e in extract(_article()) if e.trigger.lower().startswith("memukul")]
    assert len(added) == 1, added
    ev = added[0]
    assert ev.actor is not None and ev.actor.name.lower().startswith("warga"), ev.actor
    assert ev.recipient is not None and ev.recipient.name == "RD", ev.recipient


def test_the_fill_adds_one_event_per_sentence_and_type(monkeypatch):
    """Two dropped candidates of one type in one sentence give at most one added event."""
    monkeypatch.setattr(detector, "model", lambda: detector.Model({"bias": 1.0}, add=0.0, drop=-1.0))
    keys = [(e.sentence, e.type) for e in extract(_article())]
    assert len(keys) == len(set(keys)), keys


def test_the_shipped_weights_hold_no_word_identities():
    """Lexicon entries are words whose weights would be learned from detik text (not ship-ok)."""
    assert not [k for k in _weights() if k.startswith("entry|")]
    assert _trainer().WORD_FREE == "entry|"


def test_the_fill_ships_only_when_the_newest_sets_rise_and_the_pool_does_not_fall():
    ship = _trainer().should_ship_fill
    rules = {"f1": 0.676, "p": 0.819}
    assert ship(rules, {"f1": 0.677, "p": 0.81}, 0.450, 0.450, (0.40, 0.42))
    assert not ship(rules, {"f1": 0.677, "p": 0.81}, 0.450, 0.448, (0.40, 0.42))  # end to end falls
    assert not ship(rules, {"f1": 0.675, "p": 0.81}, 0.450, 0.451, (0.40, 0.42))  # pooled F1 falls
    assert not ship(rules, {"f1": 0.677, "p": 0.81}, 0.450, 0.451, (0.40, 0.40))  # the newest sets flat


def test_a_fill_given_verdicts_overrules_no_other(monkeypatch):
    """With ``fill`` the negated beating stays out (`negated` is not given); without it, it comes in."""
    gated = detector.Model({"bias": 1.0}, add=0.0, drop=-1.0, fill=frozenset({"party", "partial"}))
    monkeypatch.setattr(detector, "model", lambda: gated)
    assert not [e for e in extract(_article()) if e.trigger.lower().startswith("memukul")]
    raw = {"enabled": True, "features": list(detector.FEATURES), "weights": {}, "add": 0.5, "drop": -1.0}
    assert detector.from_json({**raw, "fill": ["partial", "party"]}).fill == frozenset({"party", "partial"})
    assert detector.from_json(raw).fill is None
