"""Organisation names with a list inside, facilities named as places, a country's own name
(issue #16, classes 4 and 6), on sentence shapes from Indonesian news."""

from __future__ import annotations

from warta.document.input import to_article
from warta.entities import extract


def ents(text: str):
    return extract(to_article(text), tagged=[])


def by_canonical(es, name):
    return next((e for e in es if e.canonical == name), None)


def test_an_organisation_whose_name_holds_a_list_keeps_it_whole():
    es = ents(
        "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperkirakan hujan lebat turun di Jakarta. "
        "BMKG juga mengimbau warga menjauhi bantaran sungai."
    )
    e = by_canonical(es, "Badan Meteorologi, Klimatologi, dan Geofisika")
    assert e is not None and e.label == "ORG"
    assert [m.text for m in e.mentions].count("BMKG") == 2
    assert by_canonical(es, "Badan Meteorologi") is None


def test_a_list_of_people_before_a_bracket_is_not_one_name():
    es = ents("Polisi memeriksa Andi Saputra, Budi Hartono, dan Cahyo Nugroho (ABC) kemarin di Jakarta.")
    assert not any("," in e.canonical for e in es)


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


def test_a_rank_inside_a_capitalised_run_ends_the_place_and_opens_the_person():
    es = ents(
        "Komandan Kodim 0733/Kota Semarang Letkol Inf Yoyon Nugroho hadir di lokasi banjir, Senin (20/10/2025). "
        "Yoyon mengatakan prajurit siap membantu warga."
    )
    assert not any("Letkol" in e.canonical or "Yoyon" in e.canonical for e in es if e.label != "PER")
    e = by_canonical(es, "Yoyon Nugroho")
    assert e is not None and e.label == "PER"


def test_a_rank_after_the_role_is_not_part_of_it():
    from warta.entities import _without_rank

    assert _without_rank("Kapolri Jenderal") == "Kapolri"
    assert _without_rank("Kapolres Bogor AKBP") == "Kapolres Bogor"
    assert _without_rank("Sekretaris Jenderal") == "Sekretaris Jenderal"


def test_initials_after_berinisial_are_no_country():
    es = ents("Polisi menangkap pelaku berinisial AS di Bekasi, Jawa Barat. Kapolres Bekasi mengatakan AS ditahan.")
    assert not any(e.label == "LOC" and e.country == "US" for e in es)


def test_a_degree_after_a_name_is_no_person():
    es = ents(
        "Kuasa hukum tersangka, M. Ali Nurdin, S.H., mengatakan kliennya kooperatif. Ali Nurdin hadir di Jakarta."
    )
    assert not any(e.canonical.startswith("S.H") for e in es)


def test_the_word_between_kapolsek_and_a_rank_is_the_region():
    import warta

    es = warta.read(
        "Kapolsek Cilandak Kompol Ngadiman mengatakan korban dirawat di Jakarta Selatan.", layers=["entities"]
    ).entities
    e = by_canonical(es, "Cilandak")
    assert e is not None and e.label == "LOC" and e.country == "ID"
    assert by_canonical(es, "Ngadiman").label == "PER"
