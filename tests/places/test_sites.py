"""Places (issue #16, class 6): a body's building named as where something happens, the region
between `Kapolsek` and a rank, a country by its own name rather than `Tanah Air`."""

from __future__ import annotations

from warta.document.input import to_article
from warta.entities import extract


def ents(text: str):
    return extract(to_article(text), tagged=[])


def by_canonical(es, name):
    return next((e for e in es if e.canonical == name), None)


def test_a_body_building_after_a_preposition_of_place_is_a_place():
    es = ents(
        "Rapat digelar di Kantor Gubernur Jawa Tengah, Semarang, Senin (20/10/2025). Pertemuan lanjutan "
        "akan digelar di Balai Kota DKI Jakarta pekan depan."
    )
    for name in ("Kantor Gubernur Jawa Tengah", "Balai Kota DKI Jakarta"):
        e = by_canonical(es, name)
        assert e is not None and e.label == "LOC", (name, [(x.canonical, x.label) for x in es])
        assert e.country == "ID"


def test_a_body_building_as_a_subject_stays_the_body():
    es = ents("Mabes Polri menyatakan operasi itu digelar serentak. Tim kemudian berangkat dari Mapolda Metro Jaya.")
    e = by_canonical(es, "Mabes Polri")
    assert e is not None and e.label == "ORG"


def test_a_country_is_named_by_its_own_name_not_an_epithet():
    es = ents("Presiden menyebut Tanah Air harus mandiri pangan. Indonesia kini memiliki cadangan beras terbesar.")
    e = next(e for e in es if e.label == "LOC" and e.country == "ID")
    assert e.canonical == "Indonesia"
    assert "Tanah Air" in [m.text for m in e.mentions]


def test_the_word_between_kapolsek_and_a_rank_is_the_region():
    import warta

    es = warta.read(
        "Kapolsek Cilandak Kompol Ngadiman mengatakan korban dirawat di Jakarta Selatan.", layers=["entities"]
    ).entities
    e = by_canonical(es, "Cilandak")
    assert e is not None and e.label == "LOC" and e.country == "ID"
    assert by_canonical(es, "Ngadiman").label == "PER"
