"""A clause that opens the sentence with no subject of its own (`Selain …`, `Tak hanya …`, `Saat …`)
and holds the act: the act is done by the main clause's subject, after the comma, not by the
opening word. Sentences written here, in the shapes of Indonesian news."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    "text, type, actor",
    [
        (
            "Selain menyalurkan bantuan beras, Bupati Sleman Harda Kiswaya juga meninjau dapur umum di Cangkringan.",
            "AID",
            "Harda Kiswaya",
        ),
        (
            "Tak hanya mengecam serangan itu, Kementerian Luar Negeri juga memanggil duta besar Israel di Jakarta.",
            "DISAPPROVE",
            "Kementerian Luar Negeri",
        ),
        (
            "Tidak hanya menangkap dua pelaku, Senin (6/10), polisi juga menyita tiga sepeda motor curian.",
            "COERCE",
            "polisi",
        ),
    ],
)
def test_the_main_clause_subject_acts(text: str, type: str, actor: str) -> None:
    assert [a for _t, a, _r in acts(text, type)][:1] == [actor]


def test_a_subject_of_its_own_stays() -> None:
    text = "Saat polisi menangkap Budi di Depok, warga berkerumun di depan rumahnya."
    assert [a for _t, a, _r in acts(text, "COERCE")] == ["polisi"]
