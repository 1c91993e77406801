"""Round 25, second recall pass (issue #12): act families still missed.

A brawl is an ASSAULT told by the root `kelahi` through the morphology (`berkelahi`,
`perkelahian`); aid received is told with the receiver as subject and the giver after `dari`
(`mendapatkan bantuan dari …`); money raised for others (`menggalang dana`); ties cut between
states (`memutuskan hubungan dengan …`). Not a challenge to fight (`menantang berkelahi` is only
a purpose), nor `pemutusan hubungan kerja`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    ("text", "type", "trigger", "actor"),
    [
        (  # a brawl as a two-way verb
            "Semarang - Polisi menyelidiki kematian seorang siswa SMP di Kendal. Menurut Kapolres Kendal "
            "AKBP Hendra, siswa itu berkelahi dengan kakak kelasnya di belakang sekolah pada Rabu (8/10).",
            "ASSAULT",
            "berkelahi",
            None,
        ),
        (  # aid received: the giver after `dari`
            "Balikpapan - Ratusan buruh bangunan terdampak banjir di Penajam. Para buruh itu mendapatkan "
            "bantuan dari Dinas Sosial Kalimantan Timur pada Senin (6/10).",
            "AID",
            "mendapatkan bantuan",
            "Dinas Sosial Kalimantan Timur",
        ),
        (  # money raised for others
            "Jakarta - Musisi Fajar Ramadhan prihatin atas banjir di Sumatera Barat. Fajar Ramadhan "
            "menggalang dana untuk para korban banjir lewat konser daring.",
            "AID",
            "menggalang dana",
            "Fajar Ramadhan",
        ),
        (  # an agreement signed with a word before it
            "Jakarta - Kementerian Pariwisata menggelar rapat koordinasi nasional di Bali. Kementerian "
            "Pariwisata menandatangani tiga nota kesepahaman dengan pemerintah provinsi di sela acara itu.",
            "AGREE",
            "menandatangani tiga nota kesepahaman",
            "Kementerian Pariwisata",
        ),
        (  # ties cut between states
            "Jakarta - Krisis di kawasan Teluk kian meruncing. Pemerintah Bahrain memutuskan hubungan "
            "dengan Iran setelah kedutaannya diserang.",
            "SANCTION",
            "memutuskan hubungan dengan",
            "Bahrain",
        ),
    ],
)
def test_a_family_still_missed_is_found(text: str, type: str, trigger: str, actor: str | None) -> None:
    got = acts(text, type)
    assert any(t.startswith(trigger) and (actor is None or (a or "").endswith(actor)) for t, a, _r in got), got


@pytest.mark.parametrize(
    ("text", "type"),
    [
        (  # only a challenge to fight
            "Kudus - Seorang pelajar sempat mendatangi temannya untuk menantang berkelahi pada Senin (29/9). "
            "Guru segera melerai keduanya.",
            "ASSAULT",
        ),
        (  # a layoff is no sanction between parties
            "Bekasi - Pabrik tekstil itu tutup bulan lalu. Sebanyak 300 pekerja terkena pemutusan "
            "hubungan kerja tanpa pesangon.",
            "SANCTION",
        ),
    ],
)
def test_no_act_of_the_family(text: str, type: str) -> None:
    assert acts(text, type) == []


@pytest.mark.parametrize(
    ("text", "type", "trigger", "actor"),
    [
        (  # an aid told again and called something
            "Garut - Banjir bandang melanda tiga kecamatan di Garut pekan lalu. Kapolda Jawa Barat Irjen Rudi "
            "Setiawan menyerahkan bantuan kepada keluarga korban banjir di Garut, Senin (6/10). Bantuan ini "
            "merupakan wujud kepedulian Polri terhadap warga yang terdampak.",
            "AID",
            "Bantuan ini",
            "Rudi Setiawan",
        ),
        (  # an agreement told again
            "Jakarta - Pemerintah Indonesia dan Jepang mencapai kesepakatan di bidang energi bersih. Menteri ESDM "
            "Bahlil Lahadalia menandatangani kesepakatan itu dengan Menteri Ekonomi Jepang Yoji Muto di Tokyo. "
            "Kesepakatan ini menjadi dasar investasi pembangkit panas bumi.",
            "AGREE",
            "Kesepakatan ini",
            "Bahlil Lahadalia",
        ),
    ],
)
def test_an_act_told_again_by_its_noun(text: str, type: str, trigger: str, actor: str) -> None:
    assert any(t == trigger and a == actor for t, a, _r in acts(text, type))


def test_no_act_told_again_when_none_was_told() -> None:
    text = "Jakarta - Warga kampung itu menerima banyak kiriman. Bantuan ini merupakan sumbangan warga sendiri."
    assert acts(text, "AID") == []


def test_a_visitor_welcomed_by_a_named_host() -> None:
    text = (
        "Jakarta - Presiden Prabowo Subianto melakukan kunjungan kenegaraan ke Malaysia. Di Putrajaya, "
        "ia disambut Anwar Ibrahim dan dibawa ke ruang pertemuan, Kamis (9/10)."
    )
    got = acts(text, "CONSULT")
    assert any(t.startswith("disambut") and a == "Anwar Ibrahim" for t, a, _r in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta - Persib menang 2-0 atas Persija. Umpan silang Beckham dari kanan disambut Ciro Alves dengan "
        "sundulan ke pojok gawang.",
        "Jakarta - Usulan pemangkasan anggaran itu disambut Dewan dengan dingin.",
    ],
)
def test_no_visit_in_a_thing_welcomed(text: str) -> None:
    assert not any(t.startswith("disambut") for t, _a, _r in acts(text, "CONSULT"))
