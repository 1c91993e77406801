"""Roles in other outlets' styles (issue #16, round 14): a relation set off after one name and run
into a second (`Vidi, kuasa hukum Mario membenarkan`) is the first person's, and the spelling
`kordinator` is a post. Sentences written for this test, not taken from any set."""

from __future__ import annotations

import warta


def _roles(text: str) -> dict[str, str | None]:
    art = warta.read({"id": "t", "text": text, "published": "2017-04-18"}).to_dict()
    out: dict[str, str | None] = {}
    for e in art["entities"]:
        if e["label"] == "PER":
            m = e["mentions"][0]
            out[art["body"][m["start"] : m["end"]]] = e.get("role")
    return out


def test_apposed_relation_goes_to_the_first_name() -> None:
    roles = _roles(
        "Polisi memeriksa Bambang Sutrisno pekan ini. "
        "Hendra Gunawan, pengacara Bambang mengatakan kliennya tidak bersalah. "
        "Rudi Hartono, kuasa hukum Bambang menolak berkomentar."
    )
    assert roles.get("Bambang Sutrisno") is None
    assert roles.get("Rudi Hartono") == "kuasa hukum Bambang"


def test_relation_before_a_set_off_name_is_still_that_name_s() -> None:
    roles = _roles("Kuasa hukum Budi Santoso, Andi Wijaya, mengatakan kliennya tidak bersalah.")
    assert roles.get("Andi Wijaya", "").lower() == "kuasa hukum budi santoso"
    assert roles.get("Budi Santoso") is None


def test_kordinator_spelling_is_a_post() -> None:
    roles = _roles("Kordinator Tim Relawan Desa Maju, Sutarno Hadi mengatakan posko dibuka sejak pagi.")
    assert (roles.get("Sutarno Hadi") or "").lower().startswith("kordinator tim relawan")


def test_kin_set_off_before_a_name_is_no_job() -> None:
    # GUIDELINES: a role is a title or job; `putra …` after a comma is kin, so neither name takes it
    roles = _roles("Rina Wulandari, putri pengusaha Hadi Susanto mendatangi kantor polisi.")
    assert roles.get("Rina Wulandari") is None


def test_seorang_apposition_without_comma() -> None:
    assert _roles("Mobil itu dikemudikan Joko Prasetyo seorang wartawan televisi swasta.") == {
        "Joko Prasetyo": "wartawan televisi swasta"
    }
    assert _roles("Budi Santoso seorang diri mendatangi kantor polisi.") == {"Budi Santoso": None}
