"""Round 22, second pass (issue #13): a one-word first name that the corpus also writes as a later
word of one other person's longer name ('Bhakti Eri Nurmansyah' beside 'Eri Cahyadi') names no
other owner there: that man is never called by it alone. Two such bearers, or the word written alone
for someone else, still do."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import ingest as _ingest  # noqa: E402
from storydata import record  # noqa: E402

from warta.identity import root  # noqa: E402
from warta.identity.forms import decide, form_identity  # noqa: E402


def _num(c: Any, label: str, name: str) -> int:
    return root(c.store, int(c.store.scalar("SELECT num FROM entities WHERE key = ?", (f"{label}:{name}",))))


def _own() -> dict[str, Any]:
    body = (
        'Kepala Dinas Perhubungan Gilang Prasetya mengatakan jalur itu ditutup. "Kami minta warga bersabar," '
        "ujar Gilang di kantornya."
    )
    rec = record("g1", "Jalur Ditutup", body, entities=[("Gilang Prasetya", "PER", ["Gilang"])])
    rec["entities"][0]["role"] = "Kepala Dinas Perhubungan"
    return rec


def _other(rid: str, body: str, bearer: str) -> dict[str, Any]:
    return record(rid, "Penangkapan", body, entities=[(bearer, "PER", []), ("Ponorogo", "LOC", [])])


def test_a_later_word_of_one_other_mans_name_is_no_other_owner(tmp_path: Path) -> None:
    recs = [
        _own(),
        _other(
            "g2",
            "Kapolres Ponorogo AKBP Bayu Gilang Saputra menyebut pelaku ditangkap. Bayu Gilang menambahkan barang "
            "bukti disita.",
            "Bayu Gilang Saputra",
        ),
        _other("g3", "Guru besar Hendra Wijaya Gilang menilai kebijakan itu tepat.", "Hendra Wijaya Gilang"),
    ]
    with _ingest(tmp_path / "one.db", recs[:2]) as c:  # middle name of one other man
        assert form_identity(c.store, "gilang", "PER") == _num(c, "PER", "gilang prasetya")
    with _ingest(tmp_path / "last.db", [recs[0], recs[2]]) as c:  # the last name of one other man
        assert form_identity(c.store, "gilang", "PER") == _num(c, "PER", "gilang prasetya")
    with _ingest(tmp_path / "two.db", recs) as c:  # two other bearers: a name several people carry
        ident, why = decide(c.store, "gilang", "PER")
        assert ident is None and "another owner" in why


def test_the_word_written_alone_for_the_other_man_is_another_owner(tmp_path: Path) -> None:
    recs = [
        _own(),
        _other(
            "g2",
            "Kapolres Ponorogo AKBP Bayu Gilang Saputra menyebut pelaku ditangkap. Gilang menambahkan barang "
            "bukti disita.",
            "Bayu Gilang Saputra",
        ),
    ]
    with _ingest(tmp_path / "alone.db", recs) as c:
        ident, why = decide(c.store, "gilang", "PER")
        assert ident is None and "another owner" in why
    # a two-word name ending in it ('Victor Hugo') is his surname, maybe what he is called
    recs[1] = _other("g2", "Saksi bernama Rudi Gilang melihat pelaku kabur.", "Rudi Gilang")
    with _ingest(tmp_path / "two_words.db", recs) as c:
        assert form_identity(c.store, "gilang", "PER") is None


def _fund(rid: str, body: str, name: str, forms: list[str]) -> dict[str, Any]:
    return record(rid, "Dana Abadi", body, entities=[(name, "ORG", forms)])


def _fund_records(second_arm: bool) -> list[dict[str, Any]]:
    arm = "Badan Pengelola Dana Abadi Pendidikan"
    recs = [
        _fund(
            f"b{i}",
            f"Badan Pengelola Dana Abadi (BPDA) Pendidikan menyalurkan beasiswa tahap {i}.",
            arm,
            ["BPDA"],
        )
        for i in range(3)
    ]
    recs.append(_fund("p1", "BPDA Pendidikan membuka pendaftaran beasiswa.", "BPDA Pendidikan", []))
    recs.append(_fund("u1", "Anggaran BPDA naik tahun depan.", "BPDA", []))
    if second_arm:
        recs.append(_fund("k1", "BPDA Kebudayaan mendanai festival tari.", "BPDA Kebudayaan", []))
    return recs


def test_an_acronym_heading_two_arms_is_no_short_form_of_one(tmp_path: Path) -> None:
    with _ingest(tmp_path / "two.db", _fund_records(second_arm=True)) as c:
        assert _num(c, "ORG", "bpda") != _num(c, "ORG", "badan pengelola dana abadi pendidikan")
    with _ingest(tmp_path / "one.db", _fund_records(second_arm=False)) as c:  # one arm stored: its short form
        assert _num(c, "ORG", "bpda") == _num(c, "ORG", "badan pengelola dana abadi pendidikan")


def test_the_name_of_a_place_after_a_preposition_of_place_is_no_other_owner(tmp_path: Path) -> None:
    recs = [
        _own(),
        record(
            "h1",
            "Rapat",
            "Rapat koordinasi digelar di Gilang Convention Hall, Semarang, pada Senin pagi.",
            entities=[("Semarang", "LOC", [])],
        ),
    ]
    with _ingest(tmp_path / "hall.db", recs) as c:
        assert form_identity(c.store, "gilang", "PER") == _num(c, "PER", "gilang prasetya")
    # money 'dari' someone: a person's name follows
    recs[1] = record(
        "h1", "Suap", "Penyidik menyita Rp 5 juta dari Gilang Mahendra, kontraktor proyek itu.", entities=[]
    )
    with _ingest(tmp_path / "from.db", recs) as c:
        ident, why = decide(c.store, "gilang", "PER")
        assert ident is None and "another owner" in why


def test_a_middle_word_of_a_name_the_entities_layer_did_not_store_is_no_other_owner(tmp_path: Path) -> None:
    recs = [
        _own(),
        record("m1", "Laporan", "Ayah korban, Yosef Gilang Manek, mendatangi kantor polisi.", entities=[]),
    ]
    with _ingest(tmp_path / "mid.db", recs) as c:
        assert form_identity(c.store, "gilang", "PER") == _num(c, "PER", "gilang prasetya")
    # after an acronym or rank the form opens another man's name ('ASN Gilang Hidayat')
    recs[1] = record("m1", "Pelantikan", "Turut hadir ASN Gilang Hidayat dari kementerian.", entities=[])
    with _ingest(tmp_path / "asn.db", recs) as c:
        ident, why = decide(c.store, "gilang", "PER")
        assert ident is None and "another owner" in why
