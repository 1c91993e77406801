"""Round 39: a body named after a post and run on into its holder's name is a body and a person
(boundaries.split_org_person, posted path), and the guards that keep a body's own last words in it.
Sentences written for the tests in the shapes read on the mining pool; the names are invented."""

from __future__ import annotations

import warta


def _ents(text: str) -> dict[str, tuple[str, str | None]]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: (e.label, e.role) for e in ents}


def test_a_body_with_its_place_after_a_bracketed_post_gives_up_the_name() -> None:
    found = _ents(
        "Kepala Seksi Hubungan Masyarakat (Kasi Humas) Polresta Denpasar Sutrisno Hadikusumo di Denpasar, "
        "Senin (4/3), membenarkan kejadian itu."
    )
    assert found.get("Sutrisno Hadikusumo", ("",))[0] == "PER"
    assert found.get("Polresta Denpasar", ("",))[0] == "ORG"


def test_a_unit_and_its_council_before_a_member_give_up_the_name() -> None:
    found = _ents(
        "Sebelumnya, anggota Badan Pembentukan Peraturan Daerah (Bapemperda) DPRD Kota Medan Rusdianto Siregar "
        "menegaskan anggaran itu harus segera disahkan."
    )
    assert found.get("Rusdianto Siregar", ("",))[0] == "PER"
    assert not any("Rusdianto" in name for name, (label, _r) in found.items() if label != "PER")


def test_a_ministry_in_full_before_a_speaker_gives_up_the_name() -> None:
    found = _ents("Juru bicara Kementerian Kesehatan Teguh Wirasena, yang dihubungi terpisah, membenarkan kabar itu.")
    assert found.get("Teguh Wirasena") == ("PER", "Juru bicara Kementerian Kesehatan")
    assert found.get("Kementerian Kesehatan", ("",))[0] == "ORG"


def test_a_rank_after_the_body_is_no_name() -> None:
    found = _ents(
        "Direktur Penyidikan Komisi Pemberantasan Korupsi Brigjen (Pol) Rusdianto Siregar membantah tudingan itu."
    )
    assert "Brigjen" not in found


def test_a_team_named_after_the_body_with_a_person_set_off_is_no_name() -> None:
    found = _ents("Head Engineering Pertamina Arden Team, Gaetan Moreau, mengatakan peluang timnya cukup terbuka.")
    assert "Arden Team" not in found


def test_a_body_running_into_a_relative_clause_keeps_its_words() -> None:
    found = _ents(
        "Kami menegaskan kepada anggota Himapol FISIP Universitas Udayana Kabinet Cakra yang terbukti melanggar "
        "bahwa keanggotaan mereka dicabut."
    )
    assert "Kabinet Cakra" not in found
