"""Round 40 (issue #13, identw): a person's one-word name that another article writes only inside one
body's or place's name ('May Day', 'Bank Mega Syariah', 'Cyrus Network') has no other owner there: the
word names a thing, not a second person. A person's full name there, a thing named after someone ('RSPAD
Gatot Subroto'), or a brand heading several bodies keeps the word undecided, as before."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import ingest as _ingest  # noqa: E402
from storydata import record  # noqa: E402

OWNER = record(
    "w1",
    "Konser Penyanyi",
    "Penyanyi Lorenza Kirana menggelar konser tunggal di Jakarta pekan ini. "
    '"Saya ingin menyapa penggemar di kota lain juga," kata Lorenza Kirana kepada wartawan. '
    "Kirana mengatakan tiket konser sudah habis terjual.",
    entities=[("Lorenza Kirana", "PER", ["Kirana"])],
    speakers=["Lorenza Kirana"],
)
OWNER["entities"][0]["role"] = "Penyanyi"  # the roles layer's reading: she acts as a person


def _decided(others: list[dict], tmp_path: Path) -> str | None:  # type: ignore[type-arg]
    from warta.identity.forms import decide

    with _ingest(tmp_path / "w.db", [OWNER, *others]) as c:
        num = decide(c.store, "kirana", "PER")[0]
        return None if num is None else c.store.scalar("SELECT name FROM entities WHERE num = ?", (num,))


def test_a_name_written_elsewhere_inside_one_bodys_name_is_the_persons(tmp_path: Path) -> None:
    mall = record(
        "w2",
        "Pusat Belanja Baru",
        "Pusat perbelanjaan Kirana Plaza dibuka di Bekasi dan langsung dipadati pengunjung pada akhir pekan.",
        entities=[("Kirana Plaza", "ORG", [])],
    )
    assert _decided([mall], tmp_path) == "Lorenza Kirana"


KEPT_APART = [
    (  # another person's full name
        "Rapat Warga",
        "Ketua RT Kirana Dewanti Putri memimpin rapat warga soal kebersihan lingkungan di balai desa.",
        [("Kirana Dewanti Putri", "PER", [])],
    ),
    (  # a hospital named after someone holds a person's name
        "Pasien Dirujuk",
        "Rumah Sakit Kirana Wibowo menerima tiga korban kecelakaan itu untuk menjalani operasi.",
        [("Rumah Sakit Kirana Wibowo", "ORG", [])],
    ),
    (  # a brand heading several bodies
        "Ekspansi Usaha",
        "Kirana Group membuka gerai baru, sementara anak usahanya Kirana Retail menambah pasokan barang.",
        [("Kirana Group", "ORG", []), ("Kirana Retail", "ORG", [])],
    ),
]


@pytest.mark.parametrize(("title", "text", "entities"), KEPT_APART)
def test_a_persons_name_or_a_brand_elsewhere_keeps_the_name_undecided(
    tmp_path: Path, title: str, text: str, entities: list[tuple[str, str, list[str]]]
) -> None:
    assert _decided([record("w3", title, text, entities=entities)], tmp_path) is None
