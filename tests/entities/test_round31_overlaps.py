"""Round 31: a person read at the end of a body's name (sentences written for the tests, in
detik's and CNN Indonesia's style)."""

from __future__ import annotations

import warta
from warta.document.model import Entity, Mention
from warta.entities.overlaps import people_closing_bodies


def _entity(text: str, name: str, label: str, role: str | None = None) -> Entity:
    at = text.index(name)
    return Entity(name, label, [Mention(at, at + len(name), name)], role=role)


def test_a_posted_person_cuts_the_body_before_them() -> None:
    text = "Kepala Satuan Tugas Pencegahan KPK Wilayah III Rudi Hartono mengatakan data itu berbeda."
    body = _entity(text, "Satuan Tugas Pencegahan KPK Wilayah III Rudi Hartono", "ORG")
    person = _entity(text, "Rudi Hartono", "PER", role="Kepala Satuan Tugas Pencegahan KPK Wilayah III")
    out = people_closing_bodies(text, [body, person])
    assert [(e.canonical, e.label) for e in out] == [
        ("Satuan Tugas Pencegahan KPK Wilayah III", "ORG"),
        ("Rudi Hartono", "PER"),
    ]
    assert out[0].mentions[0].text == "Satuan Tugas Pencegahan KPK Wilayah III"


def test_a_body_named_after_a_person_keeps_the_name() -> None:
    text = "Ia dirawat di Rumah Sakit Pusat Angkatan Darat (RSPAD) Ahmad Yani, Jakarta Pusat, sejak Senin."
    body = _entity(text, "Rumah Sakit Pusat Angkatan Darat (RSPAD) Ahmad Yani", "ORG")
    person = _entity(text, "Ahmad Yani", "PER")
    out = people_closing_bodies(text, [body, person])
    assert [(e.canonical, e.label) for e in out] == [("Rumah Sakit Pusat Angkatan Darat (RSPAD) Ahmad Yani", "ORG")]


def test_the_pipeline_reads_no_person_inside_the_hospital() -> None:
    text = (
        "Jakarta, CNN Indonesia -- Tersangka dibawa ke Rumah Sakit Pusat Angkatan Darat (RSPAD) Gatot Subroto, "
        "Jakarta Pusat, untuk diperiksa. Pengacaranya, Firman Hadi, mengatakan kliennya dibawa ke RSPAD Gatot Subroto "
        "untuk pemeriksaan jantung."
    )
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    assert "Gatot Subroto" not in [e.canonical for e in ents if e.label == "PER"]
