"""A long segment with a verb of saying at every other word must not make the indirect quotes
quadratic: `kata Budi kata Budi …` with no stop is one segment of n words, and for each of its n
cues `_interrupted` looked for a predicate in every word after it (10,000 characters took 0.7 s,
20,000 four times that). The work is counted (calls of the word checks), not timed, so the test
does not depend on the machine's load."""

from __future__ import annotations

from typing import Any

import pytest

import warta
from warta.quotes.indirect import active, clause, closing, not_statements, start

# the modules of the indirect quotes that check words with is_verbish
CHECKING = (active, clause, closing, not_statements, start)


def _checks(text: str, monkeypatch: Any) -> int:
    calls = 0
    real = clause.is_verbish

    def counted(w: str) -> bool:
        nonlocal calls
        calls += 1
        return real(w)

    with monkeypatch.context() as m:
        for module in CHECKING:
            m.setattr(module, "is_verbish", counted)
        warta.read(text, layers=["quotes"])
    return calls


@pytest.mark.parametrize("unit", ["kata Budi ", "kata Budi, ", "ujar Budi makan "])
def test_work_on_a_run_of_cues_grows_linearly(unit: str, monkeypatch: Any) -> None:
    small = _checks("Jakarta - " + unit * 1000, monkeypatch)
    large = _checks("Jakarta - " + unit * 2000, monkeypatch)
    assert large < 2.5 * small + 100, (small, large)


def test_the_checks_find_the_same_quotes() -> None:
    # a reported clause after the name (`kata Budi harga …`) is still read as before
    text = "Jakarta - Menurut rencana, kata Budi harga beras akan turun pekan depan di pasar induk."
    quotes = warta.read(text).to_dict()["quotes"]
    assert [(q["speaker"], q["cue"], q["text"]) for q in quotes] == [
        ("Budi", "kata", "harga beras akan turun pekan depan di pasar induk.")
    ]
