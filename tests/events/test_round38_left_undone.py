"""Round 38 (issue #12): a verb that leaves the act after it undone — a refusal (`enggan`, `ogah`,
`menolak` before a verb), a postponement (`menunda`), a dependence (`tergantung pada`) — makes that
act not happen as reported, as `batal`, `gagal` and `urung` already do (GUIDELINES `events`: acts that
are negated or hypothetical are not events). The refusal itself stays an act where it is one; a
refusal denied (`tak enggan`) leaves the act done."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

CASES = {
    (
        "ManCity mundur lantaran mereka enggan mengabulkan permintaan gaji fantastis Sanchez.",
        "CONCEDE",
    ): [],
    (
        "Adriani heran dengan langkah Andi Tenri Walinonong yang sebelumnya menolak menandatangani kesepakatan "
        "KUPA PPAS APBD Perubahan 2025.",
        "AGREE",
    ): [],
    ("Menpora Imam Nahrawi menunda penyaluran bantuan kepada Kwartir Nasional Gerakan Pramuka.", "AID"): [],
    ("Namun, ia menuturkan bahwa semuanya tergantung dengan persetujuan Tucker.", "AGREE"): [],
    ("Kepala Desa Sukamaju ogah menandatangani perjanjian dengan PT Maju Jaya.", "AGREE"): [],
    ("Ketua DPRD itu tak enggan mengkritik Gubernur Jawa Barat di depan wartawan.", "DISAPPROVE"): ["mengkritik"],
}


def test_an_act_refused_postponed_or_made_to_depend_is_not_done() -> None:
    found = {(text, typ): [x[0] for x in acts(text, typ)] for text, typ in CASES}
    assert found == CASES
