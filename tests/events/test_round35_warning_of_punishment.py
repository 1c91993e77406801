"""Round 35 (issue #12): a warning of punishment by the one who will punish is a threat (GUIDELINES
`memperingatkan akan menindak`): `Undip tidak akan menolerir tindakan kekerasan`, `ia akan menindak
tegas apabila ada oknum …`, `tidak akan segan-segan memecat`; told in the passive (`seluruh
aktivitas ilegal akan ditindak tegas`) its actor is the one who says it. A plan to act with no
warning in it (`akan memanggil saksi`) stays out."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

WARNINGS = {
    "Semarang - Rektor Undip Suharnomo menegaskan, Undip tidak akan menolerir tindakan kekerasan yang dilakukan "
    "mahasiswanya.": [("tidak akan menolerir", "Undip")],
    "Jakarta - Direktur Jenderal Pajak Bimo Wijayanto menegaskan, ia akan menindak tegas apabila ada oknum yang "
    "terbukti melakukan kecurangan.": [("akan menindak tegas", "Bimo Wijayanto")],
    "Balikpapan - Kepala Otorita IKN Basuki Hadimuljono menerangkan seluruh aktivitas ilegal akan ditindak tegas.": [
        ("akan ditindak tegas", "Basuki Hadimuljono")
    ],
    "Jakarta - Penyidik Polda Metro Jaya akan memanggil saksi pekan depan.": [],
}


def test_a_warning_of_punishment_is_a_threat() -> None:
    found = {text: [(x[0], x[1]) for x in acts(text, "THREATEN")] for text in WARNINGS}
    assert found == WARNINGS
