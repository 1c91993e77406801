"""Round 34 (events parties): who comes `bersama` (with) a party is no part of its name. A subject
`Kedua tersangka bersama barang bukti` was read whole as the one arrested, `Saya bersama Bu Ani` as an
actor no pronoun rule resolved, and `Satlantas Polres Garut bersama Dinas Perhubungan …` left the
chooser the companion: the phrase now ends before a lower-case `bersama`/`beserta` (parties.json
`party_breaks`), so the first named acts, as for `A dan B`. Sentences written here in the shapes of
Indonesian news.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import parties  # noqa: E402


def test_the_arrested_with_the_evidence() -> None:
    text = "Kedua tersangka bersama barang bukti diamankan di Mapolsek Cibeunying untuk pemeriksaan lebih lanjut."
    _, recipient = parties(text, "COERCE", "diamankan")
    assert recipient == "Kedua tersangka"


def test_a_speaker_with_a_companion_gives() -> None:
    text = (
        'Anggota DPR Budi Santoso membagikan paket sembako di Desa Cibodas, Minggu. "Saya bersama Bu Ani '
        'langsung memberikan sembako kepada warga di desa ini," kata Budi.'
    )
    actor, _ = parties(text, "AID", "memberikan")
    assert actor == "Budi Santoso"


def test_the_first_of_two_bodies_acting_together() -> None:
    text = (
        "Satlantas Polres Garut bersama Dinas Perhubungan Kabupaten Garut menertibkan truk tambang yang "
        "melanggar jam operasional di jalan provinsi."
    )
    actor, _ = parties(text, "COERCE", "menertibkan")
    assert actor != "Dinas Perhubungan Kabupaten Garut"
    assert actor is not None and "Polres Garut" in actor
