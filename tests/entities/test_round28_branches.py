"""Round 28: a country written right after a body's name is the body's national branch or full name
(`Oxfam Indonesia`, `Greenpeace Australia`), as the annotated sets name `Telkom Indonesia`; not a
long country name after a body (`di PBB Republik Afrika Tengah`) nor a country a figure follows."""

from __future__ import annotations

import warta


def ents(text: str) -> dict[str, tuple[str, set[str]]]:
    art = warta.read(text, layers=["entities", "places"])
    return {e.canonical: (e.label, {m.text for m in e.mentions}) for e in art.entities}


def test_a_country_after_a_body_names_its_branch() -> None:
    got = ents("Laporan terbaru Oxfam Indonesia menyebut ketimpangan melebar. Oxfam meminta pemerintah bertindak.")
    assert got.get("Oxfam Indonesia", ("",))[0] == "ORG", got
    assert "Indonesia" not in got, got


def test_a_branch_abroad_and_its_city() -> None:
    got = ents("Kampanye itu digagas Greenpeace Australia bersama warga Sydney.")
    assert got.get("Greenpeace Australia", ("",))[0] == "ORG", got
    assert "Australia" not in got, got


def test_a_long_country_name_or_a_figure_after_it_stays_apart() -> None:
    got = ents("Ia pernah bertugas di PBB Republik Afrika Tengah selama setahun.")
    assert got.get("Republik Afrika Tengah", ("",))[0] == "LOC", got
    got = ents("Dana itu dikelola Danone Indonesia 2025 untuk program gizi.")
    assert got.get("Indonesia", ("",))[0] == "LOC", got
