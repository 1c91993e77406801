"""Round 23 (events recall): acts the layer missed on unannotated articles (the mining pool), each
with sentences written here in the shapes of Indonesian news.

- A step asked for, by someone written in the sentence, with no one named to take it (`warga
  meminta penertiban …`, `mendesak adanya forum …`): a demand (`DEMAND step`).
- The one asked, then a modal of what they are to do (`meminta X bisa …`, `mendorong X dapat …`):
  the modal is the asked act's, not a plan of the one asking.
- A meeting or call told as the occasion of a statement (`diutarakan X saat bertelepon dengan Y`) is
  told as done; a talk with the press (`saat berbincang dengan wartawan`) is no meeting.
- The asker's own staff with -nya (`meminta jajarannya untuk`) is the one asked, not the asker.
- Money handed over or taken in a story of graft (`memberikan sejumlah uang kepada X`, `menerima
  uang sebesar … dari`): the bribe (CRIME); money taken elsewhere is no act.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    "text, asker",
    [
        ("Dalam audiensi itu, para nelayan meminta pengerukan muara sungai yang makin dangkal.", "nelayan"),
        (
            "Aliansi Mahasiswa Papua mendesak adanya penyelidikan independen atas penembakan di Intan Jaya.",
            "Aliansi Mahasiswa Papua",
        ),
        ("Sejak awal pekan, Gubernur Bali Wayan Koster menuntut penutupan kafe ilegal di Canggu.", "Wayan Koster"),
    ],
)
def test_a_step_asked_for_is_a_demand(text: str, asker: str) -> None:
    found = acts(text, "DEMAND")
    assert len(found) == 1
    assert found[0][1] == asker


@pytest.mark.parametrize(
    "text",
    [
        "Pemerintah kota meminta permohonan izin diajukan paling lambat bulan depan.",  # a request, not a step
        "Selain itu, meminta pengerukan muara sungai yang makin dangkal.",  # no one asking written
        "Nelayan akan meminta pengerukan muara sungai pekan depan.",  # only planned
    ],
)
def test_no_step_demand_without_a_step_or_an_asker(text: str) -> None:
    assert not [a for a in acts(text, "DEMAND") if a[0].split()[-1].startswith("pe")]


@pytest.mark.parametrize(
    "text, asked",
    [
        (
            "Kepala Dinas Perhubungan Budi Hartono meminta pengelola terminal bisa menertibkan calo di pintu masuk.",
            "pengelola terminal",
        ),
        (
            "Anggota Komisi VII DPR Andi Rusli mendorong PT Pertamina dapat menambah pasokan solar di "
            "Kalimantan Barat.",
            "PT Pertamina",
        ),
        (
            "Ketua fraksi itu mendorong Pemkab Garut juga dapat melibatkan kampus dalam kajian banjir.",
            "Pemkab Garut",
        ),
    ],
)
def test_a_modal_after_the_one_asked_is_what_is_asked(text: str, asked: str) -> None:
    found = acts(text, "DEMAND")
    assert len(found) == 1
    assert found[0][2] == asked


def test_a_demand_gap_ends_at_agar() -> None:
    text = "Camat Lembang Asep Sudrajat mendorong karang taruna agar bisa mengelola sampah sendiri."
    assert [a[0] for a in acts(text, "DEMAND")] == ["mendorong karang taruna agar"]


GRAFT = (
    "Jaksa KPK membacakan dakwaan kasus suap proyek jalan di Pengadilan Tipikor Medan. "
    "Menurut jaksa, terdakwa Rahmat Siregar memberikan sejumlah uang kepada Bambang Lubis. "
    "Bambang Lubis juga menerima uang sebesar Rp 1,5 miliar dari kontraktor lain."
)


def test_money_in_a_graft_story_is_a_bribe() -> None:
    found = acts(GRAFT, "CRIME")
    given = [a for a in found if a[0].startswith("memberikan")]
    taken = [a for a in found if a[0].startswith("menerima")]
    assert given and given[0][1] == "Rahmat Siregar" and given[0][2] == "Bambang Lubis"
    assert taken and taken[0][1] == "Bambang Lubis"


def test_money_taken_elsewhere_is_no_act() -> None:
    text = "Di terminal itu, sopir angkot hanya menerima uang tunai."
    assert not acts(text, "CRIME") and not acts(text, "AID")


def test_a_call_told_as_the_occasion_of_a_statement_is_a_meeting() -> None:
    text = (
        "Usulan itu diutarakan Menteri Luar Negeri Sugiono saat bertelepon dengan Menteri Luar Negeri "
        "Singapura Vivian Balakrishnan, Senin (3/7)."
    )
    found = acts(text, "CONSULT")
    assert len(found) == 1
    assert found[0][1] == "Sugiono" and found[0][2] == "Vivian Balakrishnan"


def test_a_talk_with_the_press_is_no_meeting() -> None:
    text = '"Kami sudah siap menghadapi gugatan itu," kata Budi Santoso saat berbincang dengan wartawan di Jakarta.'
    assert not acts(text, "CONSULT")


@pytest.mark.parametrize(
    "text, asked",
    [
        ("Kapolres Bogor AKBP Rio Wahyu meminta jajarannya untuk menindak tegas balap liar.", "jajarannya"),
        ("Bupati Klaten Sri Mulyani menginstruksikan anak buahnya agar segera memperbaiki jalan.", "anak buahnya"),
    ],
)
def test_the_askers_own_staff_is_the_one_asked(text: str, asked: str) -> None:
    found = acts(text, "DEMAND")
    assert len(found) == 1
    assert found[0][2] == asked


def test_restitution_handed_over_is_no_bribe() -> None:
    text = (
        "Dalam perkara korupsi impor gula itu, Kejaksaan Negeri Medan menyerahkan uang pengganti kerugian "
        "negara sebesar Rp 2 miliar."
    )
    assert not [a for a in acts(text, "CRIME") if a[0].startswith("menyerahkan")]


@pytest.mark.parametrize(
    "text",
    [
        "Menteri Pendidikan Abdul Mu'ti mengusulkan agar ada perubahan skema penerimaan murid baru.",
        "Selanjutnya, Wali Kota Bogor Dedie Rachim meminta, supaya bangunan liar di bantaran sungai dibongkar.",
        "Bupati Sleman Harda Kiswaya hadir dalam rapat itu. Ia meminta agar proses seleksi dilakukan dengan disiplin.",
    ],
)
def test_a_step_asked_for_after_agar_or_supaya(text: str) -> None:
    assert len(acts(text, "DEMAND")) == 1


def test_a_wish_by_a_pronoun_is_no_demand() -> None:
    text = "Gubernur Jawa Tengah Ahmad Luthfi meninjau pabrik itu. Ia mendorong agar diperbanyak industri padat karya."
    assert not acts(text, "DEMAND")
