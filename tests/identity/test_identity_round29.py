"""Round 29 (issue #13): a regional office names no one body ('Dinas Perhubungan' of every region),
but one named with its region does: a form that names the office and the same region ('Dishub Kendal',
'DLH Kalbar' for '… Provinsi Kalimantan Barat') stands for it; another region's form does not."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import ingest as _ingest  # noqa: E402
from storydata import record  # noqa: E402
from storydata import same_identity as _same  # noqa: E402

from warta.identity import root  # noqa: E402
from warta.identity.forms import form_identity  # noqa: E402
from warta.identity.names import office_of_region  # noqa: E402

DISHUB = "Dinas Perhubungan Kabupaten Kendal"
DLH = "Dinas Lingkungan Hidup Provinsi Kalimantan Barat"

OFFICES = [
    record(
        "d1",
        "Uji Kendaraan Gratis",
        f"{DISHUB} (Dishub Kendal) membuka layanan uji kendaraan gratis bagi angkutan desa pekan ini.",
        entities=[(DISHUB, "ORG", ["Dishub Kendal"])],
    ),
    record(
        "d2",
        "Sungai Tercemar",
        f"{DLH} (DLH Kalbar) mengambil sampel air sungai yang berubah warna di Sanggau.",
        entities=[(DLH, "ORG", ["DLH Kalbar"]), ("Sanggau", "LOC", [])],
    ),
    record(
        "d3",
        "Limbah Pabrik",
        "DLH Kalbar menyegel saluran limbah sebuah pabrik sawit setelah warga mengeluh.",
        entities=[("DLH Kalbar", "ORG", [])],
    ),
]


def _num(c: object, name: str) -> int:
    store = c.store  # type: ignore[attr-defined]
    return root(store, int(store.scalar("SELECT num FROM entities WHERE key = ?", (f"ORG:{name}",))))


def test_an_office_form_with_its_region_stands_for_that_office(tmp_path: Path) -> None:
    with _ingest(tmp_path / "a.db", OFFICES) as c:
        assert form_identity(c.store, "dishub kendal", "ORG") == _num(c, DISHUB.lower())
        assert _same(c, "DLH Kalbar", DLH)  # the stored acronym joins the office of its region


def test_another_regions_form_or_no_region_stays_apart() -> None:
    assert office_of_region("dishub kendal", "dinas perhubungan kabupaten kendal")
    assert office_of_region("dlh kalbar", "dinas lingkungan hidup provinsi kalimantan barat")
    assert not office_of_region("dishub batang", "dinas perhubungan kabupaten kendal")  # another region
    assert not office_of_region("dinas pu", "dinas pu kota")  # no region: the kind, not one office
    assert not office_of_region("kendal", "dinas perhubungan kabupaten kendal")  # the region itself
    assert not office_of_region("pemkab kendal", "dinas perhubungan kabupaten kendal")  # another body's word
