"""Round 37 (issue #12): an act told as the reason for an arrest, a sentence or a sanction in the same
sentence (`ditangkap karena mencuri ayam`, `dikeluarkan dari sekolah karena menganiaya …`, `dikenakan
sanksi … karena melakukan protes berlebihan`) is the charge, not a second act (GUIDELINES `events`:
an offence named only as a charge is not coded again). An offence told as its own clause, or in a
`yang` clause on the one arrested, stays."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

CASES = {
    (
        "Polisi menangkap seorang pelajar SMA di Kabupaten Cilacap karena mengedarkan narkotika jenis tembakau gorila.",
        "CRIME",
    ): [],
    ("Ada anak SD yang ditangkap polisi karena mencuri ayam tetangganya.", "CRIME"): [],
    ("Siswi SMK Balanipa berinisial RA dikeluarkan dari sekolah karena menganiaya teman sekelasnya SA.", "ASSAULT"): [],
    (
        "Pemain Semen Padang Marcel Sacramento dikenakan sanksi larangan bermain enam kali karena melakukan protes "
        "berlebihan terhadap wasit.",
        "PROTEST",
    ): [],
    ("Jayda Fransen bulan ini dijatuhi hukuman karena melecehkan seorang perempuan Muslim.", "CRIME"): [],
    ("Pelaku mencuri sepeda motor korban lalu ditangkap polisi di Mataram.", "CRIME"): ["mencuri"],
    ("Polisi menangkap dua pelaku yang mencuri sepeda motor di Mataram.", "CRIME"): ["mencuri sepeda motor di"],
}


def test_the_reason_for_an_arrest_or_a_sanction_is_its_charge() -> None:
    found = {(text, typ): [x[0] for x in acts(text, typ)] for text, typ in CASES}
    assert found == CASES
