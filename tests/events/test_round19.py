"""The nineteenth round (issue #12). An act on a described person (`tiga pemuda`, `seorang
bocah`) is complete: the completeness check counts as people the same nouns the party readers
do. Sentences written here, in the shapes of Indonesian news."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    "text, recipient",
    [
        ("Polsek Tambun menangkap tiga pemuda yang membawa senjata tajam.", "tiga pemuda"),
        ("Tim Resmob Polda Sulsel menangkap seorang bocah yang mencuri kotak amal.", "bocah"),
        ("Polisi menahan dua lelaki di Pelabuhan Bakauheni pada Sabtu dini hari.", "dua lelaki"),
    ],
)
def test_an_arrest_of_a_described_person_is_complete(text: str, recipient: str) -> None:
    found = acts(text, "COERCE")
    assert [r for _t, _a, r in found] == [recipient]


@pytest.mark.parametrize(
    "text, trigger, actor, recipient",
    [
        (
            "Gubernur Jawa Barat mendorong Pemerintah Kabupaten Garut agar segera menyalurkan bantuan kepada korban banjir.",
            "mendorong Pemerintah Kabupaten Garut agar",
            "Gubernur Jawa Barat",
            "Pemerintah Kabupaten Garut",
        ),
        (
            "Menteri Desa mengingatkan kepada seluruh kepala desa untuk tidak menyalahgunakan dana desa.",
            "mengingatkan kepada seluruh kepala desa untuk",
            "Menteri Desa",
            "seluruh kepala desa",
        ),
        (
            "Komnas HAM mendesak Polda Metro Jaya untuk mengusut tuntas kasus penganiayaan wartawan itu.",
            "mendesak Polda Metro Jaya untuk",
            "Komnas HAM",
            "Polda Metro Jaya",
        ),
    ],
)
def test_a_verb_of_asking_takes_the_one_asked_before_agar_or_untuk(
    text: str, trigger: str, actor: str, recipient: str
) -> None:
    # every verb of asking takes the whole paradigm (`X agar`, `X untuk`, `X supaya`, `agar`)
    assert acts(text, "DEMAND") == [(trigger, actor, recipient)]


def test_a_gap_ends_at_bahwa() -> None:
    # `mengingatkan bahwa …` reminds that something is so; the `untuk` inside that clause asks no one
    text = "Ketua DPRD mengingatkan bahwa pemerintah daerah mempunyai kewajiban untuk melindungi warga."
    assert acts(text, "DEMAND") == []


def test_a_call_is_a_consultation() -> None:
    # GUIDELINES.md: CONSULT includes `menelepon`; `menghubungi` is its general form
    text = "Presiden Prabowo Subianto menghubungi Perdana Menteri Australia Anthony Albanese pada Selasa malam."
    assert acts(text, "CONSULT") == [("menghubungi", "Prabowo Subianto", "Anthony Albanese")]


def test_being_reached_by_a_reporter_is_no_consultation() -> None:
    text = '"Kami masih mendalami kasus itu," kata Kapolres Bogor AKBP Rio Wahyu saat dihubungi wartawan, Senin (3/3).'
    assert acts(text, "CONSULT") == []
