"""The learned run-on decision (warta.quotes.runon): a model, when one is in force, decides whether
an indirect statement goes on into the next cue-less sentence of its paragraph; without one the
rules decide, unchanged."""

from __future__ import annotations

import pytest

from warta.quotes import runon

from .conftest import read

# a statement, then a cue-less sentence that links back with a connective
LINKED = (
    "Kepala dinas pertanian Budi Santoso mengatakan harga gabah di tingkat petani akan naik bulan depan. "
    "Sebab, pasokan dari sentra produksi di selatan mulai berkurang sejak awal musim kemarau."
)
# a statement, then a sentence about the speaker in the writer's voice
ABOUT_SPEAKER = (
    "Kepala dinas pertanian Budi Santoso mengatakan harga gabah di tingkat petani akan naik bulan depan. "
    "Ia kemudian meninjau gudang beras milik koperasi di pinggir kota bersama rombongan."
)


def _model(**w: float) -> runon.Model:
    return runon.Model(tuple(float(w.get(n, 0.0)) for n in runon.FEATURES))


@pytest.fixture
def override():
    """Set a model for one test and put the shipped state back after."""

    def put(m):
        runon.OVERRIDE = m

    yield put
    runon.OVERRIDE = None


def _indirect_text(text: str) -> str:
    qs = [q for q in read(text).quotes if q.kind == "indirect"]
    assert len(qs) == 1, qs
    return qs[0].text


def test_continuation_taken(override):
    override(_model(bias=-1.0, connective=3.0, third_person=-3.0))
    assert "pasokan dari sentra produksi" in _indirect_text(LINKED)


def test_stop_kept(override):
    override(_model(bias=-1.0, connective=3.0, third_person=-3.0))
    got = _indirect_text(ABOUT_SPEAKER)
    assert got.startswith("harga gabah") and "meninjau" not in got


def test_model_overrules_the_rules(override):
    """The same sentence taken or left by the model alone: it decides, not the rules."""
    override(_model(bias=5.0))
    assert "meninjau gudang" in _indirect_text(ABOUT_SPEAKER)
    override(_model(bias=-5.0))
    assert "pasokan" not in _indirect_text(LINKED)


def test_margin_defers_to_the_rules(override):
    """Within the margin the rules' own decision stands."""
    override("rules")
    rules = _indirect_text(LINKED)
    override(runon.Model(tuple(0.1 if n == "bias" else 0.0 for n in runon.FEATURES), margin=1.0))
    assert _indirect_text(LINKED) == rules


def test_recording_changes_nothing(override):
    """Collecting the decisions for training leaves the rules' quotes as they are."""
    override("rules")
    before = _indirect_text(LINKED)
    runon.RECORD = []
    try:
        after = _indirect_text(LINKED)
        cases = runon.RECORD
    finally:
        runon.RECORD = None
    assert after == before
    assert len(cases) == 1 and cases[0]["next"].startswith("Sebab,")
    x = dict(zip(runon.FEATURES, cases[0]["x"], strict=True))
    assert x["connective"] == 1.0 and x["third_person"] == 0.0 and x["para_end"] == 1.0


def test_features_of_a_sentence_about_the_speaker(override):
    override("rules")
    runon.RECORD = []
    try:
        read(ABOUT_SPEAKER)
        cases = runon.RECORD
    finally:
        runon.RECORD = None
    x = dict(zip(runon.FEATURES, cases[0]["x"], strict=True))
    assert x["third_person"] == 1.0 and x["connective"] == 0.0 and x["named_speaker"] == 1.0
