"""Round 38 (events parties): a thing named after its head is no party, and the act on it stays.

A phrase headed, past a count, by the noun of a paper, a sum of money, a rule or a procedure
(parties.json `thing_heads`: `pagu anggaran OIKN`, `tes DNA`, `Nota Kesepahaman`, `Pasal 27A UU ITE`,
`proses pemilihan OSIS`) was read as a party because a name follows its head. It is a thing
(`parties.thing_named`): the act has no recipient, and detection's `incomplete` veto weighs the act
with the thing it was done to (`Parties.weighed`), so an act that stood before still stands. A thing
challenged is not laid at the body the story is about. Sentences written here in the shapes of
Indonesian news.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts, parties  # noqa: E402

from warta.events.parties import thing_named  # noqa: E402


@pytest.mark.parametrize(
    ("text", "type", "trigger", "doer"),
    [
        (  # an approved budget is no party, and the approval stays
            "Komisi II DPR RI menggelar rapat kerja dengan Otorita Ibu Kota Nusantara (OIKN) di Senayan.\n\n"
            "Dalam poin kesimpulan, Komisi II DPR RI menyetujui pagu anggaran OIKN tahun 2025 sebesar Rp 6,3 triliun.",
            "AGREE",
            "menyetujui",
            "Komisi II DPR RI",
        ),
        (  # a test demanded is no one asked
            "Mario Teguh sempat menolak mengakui Kiswinar sebagai anaknya.\n\n"
            "Kala itu Mario menuntut tes DNA yang membuktikan bahwa Kis merupakan anak kandungnya.",
            "DEMAND",
            "menuntut",
            "Mario Teguh",
        ),
    ],
)
def test_an_act_on_a_named_thing_stays_with_no_recipient(text: str, type: str, trigger: str, doer: str) -> None:
    actor, recipient = parties(text, type, trigger)
    assert actor == doer
    assert recipient is None


def test_a_law_challenged_is_not_the_court_of_the_story() -> None:
    text = (
        "Mahkamah Konstitusi (MK) menggelar sidang uji materi UU ITE yang diajukan Daniel Frits Maurits "
        "Tangkilisan.\n\n"
        "Dalam petitumnya, Daniel menggugat Pasal 27A UU ITE dan Pasal 45 ayat (4) UU ITE.\n\n"
        "MK akan memutus perkara itu bulan depan."
    )
    _, recipient = parties(text, "DISAPPROVE", "menggugat")
    assert recipient is None


def test_a_process_welcomed_is_no_party() -> None:
    text = (
        "Sementara Asisten I Setda Kabupaten Tabanan I Made Agus Hartawiguna menyambut baik proses "
        "pemilihan OSIS di sekolah itu."
    )
    found = [x for x in acts(text, "SUPPORT") if x[0].startswith("menyambut")]
    assert found and all(r is None for _t, _a, r in found)


def test_the_thing_test_reads_past_a_count() -> None:
    assert thing_named("sejumlah Nota Kesepahaman")
    assert thing_named("pagu anggaran OIKN tahun 2025")
    assert not thing_named("empat IUP")  # the permits stand for the companies that held them
    assert not thing_named("program pemerintah")  # a step of its owner, read by the step reader


def test_a_budget_paper_signed_gives_way_to_the_side_signing_with() -> None:
    text = (
        "Rapat paripurna digelar di gedung DPRD Bone pada Senin.\n\n"
        "Bupati Bone Andi Asman Sulaiman menandatangani kesepakatan KUPA PPAS APBD Perubahan 2025 bersama DPRD Bone."
    )
    _, recipient = parties(text, "AGREE", "menandatangani")
    assert recipient == "DPRD Bone"
