"""Round 35, third wave (issue #12): a word of freeing is a RETREAT only when a captive is set
free. Freed from a cost, a tax, a debt or a record, land cleared (`dibebaskan dari pajak`,
`membebaskan lahan`), a thing or a party sent off (`melepas anak panah`, `melepas keberangkatan
jemaah`) or someone let go with a word of feeling before (`berat melepas Neymar`) is none."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

RELEASES = {
    "Mobil listrik dibebaskan dari pajak-pajak penjualan oleh Kementerian Keuangan.": [],
    "Bank BRI membebaskan para petani dari utang yang menumpuk.": [],
    "Pemkot Bandung membebaskan lahan warga untuk pembangunan jalan tol.": [],
    "Lionel Messi berat melepas Neymar dari Barcelona.": [],
    "Presiden membuka upacara dengan melepas anak panah ke papan sasaran.": [],
    "Kelompok Abu Sayyaf membebaskan empat sandera asal Indonesia.": ["membebaskan"],
    "Israel melepas 20 tahanan Palestina pada Senin.": ["melepas"],
}


def test_only_a_captive_freed_is_a_release() -> None:
    found = {text: [x[0] for x in acts(text, "RETREAT")] for text in RELEASES}
    assert found == RELEASES
