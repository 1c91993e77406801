"""Round 13 (issue #13): a stored acronym read in one article is checked against the text as its
unstored form is; a "person" written only with an officer's name after a comma is a body; a one-word
form the text writes after a place's name or in capitals is no person's short name; a kind-word place
name does not join a bare short form of another place; officials of two regions are two people."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import entity_root as _root  # noqa: E402
from storydata import ingest as _ingest  # noqa: E402
from storydata import role_record as _rec  # noqa: E402

from warta.identity.forms import decide  # noqa: E402
from warta.identity.regions import roles_in_other_regions  # noqa: E402


def _acronym_recs(elsewhere: str) -> list[dict[str, Any]]:
    # the articles without the body come first: a later one writing the form only in its text, no
    # entity read for it, re-decides nothing at ingest (relink_all does)
    return [
        _rec("a2", elsewhere, [("Dinas Kelautan Maju", "ORG", [])]),
        _rec("a3", elsewhere.replace("nelayan", "para nelayan"), [("Dinas Kelautan Maju", "ORG", [])]),
        _rec(
            "a1",
            "Direktur Akademi Pelaut Nusantara (APN) Budi Santoso hadir.",
            [("Akademi Pelaut Nusantara", "ORG", ["APN"]), ("APN", "ORG", [])],
        ),
    ]


def test_a_stored_acronym_defined_elsewhere_as_a_thing_stays_apart(tmp_path: Path) -> None:
    body = "Dinas Kelautan Maju membagikan alat pengaman nelayan (APN) kepada nelayan."
    with _ingest(tmp_path / "t.db", _acronym_recs(body)) as c:
        assert _root(c, "ORG", "apn") != _root(c, "ORG", "akademi pelaut nusantara")


def test_the_same_acronym_used_elsewhere_for_the_body_joins(tmp_path: Path) -> None:
    body = "Dinas Kelautan Maju bekerja sama dengan APN melatih nelayan."
    with _ingest(tmp_path / "t.db", _acronym_recs(body)) as c:
        assert _root(c, "ORG", "apn") == _root(c, "ORG", "akademi pelaut nusantara")


def _officer_recs(after: str) -> list[dict[str, Any]]:
    return [
        _rec(
            "g1",
            f"Hotel itu dibangun Ketua Umum Dewan Pengurus Pusat (DPP) Kumbang Jati{after} hadir.",
            [("Kumbang Jati", "PER", ["Kumbang"])],
            "Ketua Umum",
        ),
        _rec("g2", "Kumbang terbang di kebun warga pada pagi hari.", [("Kumbang", "PER", [])]),
    ]


def test_a_person_named_before_an_officers_name_is_the_titles_body(tmp_path: Path) -> None:
    with _ingest(tmp_path / "t.db", _officer_recs(", Oesman Sapta")) as c:
        assert _root(c, "PER", "kumbang") != _root(c, "PER", "kumbang jati")


def test_the_title_holder_himself_joins(tmp_path: Path) -> None:
    with _ingest(tmp_path / "t.db", _officer_recs(" dan istrinya")) as c:
        assert _root(c, "PER", "kumbang") == _root(c, "PER", "kumbang jati")


def _place_recs(elsewhere: str) -> list[dict[str, Any]]:
    return [
        _rec("z0", "Kota Cimahi ramai pada akhir pekan.", [("Cimahi", "LOC", [])]),
        _rec(
            "z1",
            f"Humas Cimahi Park Rudi Hartono mengatakan taman dibuka. {elsewhere}",
            [("Park Rudi Hartono", "PER", ["Park"])],
            "Humas",
        ),
    ]


def test_a_word_written_after_a_places_name_is_no_persons_short_name(tmp_path: Path) -> None:
    with _ingest(tmp_path / "t.db", _place_recs("Warga datang ke Cimahi Park setiap hari.")) as c:
        ident, why = decide(c.store, "park", "PER")
        assert ident is None and "place" in why


def test_an_officials_name_after_his_titles_place_is_his(tmp_path: Path) -> None:
    with _ingest(tmp_path / "t.db", _place_recs("Wali Kota Cimahi Park menyambut warga.")) as c:
        assert decide(c.store, "park", "PER")[0] == _root(c, "PER", "park rudi hartono")


def _caps_recs(written: str) -> list[dict[str, Any]]:
    return [
        _rec(
            "m1",
            f"Ketua Kelompok Sejati Rahmat bersyukur. {written} membantu warga.",
            [("Sejati Rahmat", "PER", ["Sejati"])],
            "Ketua",
        ),
    ]


def test_a_word_the_text_writes_in_capitals_is_an_acronym_not_a_short_name(tmp_path: Path) -> None:
    with _ingest(tmp_path / "t.db", _caps_recs("Program SEJATI atau Sejahtera Bersama Tani")) as c:
        ident, why = decide(c.store, "sejati", "PER")
        assert ident is None and "capitals" in why


def test_a_capitalised_heading_is_no_acronym(tmp_path: Path) -> None:
    with _ingest(tmp_path / "t.db", _caps_recs("KATA SEJATI RAHMAT: Pak Sejati")) as c:
        assert decide(c.store, "sejati", "PER")[0] == _root(c, "PER", "sejati rahmat")


def _jogja_recs(written: bool) -> list[dict[str, Any]]:
    # a city with no regency of its name (round 34: 'Solok' has both, so its bare name stays apart)
    forms = ["Payakumbuh"] if written else []
    return [
        _rec("j1", "Warga Kota Payakumbuh berkumpul di alun-alun.", [("Kota Payakumbuh", "LOC", [])]),
        _rec("j2", "Wisatawan memadati Payakumbuhraya pada libur panjang.", [("Payakumbuhraya", "LOC", forms)]),
        _rec("j3", "Harga cabai di Payakumbuh naik pekan ini.", [("Payakumbuh", "LOC", [])]),
    ]


@pytest.mark.parametrize("order", [1, -1])
def test_a_place_kind_word_does_not_join_a_bare_short_form_of_another_place(tmp_path: Path, order: int) -> None:
    with _ingest(tmp_path / "t.db", _jogja_recs(True)[::order]) as c:
        assert _root(c, "LOC", "payakumbuh") == _root(c, "LOC", "payakumbuhraya")
        assert _root(c, "LOC", "kota payakumbuh") != _root(c, "LOC", "payakumbuh")


def test_a_bare_place_name_of_its_own_takes_its_kind_word_name(tmp_path: Path) -> None:
    with _ingest(tmp_path / "t.db", _jogja_recs(False)) as c:
        assert _root(c, "LOC", "kota payakumbuh") == _root(c, "LOC", "payakumbuh")


def _officials(region: str) -> list[dict[str, Any]]:
    return [
        _rec(
            "o1",
            "Sekretaris Daerah Kabupaten Bone Rahmat Hidayat membuka rapat anggaran.",
            [("Rahmat Hidayat", "PER", [])],
            "Sekretaris Daerah Kabupaten Bone",
        ),
        _rec("o2", f"Plt Sekwan {region} Hidayat menerima tamu.", [("Hidayat", "PER", [])], f"Plt Sekwan {region}"),
    ]


def test_officials_of_two_regions_are_two_people(tmp_path: Path) -> None:
    with _ingest(tmp_path / "t.db", _officials("Bantaeng")) as c:
        short, full = (_root(c, "PER", n) for n in ("hidayat", "rahmat hidayat"))
        assert roles_in_other_regions(c.store, short, full)


def test_officials_of_one_region_may_be_one(tmp_path: Path) -> None:
    with _ingest(tmp_path / "t.db", _officials("Bone")) as c:
        short, full = (_root(c, "PER", n) for n in ("hidayat", "rahmat hidayat"))
        assert not roles_in_other_regions(c.store, short, full)
