"""Shapes of the thirty-ninth round (a blind-annotated IndoSum pool sample and whole-pool scans). Sentences
written for this file in the shapes of Indonesian news; each rule is also tested on the shapes it must
leave alone."""

from __future__ import annotations

import pytest

from .test_round36_shapes import _quotes


# A prepositional phrase right after a verb of saying that is neither whom it was said to nor where it was
# said opens what was said: `pada` before a thing (`pada beberapa minuman …`), the ground of a statement
# after `melanjutkan` (`berdasarkan data …`).
@pytest.mark.parametrize(
    ("text", "cue", "opens"),
    [
        (
            "Pakar gizi Tyrone Rodriguez diwawancarai.\n\nRodriguez mengatakan pada beberapa minuman yang diberi "
            "penambah rasa mengandung asam sitrat yang kuat.",
            "mengatakan",
            "pada beberapa minuman",
        ),
        (
            "Pemilihan ketua OSIS digelar Senin.\n\nWakasek Agung Harry menambahkan pada Pemilu OSIS ini terdapat "
            "1.483 pemilih yang berasal dari siswa.",
            "menambahkan",
            "pada Pemilu OSIS ini",
        ),
        (
            "CEO GoToMalls Bruno Zysman hadir.\n\nZysman menjelaskan, pada fase pertama kolaborasi ini selain "
            "memfokuskan pada sistem jual beli, juga ingin menerapkan pembayaran online.",
            "menjelaskan",
            "pada fase pertama",
        ),
        (
            "Kepala Bidang Mitigasi PVMBG Gede Suantika memantau Gunung Agung.\n\nGede Suantika melanjutkan "
            "berdasarkan data dari Badan Meteorologi dan Klimatologi Geofisika (BMKG) tekanan magma saat ini "
            "berada pada kisaran 5 - 10 kilometer di bawah Gunung Agung.",
            "melanjutkan",
            "berdasarkan data dari Badan Meteorologi",
        ),
    ],
)
def test_adjunct_opens_what_was_said(text: str, cue: str, opens: str) -> None:
    got = [q for q in _quotes(text) if q[0] == "indirect" and q[2] == cue]
    assert len(got) == 1 and got[0][3].startswith(opens), _quotes(text)


# Whom the words were said to, and what was only done, stay out.
@pytest.mark.parametrize(
    "text",
    [
        "Menlu Retno Marsudi tiba di Kairo.\n\nRetno mengatakan pada wartawan di Kairo.",
        "Wali Kota Eri Cahyadi meninjau proyek.\n\nPemkot Surabaya melanjutkan pembangunan jalan berdasarkan "
        "rencana tahun lalu.",
    ],
)
def test_addressee_and_act_stay_out(text: str) -> None:
    assert not [q for q in _quotes(text) if q[0] == "indirect"], _quotes(text)
