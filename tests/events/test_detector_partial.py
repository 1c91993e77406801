"""The detector's candidates beyond the lexicon's matches (issue #12): a content word of a
multi-word pattern standing without the rest of it (`meminta` without `agar`, `bantuan` without
`memberikan`), typed by its patterns, never kept by the rules, added only by a model."""

from __future__ import annotations

import warta
from warta.events import detector, extract
from warta.quotes.text import words

ASK = "Bupati Sleman Sri Purnomo meminta warga tetap tenang setelah gempa mengguncang kawasan itu."
GIVE = "Pemerintah Kota Bandung memberikan bantuan kepada korban banjir di Cicaheum."


def _partials(text: str) -> list[tuple[str, str]]:
    art = warta.read(text, exclude=["summary", "tone", "themes", "events"])
    cands: list = []
    extract(art, trace=cands)
    return [(c.ws[c.trigger.first].low, c.trigger.type) for c in cands if c.fate == "partial"]


def test_a_general_word_without_its_pattern_is_a_typed_candidate():
    assert ("meminta", "DEMAND") in _partials(ASK)


def test_a_word_inside_a_matched_pattern_is_not_a_candidate_again():
    assert all(w != "bantuan" for w, _t in _partials(GIVE)), _partials(GIVE)


def test_no_candidate_without_a_party_like_word():
    ws = words("warga diminta tetap tenang dan meminta bantuan", 0, 47)
    assert detector.partial_triggers(ws, []) == []
    ws = words("Warga Desa Sukamaju meminta bantuan", 0, 35)  # `Desa`: a capitalised word past the first
    assert [t.pattern.words[0] for t in detector.partial_triggers(ws, [])] == ["meminta", "bantuan"]


def test_the_rules_never_keep_a_partial_candidate_but_a_trusting_model_adds_it(monkeypatch):
    monkeypatch.setattr(detector, "model", lambda: None)
    art = warta.read(ASK, exclude=["summary", "tone", "themes", "events"])
    assert not any(e.type == "DEMAND" for e in extract(art))
    m = detector.Model({"bias": 5.0}, add=0.5, drop=-1.0)
    monkeypatch.setattr(detector, "model", lambda: m)
    assert any(e.type == "DEMAND" and e.trigger.lower().startswith("meminta") for e in extract(art))
