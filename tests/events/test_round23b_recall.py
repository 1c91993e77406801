"""Round 23, second pass (events recall): acts the layer missed on the mining pool, each with
sentences written here in the shapes of Indonesian news.

- A demand told as a message, a warning or a challenge to someone named (`berpesan kepada X agar`,
  `memberikan pesan kepada X untuk`, `saya ingatkan X, jangan …`, `Saya tantang X untuk …`).
- A judgement of fault said with a verb of saying (`mengatakan penggusuran itu tidak adil`,
  `menyatakan bahwa razia itu sewenang-wenang`): a criticism, as `menilai` already was.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    "text, actor",
    [
        (
            "Dalam apel pagi, Kapolda Jawa Tengah Ahmad Luthfi berpesan kepada anggotanya agar tidak "
            "menerima suap dari pengendara.",
            "Ahmad Luthfi",
        ),
        (
            "Usai pelantikan, Gubernur Sumatera Barat Mahyeldi memberikan pesan kepada para camat untuk "
            "segera menyalurkan bantuan banjir.",
            "Mahyeldi",
        ),
        (
            '"Saya tantang Bupati Garut untuk membuka data penerima bansos," kata Ketua LSM Gerak, Asep Saepudin.',
            "Asep Saepudin",
        ),
        (
            '"Saya ingatkan terus para kepala desa, jangan pakai dana desa untuk kampanye," kata Bupati Sleman '
            "Kustini Sri Purnomo.",
            "Kustini Sri Purnomo",
        ),
    ],
)
def test_a_message_or_challenge_to_someone_is_a_demand(text: str, actor: str) -> None:
    found = acts(text, "DEMAND")
    assert len(found) == 1
    assert found[0][1] == actor
    assert found[0][2] is not None


@pytest.mark.parametrize(
    "text",
    [
        "Pelatih Persib memberikan pesan kepada para pemainnya sebelum laga melawan Persija.",  # no act asked
        "Pebulu tangkis muda itu akan menantang unggulan pertama di babak delapan besar.",  # a match
    ],
)
def test_a_message_or_a_match_is_no_demand(text: str) -> None:
    assert acts(text, "DEMAND") == []


def test_a_fault_said_is_a_criticism() -> None:
    text = (
        "Ketua Komnas HAM Atnike Sigiro mengatakan bahwa penangkapan para petani di Pati sewenang-wenang "
        "dan harus dihentikan."
    )
    found = acts(text, "DISAPPROVE")
    assert len(found) == 1
    assert found[0][1] == "Atnike Sigiro"


def test_a_plain_statement_is_no_criticism() -> None:
    text = "Kapolres Pati AKBP Budi Santoso mengatakan para petani itu ditangkap karena membawa senjata tajam."
    assert acts(text, "DISAPPROVE") == []


@pytest.mark.parametrize(
    "text, asker",
    [
        ("Dalam orasinya, para guru honorer meminta evaluasi kebijakan seleksi PPPK tahun ini.", "guru honorer"),
        ("Ketua DPRD Kota Bekasi Sardi Efendi mendesak audit proyek saluran air di Jatiasih.", "Sardi Efendi"),
    ],
)
def test_a_loan_noun_of_an_act_asked_for_is_a_demand_of_no_one(text: str, asker: str) -> None:
    found = acts(text, "DEMAND")
    assert len(found) == 1
    assert found[0][1] == asker
    assert found[0][2] is None  # the policy or project is what is asked about, no one asked
