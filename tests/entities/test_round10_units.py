"""Bodies run together with their neighbours (issue #16), on other names: a unit and the body it
belongs to are two organisations, a board word joins its body's name, and a given name swallowed
by a body goes back to the person after it."""

import warta
from warta.document.model import Entity, Mention
from warta.entities import units


def _ents(text: str) -> dict[str, tuple[str, list[str]]]:
    art = warta.read(text, layers=["entities"])
    return {e.canonical: (e.label, [m.text for m in e.mentions]) for e in art.entities}


def test_unit_then_parent_body_are_two_organisations() -> None:
    ents = _ents("Berkas itu diperiksa Direktorat Jenderal Pajak Kementerian Keuangan pekan lalu, kata Rudi.")
    assert ents.get("Direktorat Jenderal Pajak", ("", []))[0] == "ORG"
    assert ents.get("Kementerian Keuangan", ("", []))[0] == "ORG"


def test_board_word_joins_the_body_after_it() -> None:
    ents = _ents("Bendahara Pengurus Pusat Pemuda Muhammadiyah Budi Santoso hadir dalam acara itu.")
    assert "Pengurus" not in ents and "Pusat Pemuda Muhammadiyah" not in ents
    assert ents.get("Pengurus Pusat Pemuda Muhammadiyah", ("", []))[0] == "ORG"


def test_given_name_swallowed_by_a_body_goes_back_to_the_person() -> None:
    text = "Direktur Kerja Sama Kementerian Dalam Negeri Rizal Hadi Pratama mengatakan hal itu. Rizal menambahkan."
    org = "Kerja Sama Kementerian Dalam Negeri Rizal Hadi"
    s, p, r = text.index(org), text.index("Pratama"), text.rindex("Rizal")
    ents = [
        Entity(org, "ORG", [Mention(s, s + len(org), org)]),
        Entity("Pratama", "PER", [Mention(p, p + 7, "Pratama")]),
        Entity("Rizal", "PER", [Mention(r, r + 5, "Rizal")]),
    ]
    out = {e.canonical: [m.text for m in e.mentions] for e in units.give_back_names(text, ents)}
    assert out == {
        "Kerja Sama Kementerian Dalam Negeri": ["Kerja Sama Kementerian Dalam Negeri"],
        "Rizal Hadi Pratama": ["Rizal Hadi Pratama", "Rizal"],
    }


def test_special_committee_and_coalition_are_organisations() -> None:
    ents = _ents("Menteri itu hadir dalam rapat dengan Panitia Khusus Rancangan Undang-Undang Penyiaran, Selasa.")
    assert ents.get("Panitia Khusus Rancangan Undang-Undang Penyiaran", ("", []))[0] == "ORG"
    ents = _ents("Koalisi Masyarakat Sipil untuk Reformasi Polri menolak revisi itu.")
    assert any(name.startswith("Koalisi Masyarakat Sipil") and lab == "ORG" for name, (lab, _) in ents.items())
