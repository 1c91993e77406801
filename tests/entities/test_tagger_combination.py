"""How the tagger's spans are used beside the rules (issue #16): a tagger span is kept whole
across `dan` inside a defined organisation's name, a person's span takes the initial before it,
a span with digits is no person, a listed district the tagger calls a person is a place; and a
street named after a person (`Jalan Raya …`) is a place by the rules alone."""

from __future__ import annotations

import warta
from warta.entities import extract


def _entities(text: str, spans: list[tuple[str, str]] | None = None) -> dict[str, str]:
    """Entities of ``text`` with the tagger's spans given as (written text, label)."""
    art = warta.read(text, layers=[])
    tagged = []
    for name, label in spans or []:
        s = art.norm.index(name)
        tagged.append((s, s + len(name), label))
    return {e.canonical: e.label for e in extract(art, tagged=tagged)}


def test_defined_organisation_across_dan_is_one_name():
    text = (
        "Pelapor kemudian mendatangi Bidang Hukum dan Hak Asasi (Bidkum) Polda Jawa Barat di Bandung, "
        "Senin (4/9/2017). Laporan itu diterima petugas Bidkum."
    )
    ents = _entities(text, [("Bidang Hukum dan Hak Asasi", "ORG"), ("Polda Jawa Barat", "ORG")])
    assert ents.get("Bidang Hukum dan Hak Asasi") == "ORG"
    assert "Hak Asasi" not in ents and "Bidang Hukum" not in ents
    assert ents.get("Polda Jawa Barat") == "ORG"


def test_two_bodies_joined_by_dan_stay_two():
    text = "Kementerian Keuangan dan Kementerian Perdagangan menggelar rapat di Jakarta, Selasa (3/10/2017)."
    ents = _entities(text, [("Kementerian Keuangan dan Kementerian Perdagangan", "ORG")])
    assert ents.get("Kementerian Keuangan") == "ORG" and ents.get("Kementerian Perdagangan") == "ORG"


def test_person_span_takes_the_initial_before_it():
    text = (
        "Perkara itu diperiksa oleh Rhido Jusmadi sebagai Ketua Majelis Komisi, dengan anggota terdiri "
        "atas M. Sukarmi Wibowo, Dinni Melanie, Guntur Saragih."
    )
    ents = _entities(text, [("Sukarmi Wibowo", "PER"), ("Dinni Melanie", "PER"), ("Guntur Saragih", "PER")])
    assert ents.get("M. Sukarmi Wibowo") == "PER"
    assert "Sukarmi Wibowo" not in ents


def test_a_span_with_digits_is_no_person():
    text = "Warganet ramai menulis tagar #TolakRevisi2017 di Twitter sejak Senin, kata Andi Pratama."
    ents = _entities(text, [("TolakRevisi2017", "PER"), ("Andi Pratama", "PER")])
    assert "TolakRevisi2017" not in ents
    assert ents.get("Andi Pratama") == "PER"


def test_listed_district_is_a_place_not_a_person():
    text = (
        '"Kalau dari Semarang bisa lewat Ungaran, nanti tembus ke Ambarawa kalau nggak ke Bawen, Bergas," '
        "kata Kasat Lantas Polres Semarang AKP Budi Santoso."
    )
    ents = _entities(text, [("Bergas", "PER"), ("Budi Santoso", "PER")])
    assert ents.get("Bergas") == "LOC"
    assert ents.get("Budi Santoso") == "PER"


def test_street_after_jalan_raya_is_a_place():
    for street in ("Jalan Raya Dewi Sartika", "Jalan Raya Imam Bonjol"):
        text = f"Ia menyampaikan itu di Pendopo Cianjur, di {street}, Kecamatan Cibeureum, Selasa (21/10/2025)."
        ents = _entities(text, [])
        assert ents.get(street) == "LOC" and ents.get("Pendopo Cianjur") == "LOC"
    assert _entities("Jalan Raya itu macet sejak pagi karena perbaikan.", []) == {}


def test_name_particle_makes_a_tagger_place_a_person():
    text = (
        "Petisi itu diserahkan sejumlah pesohor, antara lain Melati Suryani, Rangga Pratama, hingga "
        "Marco van Basten di gedung parlemen, Kamis (4/9/2025)."
    )
    ents = _entities(text, [("Melati Suryani", "PER"), ("Rangga Pratama", "PER"), ("Marco van Basten", "LOC")])
    assert ents.get("Marco van Basten") == "PER"
    # a known place with a particle is typed by the gazetteer first
    ents = _entities("Ia terbang ke Rio de Janeiro, Brasil, pekan lalu.", [("Rio de Janeiro", "LOC")])
    assert ents.get("Rio de Janeiro") == "LOC"
