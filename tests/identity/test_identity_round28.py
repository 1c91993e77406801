"""Round 28 (issue #13): 'Kota X' names a city only where Indonesia has a city of that name. For a
regency without one ('Kota Lamongan', the regency's seat written loosely) it is the bare name, the
regency, and no rival that leaves the bare name ambiguous; a city and a regency of one name
('Kota Blitar', 'Kabupaten Blitar') still are two places."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import ingest as _ingest  # noqa: E402
from storydata import record  # noqa: E402
from storydata import same_identity as _same  # noqa: E402

from warta.identity import root  # noqa: E402
from warta.identity.forms import decide, form_identity  # noqa: E402
from warta.identity.names import real_unit  # noqa: E402

SEAT = [
    record(
        "s1",
        "Pasar Tradisional Direvitalisasi",
        "Pemerintah Kabupaten Lamongan merevitalisasi pasar di pusat Kota Lamongan tahun ini.",
        entities=[("Kabupaten Lamongan", "LOC", []), ("Kota Lamongan", "LOC", [])],
    ),
    record(
        "s2",
        "Banjir Surut",
        "Banjir yang merendam tiga kecamatan di Lamongan mulai surut pada Senin pagi.",
        entities=[("Lamongan", "LOC", [])],
    ),
    record(
        "s3",
        "Dua Pilkada",
        "KPU Kota Madiun dan Kabupaten Madiun menggelar rapat bersama. Madiun bersiap.",
        entities=[("Kota Madiun", "LOC", []), ("Kabupaten Madiun", "LOC", []), ("Madiun", "LOC", [])],
    ),
]


def test_a_regency_seat_written_kota_is_the_regency(tmp_path: Path) -> None:
    with _ingest(tmp_path / "a.db", SEAT) as c:
        assert _same(c, "Lamongan", "Kota Lamongan")
        assert _same(c, "Lamongan", "Kabupaten Lamongan")  # no longer held apart by a 'city' that is none
        assert not _same(c, "Madiun", "Kota Madiun") and not _same(c, "Madiun", "Kabupaten Madiun")
    assert not real_unit("kota", "lamongan") and real_unit("kota", "madiun") and real_unit("kabupaten", "lamongan")


def test_the_same_in_either_order(tmp_path: Path) -> None:
    with _ingest(tmp_path / "b.db", SEAT[::-1]) as c:
        assert _same(c, "Lamongan", "Kota Lamongan") and _same(c, "Lamongan", "Kabupaten Lamongan")


def _player(rid: str, body: str, forms: list[str]) -> dict[str, Any]:
    rec = record(rid, "Liga Inggris", body, entities=[("Kwabena Mensahdu", "PER", forms)])
    rec["entities"][0]["role"] = None  # a footballer the roles layer gives no post
    return rec


def test_a_surname_the_corpus_writes_only_beside_its_person_in_several_articles_is_his(tmp_path: Path) -> None:
    once = [
        _player("f1", "Gol tunggal dicetak Kwabena Mensahdu pada menit ke-70. Mensahdu menyundul bola.", ["Mensahdu"])
    ]
    with _ingest(tmp_path / "a.db", once) as c:
        ident, why = decide(c.store, "mensahdu", "PER")
        assert ident is None and "misread" in why  # one article's reading may be a misread phrase
    again = [
        *once,
        _player("f2", "Kwabena Mensahdu kembali absen karena cedera lutut pekan ini.", []),
    ]
    with _ingest(tmp_path / "b.db", again) as c:
        assert form_identity(c.store, "mensahdu", "PER") == _num(c, "kwabena mensahdu")
    # written elsewhere without him, the form may be another's: the older doubt stands
    elsewhere = [
        *again,
        record("o1", "Kuliner", "Restoran Mensahdu di Bandung ramai.", entities=[("Bandung", "LOC", [])]),
    ]
    with _ingest(tmp_path / "c.db", elsewhere) as c:
        assert form_identity(c.store, "mensahdu", "PER") is None


def _num(c: Any, name: str) -> int:
    return root(c.store, int(c.store.scalar("SELECT num FROM entities WHERE key = ?", (f"PER:{name}",))))
