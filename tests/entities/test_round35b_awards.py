"""Round 35 (second wave): an award ceremony or its prize (`Golden Globe`, `Golden Globes 2018`) is an
event or a thing, which GUIDELINES does not count as an entity; the tagger read it as a person. The
people named with it stay. Sentences written for the tests in CNN Indonesia's style (the award
names come from the unannotated pool)."""

from __future__ import annotations

import warta


def _names(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.label for e in ents}


def test_a_ceremony_on_its_red_carpet_is_no_entity() -> None:
    text = (
        "Para pesohor Hollywood kompak berpakaian hitam di karpet merah Golden Globe setiap tahun. "
        "Meryl Streep datang bersama seorang aktivis."
    )
    names = _names(text)
    assert "Golden Globe" not in names
    assert names.get("Meryl Streep") == "PER"


def test_a_prize_with_its_year_is_no_entity() -> None:
    text = (
        "Gary Oldman memupuskan harapan Tom Hanks meraih piala Golden Globes 2018. Oldman menyabet "
        "gelar aktor terbaik berkat perannya sebagai Winston Churchill."
    )
    names = _names(text)
    assert "Golden Globes" not in names
    assert names.get("Tom Hanks") == "PER"
