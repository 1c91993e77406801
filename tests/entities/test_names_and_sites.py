"""Organisation names with a list inside, ranks inside runs, initials and degrees
(issue #16, class 4), on sentence shapes from Indonesian news."""

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


def test_a_rank_inside_a_capitalised_run_ends_the_place_and_opens_the_person():
    es = ents(
        "Komandan Kodim 0733/Kota Semarang Letkol Inf Yoyon Nugroho hadir di lokasi banjir, Senin (20/10/2025). "
        "Yoyon mengatakan prajurit siap membantu warga."
    )
    assert not any("Letkol" in e.canonical or "Yoyon" in e.canonical for e in es if e.label != "PER")
    e = by_canonical(es, "Yoyon Nugroho")
    assert e is not None and e.label == "PER"


def test_a_rank_after_the_role_is_not_part_of_it():
    from warta.entities.ranks import without_rank as _without_rank

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
