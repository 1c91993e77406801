"""Round 21 (found on unannotated detik and IndoSum articles): a body's name that goes on after its
bracketed acronym (`Badan Penyelenggara Jaminan Sosial (BPJS) Kesehatan`), written again as the
acronym with the same tail (`BPJS Kesehatan`), is one body, not a head and a tail apart.
Sentences written for the tests."""

from __future__ import annotations

import warta


def _orgs(text: str) -> dict[str, set[str]]:
    ents = warta.read(text, layers=["entities"]).entities
    return {e.canonical: {m.text for m in e.mentions} for e in ents if e.label == "ORG"}


def test_a_tail_after_the_bracketed_acronym_closes_the_name() -> None:
    orgs = _orgs(
        "Bantuan hukum diberikan Lembaga Bantuan Hukum (LBH) Surabaya kepada warga. Menurut LBH Surabaya, "
        "gugatan diajukan pekan depan."
    )
    assert "LBH Surabaya" in orgs.get("Lembaga Bantuan Hukum Surabaya", set())
    assert "Lembaga Bantuan Hukum" not in orgs


def test_a_fund_named_across_its_bracket_is_one_body() -> None:
    orgs = _orgs(
        "Biaya pengobatan ditanggung Badan Penyelenggara Jaminan Sosial (BPJS) Ketenagakerjaan. Direktur Utama "
        "BPJS Ketenagakerjaan menyebut klaim dibayar pekan ini."
    )
    assert [name for name in orgs if "BPJS Ketenagakerjaan" in orgs[name]] == [
        "Badan Penyelenggara Jaminan Sosial Ketenagakerjaan"
    ]
