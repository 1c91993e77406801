"""Round 35, third wave (issue #12): forms the root families make that in news mean something
else are no acts — `melimpah` (abundant, made from `pelimpahan`), `dihargai` (priced, or valued
in general, made from `menghargai`), `dihubungi` (reached for comment by the press, made from
`menghubungi`); the forms the lists give stay acts."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

OTHER_SENSE = {
    (
        "COERCE",
        "Namun David menilai harga minyak akan stabil lantaran suplai dunia masih melimpah sesuai kesepakatan OPEC.",
    ): [],
    ("COERCE", "Panen padi di Karawang tahun ini melimpah sehingga harga beras turun."): [],
    ("COERCE", '"Benar bahwa Indonesia memiliki kekayaan alam melimpah," kata Menteri Hanif Dhakiri.'): [],
    ("SUPPORT", "Satu kardus isi 30 Indomie goreng dihargai 19 dolar AS atau lebih dari Rp 250 ribu."): [],
    (
        "CONSULT",
        '"Hal ini tak boleh dibiarkan," kata Sekretaris KPAI Erlinda dihubungi CNNIndonesia.com, Kamis (25/5).',
    ): [],
    ("COERCE", "Kejaksaan melimpahkan berkas perkara tersangka Budi ke Pengadilan Negeri Bandung."): ["melimpahkan"],
    ("SUPPORT", "Menteri Susi Pudjiastuti menghargai langkah Polri menangkap para pelaku."): ["menghargai"],
    ("CONSULT", "Presiden Joko Widodo menghubungi Perdana Menteri Malaysia Najib Razak."): ["menghubungi"],
}


def test_forms_in_another_sense_are_no_acts() -> None:
    found = {(kind, text): [x[0] for x in acts(text, kind)] for kind, text in OTHER_SENSE}
    assert found == OTHER_SENSE
