"""The detector's round-13 context features (issue #12) and the trainer's solver and ship rule:
each probe can fail (a feature that is never set, a solver that stops early, a rule that ships a
model that lowers precision)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np

import warta
from warta.events import detector, extract

TEXT = (
    "Partai Buruh mengecam keras penangkapan aktivis Budi Santoso oleh Polres Bekasi. "
    'Ketua Partai Buruh Said Iqbal mendesak, "Polisi harus membebaskan Budi hari ini." '
    "Polisi tidak menahan istri Budi."
)


def _rows() -> dict[str, dict[str, float]]:
    art = warta.read(TEXT, exclude=["summary", "tone", "themes", "events"])
    cands: list = []
    extract(art, trace=cands)
    rows = detector.features(art, cands)
    return {c.ws[c.trigger.first].low: r for c, r in zip(cands, rows, strict=True)}


def _trainer():
    path = Path(__file__).resolve().parents[2] / "scripts" / "train_event_detector.py"
    spec = importlib.util.spec_from_file_location("train_event_detector_ctx", path)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def test_context_features_read_the_negation_the_entities_and_the_rules_reason():
    rows = _rows()
    neg = rows.get("menahan")
    assert neg is not None and neg.get("neg_near") == 1.0 and neg.get("why|negated") == 1.0, neg
    assert neg.get("prev|tidak") == 1.0, neg  # the closed-class word before it
    cut = rows.get("mengecam")
    assert cut is not None and "neg_near" not in cut, cut
    assert cut.get("before_org") == 1.0 or cut.get("after_per") == 1.0, cut  # Partai Buruh …, … Budi Santoso
    assert all(k in detector.FEATURES or "|" in k for r in rows.values() for k in r), rows


def test_the_sparse_newton_fit_reaches_the_optimum():
    """The conjugate-gradient Newton steps end where the gradient of the penalised loss is zero."""
    tr = _trainer()
    rng = np.random.default_rng(7)
    rows = [{"bias": 1.0} | {f"f{j}": 1.0 for j in rng.choice(40, 6, replace=False)} for _ in range(300)]
    y = [int(("f1" in r) != (rng.random() < 0.2)) for r in rows]
    w = tr.fit([{"rows": rows, "y": y}], l2=1.0)
    names = list(w)
    vec = np.array([w[n] for n in names])
    mv, rmv = tr._sparse(rows, names)
    p = 1 / (1 + np.exp(-mv(vec)))
    reg = np.full(len(names), 1.0)
    reg[0] = 1e-6
    grad = rmv(p - np.array(y, dtype=float)) + reg * vec
    assert float(np.abs(grad).max()) < 1e-4
    assert w["f1"] > 1.0  # the feature that carries the label has a large weight


def test_auc_and_the_ship_rule():
    tr = _trainer()
    assert tr.auc([(0.9, 1), (0.1, 0)]) == 1.0 and tr.auc([(0.1, 1), (0.9, 0)]) == 0.0
    assert tr.auc([(0.5, 1), (0.5, 0)]) == 0.5
    rules = {"p": 0.88, "f1": 0.77}
    assert tr.should_ship(rules, {"p": 0.87, "f1": 0.78}, 0.56, 0.57, 2, 12)
    assert not tr.should_ship(rules, {"p": 0.84, "f1": 0.79}, 0.56, 0.58, 2, 12)  # precision down 0.04
    assert not tr.should_ship(rules, {"p": 0.87, "f1": 0.78}, 0.56, 0.55, 2, 12)  # end to end worse
    assert not tr.should_ship(rules, {"p": 0.87, "f1": 0.78}, 0.56, 0.57, 5, 12)  # too many sets worse
