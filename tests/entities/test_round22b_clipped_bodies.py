"""Round 22, second pass (mining pool: 48 in 45 articles): a body named in full and elsewhere by
its first words (`Badan Pangan Nasional … Badan Pangan`, `DPRD Kota Blitar … DPRD`) is one
entity, unless the rest of the name makes a sister body (`… Daerah`, `… Syariah`), a model
(`… 7 Plus`) or a national body's regional office. Sentences written for the tests."""

from __future__ import annotations

import pytest

import warta
from warta.document.model import Entity, Mention
from warta.entities.short_bodies import join_clipped_bodies


def _orgs(text: str) -> dict[str, set[str]]:
    art = warta.read(text, layers=["entities"])
    return {e.canonical: {m.text for m in e.mentions} for e in art.entities if e.label == "ORG"}


@pytest.mark.parametrize(
    ("text", "whole", "short"),
    [
        (
            "Kepala Badan Pangan Nasional Arief Prasetyo mengatakan stok beras aman. Menurut Arief, "
            "Badan Pangan akan menyalurkan bantuan ke 20 provinsi pekan depan.",
            "Badan Pangan Nasional",
            "Badan Pangan",
        ),
        (
            "Sekretaris DPRD Kota Blitar Sudarno mengatakan rapat paripurna digelar Senin. Rapat DPRD "
            "itu membahas anggaran tahun depan.",
            "DPRD Kota Blitar",
            "DPRD",
        ),
    ],
)
def test_first_words_of_a_body_are_the_body(text: str, whole: str, short: str) -> None:
    orgs = _orgs(text)
    assert short in orgs[whole]
    assert short not in orgs


def _ent(name: str, at: int) -> Entity:
    return Entity(name, "ORG", [Mention(at, at + len(name), name)])


@pytest.mark.parametrize(
    ("short", "whole", "joined"),
    [
        ("Dinas Sosial", "Dinas Sosial Kabupaten Garut", True),
        ("Persiba", "Persiba Balikpapan", True),
        ("Real Sociedad", "Real Sociedad FC", True),
        ("BPJS", "BPJS Ketenagakerjaan", True),
        ("Sentosa", "Sentosa Ketenagakerjaan", False),
        ("Dewan Perwakilan Rakyat", "Dewan Perwakilan Rakyat Daerah", False),
        ("Bank Nusa", "Bank Nusa Syariah", False),
        ("Timnas Indonesia", "Timnas Indonesia U 23", False),
        ("Galaxy Tab", "Galaxy Tab S10 Plus", False),
        ("PT Sinar", "PT Sinar Hulu Energi", False),
        ("Badan Pertanahan Nasional", "Badan Pertanahan Nasional Provinsi Jawa Barat", False),
        ("Sentosa", "Sentosa Jaya Abadi", False),
    ],
)
def test_the_rest_of_the_name_decides(short: str, whole: str, joined: bool) -> None:
    out = join_clipped_bodies([_ent(whole, 0), _ent(short, 100)])
    assert (len(out) == 1) is joined
    if joined:
        assert out[0].canonical == whole and {m.text for m in out[0].mentions} == {whole, short}
