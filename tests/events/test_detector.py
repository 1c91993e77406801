"""The learned trigger detector (issue #12): its candidates on real sentence shapes, what the
fitted weights do with them, the switch, and the determinism of the trainer's features and fit."""

from __future__ import annotations

import importlib.util
import json
from importlib import resources
from pathlib import Path

import warta
from warta.events import detector, extract

TEXT = (
    "Seorang pria ditangkap polisi di rumahnya di Bekasi, Senin (3/11). "
    "Polres Bekasi lalu melakukan penahanan terhadap tersangka Budi Santoso. "
    "Polisi tidak menahan istri tersangka. "
    "Penyidik akan memanggil dua saksi pekan depan."
)


def _article():
    art = warta.read(TEXT, exclude=["summary", "tone", "themes", "events"])
    return art


def _fitted() -> detector.Model:
    """The shipped weights, switched on whatever the file says (what the trainer learned)."""
    raw = json.loads(resources.files("warta.events").joinpath("data", "detector.json").read_text("utf-8"))
    m = detector.from_json(raw, force=True)
    assert m is not None, "detector.json was written for other features: rerun scripts/train_event_detector.py"
    return m


def _fates(art) -> dict[str, str]:
    cands: list = []
    extract(art, trace=cands)
    return {c.ws[c.trigger.first].low: c.fate for c in cands}


def test_candidates_are_kept_and_dropped_triggers_with_the_rules_verdict():
    fates = _fates(_article())
    assert fates.get("ditangkap") == "kept", fates  # a passive
    assert fates.get("penahanan") == "kept", fates  # a nominalisation after a light verb
    assert fates.get("menahan") == "negated", fates
    assert fates.get("memanggil") == "modal", fates


def test_tracing_changes_none_of_the_rules_events(monkeypatch):
    monkeypatch.setattr(detector, "model", lambda: None)
    art = _article()
    plain = [(e.type, e.trigger_start, e.actor, e.recipient) for e in extract(art)]
    traced = [(e.type, e.trigger_start, e.actor, e.recipient) for e in extract(art, trace=[])]
    assert plain == traced and plain


def test_the_fitted_detector_keeps_the_passive_and_the_nominalisation_and_adds_no_negated_or_planned_act(
    monkeypatch,
):
    monkeypatch.setattr(detector, "model", _fitted)
    words = {e.trigger.lower().split()[0] for e in extract(_article())}
    assert {"ditangkap"} <= words and ({"penahanan", "melakukan"} & words), words
    assert "menahan" not in words and "memanggil" not in words, words


def test_a_detector_that_adds_everything_does_add_the_dropped_acts(monkeypatch):
    """The probe above can fail: with the thresholds at their extremes the dropped acts come in."""
    m = _fitted()
    monkeypatch.setattr(detector, "model", lambda: detector.Model(m.weights, add=0.0, drop=-1.0))
    words = {e.trigger.lower().split()[0] for e in extract(_article())}
    assert "menahan" in words and "memanggil" in words, words


def test_the_switch_and_a_stale_file():
    raw = {"enabled": False, "features": list(detector.FEATURES), "weights": {"bias": 1.0}, "add": 0.9, "drop": 0.1}
    assert detector.from_json(raw) is None
    assert detector.from_json({**raw, "enabled": True}) is not None
    assert detector.from_json({**raw, "enabled": True, "features": ["bias"]}) is None


def _trainer():
    path = Path(__file__).resolve().parents[2] / "scripts" / "train_event_detector.py"
    spec = importlib.util.spec_from_file_location("train_event_detector", path)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def test_features_and_fit_are_deterministic():
    art = _article()
    runs = []
    for _ in range(2):
        cands: list = []
        extract(art, trace=cands)
        runs.append(detector.features(art, cands))
    assert runs[0] == runs[1] and runs[0]
    assert all(not any(w.low in k for w in cands[0].ws if len(w.low) > 5) or k.startswith("entry|") for k in runs[0][0])
    tr = _trainer()
    y = [1 if c.fate == "kept" else 0 for c in cands]
    items = [{"rows": runs[0], "y": y}]
    w1, w2 = tr.fit(items), tr.fit(items)
    assert w1 == w2
    p = tr.probs(items, w1)[0]
    assert all((pr > 0.5) == bool(v) for pr, v in zip(p, y, strict=True)), (p, y)
