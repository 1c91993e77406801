"""After a verb of handing over in `-kan` (memberikan, menyalurkan, disalurkan) the thing handed over
stands where a party would: the recipient of the AID is the one after `kepada`/`untuk`/`bagi`, or
none is written (GUIDELINES: `recipient` null where there is none). Sentences written here, in the
shapes of Indonesian news."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    "text, recipient",
    [
        ("Mulai bulan depan, pemerintah memberikan BLT Dana Desa selama tiga bulan berturut-turut.", None),
        ("Menurut warga, paket BSU yang disalurkan Kemnaker tahun ini datang lebih cepat.", None),
        (
            "Pemkab Klaten menyalurkan BPNT kepada 1.200 keluarga penerima manfaat di Kecamatan Wedi.",
            "1.200 keluarga penerima manfaat",
        ),
        ("Bupati Klaten juga memberikan sembako kepada warga korban banjir di Desa Wedi.", "warga korban banjir"),
    ],
)
def test_the_thing_handed_over_is_no_recipient(text: str, recipient: str | None) -> None:
    assert [r for _t, _a, r in acts(text, "AID")][:1] == [recipient]
