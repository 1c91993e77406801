"""Round 26 (issue #12): what the events layer finds on articles it was not tuned to.

Everyone of a kind is no one in particular: a rule for `setiap` member of a kind (`setiap sekolah
wajib …`), an appeal to `seluruh pihak`, to `netizen` or to one's `teman-teman` is an advisory, not a
demand (GUIDELINES.md: a demand is addressed to someone in particular); a named group still is.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    "text",
    [
        (  # a rule for every member of a kind
            "Bogor - Dinas Pendidikan Kabupaten Bogor memeriksa kantin sekolah pekan ini. Kepala Dinas Pendidikan "
            "Bogor Rudi Hartono menegaskan setiap kantin sekolah wajib menyediakan air minum yang layak."
        ),
        (  # an appeal to every side
            "Medan - Harga cabai di Sumatera Utara naik dua kali lipat. Gubernur Sumatera Utara Bobby Nasution "
            "mengajak seluruh pihak untuk menahan diri dan tidak menimbun bahan pokok."
        ),
        (  # an appeal to the online public
            "Jakarta - Penyanyi Raisa Andriana membuka donasi untuk korban gempa di Cianjur. Lewat akun "
            "Instagram-nya, Raisa mengajak netizen untuk ikut menyumbang."
        ),
        (  # an appeal to one's peers
            "Bandung - Wisudawan terbaik ITB tahun ini, Dimas Pratama, menyampaikan pidato di Sabuga. Dimas "
            "mengajak teman-teman seangkatannya agar tidak takut gagal."
        ),
    ],
)
def test_everyone_of_a_kind_is_asked_nothing(text: str) -> None:
    assert acts(text, "DEMAND") == []


def test_a_named_group_is_still_asked() -> None:
    text = (
        "Bandung - Manajemen Persib Bandung menggelar jumpa pers di Graha Persib. Direktur Persib Teddy Tjahjono "
        "meminta seluruh Bobotoh agar tidak menyalakan flare di stadion."
    )
    got = acts(text, "DEMAND")
    assert any(r and "Bobotoh" in r for _t, _a, r in got), got


@pytest.mark.parametrize(
    ("text", "type"),
    [
        (  # a criticism conceded, the judgement after it is the news
            "Jakarta - Menteri Keuangan Sri Mulyani memangkas anggaran perjalanan dinas. Meski banyak kritik yang "
            "diarahkan kepada Sri Mulyani, ekonom Faisal Basri menilai langkah itu bisa menghemat triliunan rupiah.",
            "DISAPPROVE",
        ),
        (  # an earlier agreement conceded
            "Gaza - Situasi di perbatasan kembali memanas. Israel kembali menyerang Rafah walaupun sudah menyepakati "
            "gencatan senjata dengan Hamas pekan lalu.",
            "AGREE",
        ),
    ],
)
def test_an_act_a_clause_concedes_is_background(text: str, type: str) -> None:
    assert acts(text, type) == []


def test_the_main_clause_after_a_concession_is_reported() -> None:
    text = (
        "Makassar - Mahasiswa Universitas Hasanuddin turun ke jalan pada Senin (20/10). Meskipun diguyur hujan, "
        "ratusan mahasiswa itu menggelar unjuk rasa di depan kantor DPRD Sulawesi Selatan."
    )
    assert any(t.startswith(("menggelar unjuk rasa", "unjuk rasa")) for t, _a, _r in acts(text, "PROTEST"))


def test_a_report_inside_a_concession_is_its_own() -> None:
    text = (
        "Ramallah - Ribuan tahanan Palestina mogok makan sejak pekan lalu. Otoritas Palestina menyebut 1.500 "
        "tahanan masih bertahan, kendati pejabat Israel mengatakan polisi menangkap 20 orang di Nablus."
    )
    assert any(t.startswith("menangkap") for t, _a, _r in acts(text, "COERCE"))
