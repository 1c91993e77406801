"""Error classes of the fourth events round (issue #12, recall): acts the guidelines code that the
layer dropped. Sentences in the shapes the development sets showed, with other names and words."""

from __future__ import annotations

import warta


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (e.type, e.trigger, e.actor.name if e.actor else None, e.recipient.name if e.recipient else None)
        for e in warta.read(text).events
    ]


def test_a_killing_after_setelah_is_an_act_of_the_main_subject():
    text = "Rudi Hartono (29) tak langsung melarikan diri setelah menusuk tetangganya, Anwar Saleh (50), di Medan."
    got = [(t, a, r) for t, trig, a, r in _events(text) if trig == "menusuk"]
    assert got and got[0][0] == "ASSAULT" and got[0][1] == "Rudi Hartono", _events(text)


def test_a_killing_after_setelah_inside_a_quote_is_by_the_clause_subject():
    text = '"Dua penyerang bersenjata masuk ke kantor polisi setelah membunuh seorang penjaga," kata Kapolda Hamid.'
    got = [(a, r) for t, trig, a, r in _events(text) if trig == "membunuh"]
    assert got and got[0][0] is not None and "penyerang" in got[0][0], _events(text)


def test_a_meeting_after_setelah_stays_background():
    text = "Gubernur Andi menandatangani perjanjian itu setelah bertemu Menteri Budi di Jakarta."
    assert not [trig for t, trig, a, r in _events(text) if t == "CONSULT"], _events(text)
