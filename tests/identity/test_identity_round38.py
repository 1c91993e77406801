"""Round 38 (issue #13, precision): a one-word person name read for one person in one article is not
his corpus-wide when another stored person bears it as a first name or surname and the text writes the
bare word where that other person is named (a brother in the same report, 'Alex Lowes' and 'Sam Lowes';
a director and an actor, 'Rizal Mantovani' and 'Samuel Rizal'): the short form of several people. A
namesake the corpus writes only in full, or the person's own name read with a stray word before it
('Kaka Anton'), leaves the form with its one owner."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import ingest as _ingest  # noqa: E402
from storydata import record  # noqa: E402


def _decided(c, form: str) -> str | None:  # noqa: ANN001
    from warta.identity.forms import decide

    num = decide(c.store, form, "PER")[0]
    return None if num is None else c.store.scalar("SELECT name FROM entities WHERE num = ?", (num,))


def _report(tmp_path: Path, text: str, owner: str, form: str, other: str) -> str | None:
    """The decision for ``form`` in a store of one report naming ``owner`` (the form written for him) and ``other``."""
    rec = record("r1", "Laporan", text, entities=[(owner, "PER", [form]), (other, "PER", [])])
    with _ingest(tmp_path / "r.db", [rec]) as c:
        return _decided(c, form.lower())


SHARED = [
    (  # two brothers of one report
        "Tim pabrikan tertarik merekrut Dario Venturelli sebagai pebalap musim depan. "
        '"Saya belum menerima tawaran resmi," kata Dario Venturelli kepada wartawan. '
        "Saudara kandung pebalap Marco Venturelli itu menambahkan bahwa ia masih menunggu. "
        "Venturelli menegaskan bahwa ia ingin tetap di kejuaraan dunia.",
        "Dario Venturelli",
        "Venturelli",
        "Marco Venturelli",
    ),
    (  # a director's first name, an actor's surname
        "Sutradara Gandarsa Wiratmaja merilis film horor terbarunya pekan ini. "
        '"Film ini kami garap selama dua tahun," kata Gandarsa Wiratmaja di Jakarta. '
        "Aktor Samuel Gandarsa turut hadir dalam pemutaran perdana. "
        "Gandarsa mengatakan film itu akan tayang di bioskop bulan depan.",
        "Gandarsa Wiratmaja",
        "Gandarsa",
        "Samuel Gandarsa",
    ),
    (  # a sister the text speaks of by her given name
        "Mantan Presiden Laksmiwati Sukmaputri menerbitkan aturan pengampunan pajak pada 2002. "
        '"Itu kebijakan Laksmiwati Sukmaputri sendiri," kata Ratnaningsih dalam diskusi. '
        "Ratnaningsih Sukmaputri menilai kebijakan itu merugikan negara. "
        "Sukmaputri disebut tidak pernah menjelaskan alasan kebijakan tersebut.",
        "Laksmiwati Sukmaputri",
        "Sukmaputri",
        "Ratnaningsih Sukmaputri",
    ),
]


@pytest.mark.parametrize(("text", "owner", "form", "other"), SHARED)
def test_a_name_another_person_of_the_report_bears_stays_undecided(
    tmp_path: Path, text: str, owner: str, form: str, other: str
) -> None:
    assert _report(tmp_path, text, owner, form, other) is None


def test_a_namesake_written_only_in_full_leaves_the_name_to_its_owner(tmp_path: Path) -> None:
    owner = record(
        "r4",
        "Pengajian Pesantren",
        "Ribuan santri menghadiri pengajian Kiai Hasbullah Marzuki di pesantren. "
        "Hasbullah mengatakan para santri harus tekun belajar.",
        entities=[("Hasbullah Marzuki", "PER", ["Hasbullah"])],
    )
    namesake = record(
        "r5",
        "Rapat Dewan",
        "Anggota dewan Fadhil Arsyad Hasbullah memimpin rapat anggaran daerah di gedung dewan kota.",
        entities=[("Fadhil Arsyad Hasbullah", "PER", [])],
    )
    with _ingest(tmp_path / "d.db", [owner, namesake]) as c:
        assert _decided(c, "hasbullah") == "Hasbullah Marzuki"


def test_his_own_name_read_with_a_stray_word_before_it_is_no_namesake(tmp_path: Path) -> None:
    text = (
        "Menteri menerima Bupati Lembata Anton Dorus Wuwur di ruang kerjanya. "
        '"Saya sudah lama mengenal beliau," kata sang menteri. '
        "Kaka Wuwur berkontribusi besar bagi perjalanan hidup saya. "
        "Wuwur berharap kerja sama kedua lembaga terus berlanjut."
    )
    assert _report(tmp_path, text, "Anton Dorus Wuwur", "Wuwur", "Kaka Wuwur") == "Anton Dorus Wuwur"
