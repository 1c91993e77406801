"""Round 36 (issue #12): `meneken`/`diteken` is an agreement (AGREE) when a pact is signed, not when
one signs a rule or a letter one issues: `meneken Peraturan Presiden`, `Beleid itu diteken oleh …`,
`surat … yang diteken Menteri Keuangan` agree with no one."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

SIGNED = {
    "Presiden Prabowo Subianto telah meneken Peraturan Presiden Nomor 12 Tahun 2025 tentang RPJMN.": [],
    "Beleid itu diteken langsung oleh Menteri Perhubungan Dudy Purwagandhi pada 8 Oktober 2025.": [],
    "Dalam aturan yang diteken oleh Menteri Keuangan Purbaya pada 15 Oktober itu, diskon PPN berlaku.": [],
    "Dalam surat nomor S-781 yang diteken Sri Mulyani pada 19 September, risiko PLN dijelaskan.": [],
    "Indonesia dan Jepang meneken perjanjian kerja sama energi di Tokyo, Senin.": ["meneken"],
}


def test_a_rule_or_a_letter_signed_is_no_agreement() -> None:
    found = {text: [x[0] for x in acts(text, "AGREE")] for text in SIGNED}
    assert found == SIGNED
