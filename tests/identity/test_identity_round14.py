"""Round 14 (issue #13): an acronym the text elsewhere defines as another name stays apart whatever
its label; a "person" whose name begins with the tail of a body's name cut before it is no person."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import entity_root as _root  # noqa: E402
from storydata import fillers as _fillers  # noqa: E402
from storydata import ingest as _ingest  # noqa: E402
from storydata import record  # noqa: E402
from storydata import role_record as _rec  # noqa: E402

from warta.identity.forms import decide  # noqa: E402


def _building_recs(elsewhere: str) -> list[dict[str, Any]]:
    hall = "Rapat digelar di Gedung Sarana Mulia (GSM), Jakarta, hari ini."
    return [
        _rec("b1", hall, [("Gedung Sarana Mulia", "LOC", ["GSM"])]),
        _rec("b2", hall.replace("hari ini", "pagi tadi"), [("Gedung Sarana Mulia", "LOC", ["GSM"])]),
        _rec("b3", elsewhere, [("Bank Sentosa", "ORG", [])]),
    ]


def test_a_places_acronym_defined_elsewhere_as_another_name_stays_apart(tmp_path: Path) -> None:
    other = "Bank Sentosa menerbitkan obligasi sesuai Green Sukuk Mandiri (GSM) tahun ini."
    with _ingest(tmp_path / "t.db", _building_recs(other)) as c:
        ident, why = decide(c.store, "gsm", "LOC")
        assert ident is None and "defined as another name" in why


def test_a_places_acronym_written_elsewhere_for_the_place_joins(tmp_path: Path) -> None:
    other = "Bank Sentosa menggelar pameran di GSM pekan depan."
    with _ingest(tmp_path / "t.db", _building_recs(other)) as c:
        assert decide(c.store, "gsm", "LOC")[0] == _root(c, "LOC", "gedung sarana mulia")


def _cut_recs(body: str) -> list[dict[str, Any]]:
    text = (
        "Direktorat Jenderal Bina Masyarakat Kementerian Agama (Ditjen Binmas Kemenag) menyusun modul. "
        "Sekretaris Ditjen Binmas Rudi Hartono menyatakan modul ini penting, katanya."
    )
    return [
        _rec(
            "c1",
            text.replace("Ditjen Binmas Kemenag", body),
            [("Binmas Rudi Hartono", "PER", ["Binmas"]), (body, "ORG", [])],
            "Sekretaris",
        )
    ]


def test_a_bodys_tail_read_into_a_persons_name_is_no_short_name(tmp_path: Path) -> None:
    with _ingest(tmp_path / "t.db", _cut_recs("Ditjen Binmas Kemenag")) as c:
        ident, why = decide(c.store, "binmas", "PER")
        assert ident is None and "body's name" in why


def test_a_name_after_an_unrelated_body_stays_a_persons(tmp_path: Path) -> None:
    with _ingest(tmp_path / "t.db", _cut_recs("Ditjen Pajak Kemenag")) as c:
        assert decide(c.store, "binmas", "PER")[0] == _root(c, "PER", "binmas rudi hartono")


def _capital_recs(written: str) -> list[dict[str, Any]]:
    return [
        _rec("n0", "Sentosa ramai dikunjungi wisatawan pada akhir pekan.", [("Sentosa", "LOC", [])]),
        _rec("n1", f"Pembangunan {written} terus berjalan tahun ini.", [("Kota Sentosa", "LOC", [])]),
    ]


def test_a_place_read_out_of_a_capitals_name_is_no_city(tmp_path: Path) -> None:
    with _ingest(tmp_path / "t.db", _capital_recs("Ibu Kota Sentosa")) as c:
        assert _root(c, "LOC", "kota sentosa") != _root(c, "LOC", "sentosa")


def test_a_city_under_its_mayor_joins_its_bare_name(tmp_path: Path) -> None:
    with _ingest(tmp_path / "t.db", _capital_recs("Pemerintah Kota Sentosa")) as c:
        assert _root(c, "LOC", "kota sentosa") == _root(c, "LOC", "sentosa")


def _unit_recs(name: str, form: str) -> list[dict[str, Any]]:
    body = f"Kepala {name} ({form}) Indonesia, Rudi Hartono, menilai kebijakan itu tepat."
    return [_rec("u1", body, [(name, "ORG", [form])])]


def test_a_units_name_before_its_parents_defined_name_is_not_the_parents_acronym(tmp_path: Path) -> None:
    name = "Departemen Riset Pasar Lembaga Kajian Ekonomi Nusantara"
    with _ingest(tmp_path / "t.db", _unit_recs(name, "LKEN")) as c:
        assert decide(c.store, "lken", "ORG")[0] is None


def test_a_units_own_acronym_names_it(tmp_path: Path) -> None:
    name = "Departemen Riset Pasar Lembaga Kajian Ekonomi Nusantara"
    with _ingest(tmp_path / "t.db", _unit_recs(name, "DRPLKEN")) as c:
        assert decide(c.store, "drplken", "ORG")[0] == _root(c, "ORG", name.lower())


def _team_recs(first: str, role: str) -> list[dict[str, Any]]:
    return [
        *_fillers(),
        _rec(
            "t1",
            f"{first} bertemu Kamala Harris dan Nancy Pelosi di Washington.",
            [("Skuadra Rajawali", "PER", []), ("Kamala Harris", "PER", []), ("Nancy Pelosi", "PER", [])],
            role,
        ),
        record(
            "t2",
            "Laga",
            "Rajawali bertanding disaksikan Kamala Harris dan Nancy Pelosi.",
            entities=[("Rajawali", "PER", []), ("Kamala Harris", "PER", []), ("Nancy Pelosi", "PER", [])],
        ),
    ]


def test_a_team_read_as_a_person_before_its_coachs_name_is_no_sole_bearer(tmp_path: Path) -> None:
    recs = _team_recs("Eks pelatih Skuadra Rajawali Kim Pan-gon", "eks pelatih Skuadra")
    with _ingest(tmp_path / "t.db", recs) as c:
        assert _root(c, "PER", "rajawali") != _root(c, "PER", "skuadra rajawali")


def test_a_person_titled_before_his_own_name_is_the_sole_bearer(tmp_path: Path) -> None:
    with _ingest(tmp_path / "t.db", _team_recs("Pelatih Skuadra Rajawali", "Pelatih")) as c:
        assert _root(c, "PER", "rajawali") == _root(c, "PER", "skuadra rajawali")


def _shop_recs(elsewhere: str, person: str) -> list[dict[str, Any]]:
    return [
        _rec("s1", elsewhere, [(person, "PER", [])]),
        _rec(
            "s2", "Pemkot membuka Toko Pangan Sehat (Topas) di Jalan Melati.", [("Toko Pangan Sehat", "ORG", ["Topas"])]
        ),
    ]


def test_a_word_written_as_a_bodys_short_name_once_and_a_persons_name_elsewhere_stays_apart(tmp_path: Path) -> None:
    recs = _shop_recs("Sidang menghadirkan mantan Kadis Topas Ginting sebagai saksi.", "Topas Ginting")
    with _ingest(tmp_path / "t.db", recs) as c:
        ident, why = decide(c.store, "topas", "ORG")
        assert ident is None and "person's name" in why


def test_the_short_name_written_elsewhere_beside_another_person_joins_the_body(tmp_path: Path) -> None:
    recs = _shop_recs("Warga berbelanja di Topas bersama Rudi Ginting setiap pagi.", "Rudi Ginting")
    with _ingest(tmp_path / "t.db", recs) as c:
        assert decide(c.store, "topas", "ORG")[0] == _root(c, "ORG", "toko pangan sehat")
