"""scripts/fit_story_weights.py --events-view: the experimental events view reads the events
layer's types and parties in the lead only (the package does not compute it)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "fit_story_weights.py"


def _script():
    spec = importlib.util.spec_from_file_location("warta_fit_story_weights_test", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_event_terms_lead_types_and_parties() -> None:
    fit = _script()
    rec = {
        "events": [
            {"type": "INVESTIGATE", "sentence": 0, "actor": {"name": "KPK"}, "recipient": {"name": "Budi Santoso"}},
            {"type": "REJECT", "sentence": 9, "actor": {"name": "Sumiyati"}},  # past the lead: left out
            {"type": "MEET", "sentence": 1, "actor": None, "recipient": None},
            "not an event",
        ]
    }
    assert fit.event_terms(rec, 6) == {
        "ev:INVESTIGATE": 1,
        "ev:INVESTIGATE:actor:kpk": 1,
        "ev:INVESTIGATE:recipient:budi_santoso": 1,
        "ev:MEET": 1,
    }
    assert "ev:REJECT" in fit.event_terms(rec, 10) and not fit.event_terms({"events": None}, 6)
