"""Round 35 (third engineer): an acronym one article spells out as a foreign name is doubted where the
text writes it elsewhere, in articles of another story and field (pool 'INA', 'SPA'; IndoSum 'PSA')."""

from __future__ import annotations

from warta.identity.acronyms import foreign_doubt, foreign_expansion


def test_foreign_names() -> None:
    assert foreign_expansion("saudi press agency")
    assert foreign_expansion("indonesia next apps")  # the place's word left aside
    assert foreign_expansion("prostate specific antigen")


def test_indonesian_names() -> None:
    assert not foreign_expansion("dewan pertimbangan pegawai")
    assert not foreign_expansion("rumah sakit cipto mangunkusumo")
    assert not foreign_expansion("samsat digital nasional")


def test_doubt_needs_one_article_and_uses_elsewhere() -> None:
    assert foreign_doubt("spa", ["saudi press agency"], 1, 2)
    assert not foreign_doubt("spa", ["saudi press agency"], 1, 0)  # never written without the name
    assert not foreign_doubt("spa", ["saudi press agency"], 2, 2)  # two articles of evidence
    assert not foreign_doubt("who", ["world health organization"], 1, 3)  # a reader knows it
