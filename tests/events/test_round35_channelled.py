"""Round 35 (issue #12): `menyalurkan` a feeling, a wish or a life (`menyalurkan emosi saya ke
studio`, `menyalurkan aspirasinya`, `menyalurkan kehidupan`) or a bank's loans (`menyalurkan
kredit`: routine business) is no aid handed out; aid handed to people stays aid."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

CHANNELLED = {
    "Jakarta - Penyanyi Kesha mengaku menyalurkan rasa putus asa dan tekanan yang begitu berat lewat lagu itu.": [],
    "Makassar - Sejumlah mahasiswa tampak turun ke jalan menyalurkan aspirasinya di depan kampus.": [],
    "Jakarta - Kemudian, bank tersebut menyalurkan kredit untuk membantu masyarakat dan usaha.": [],
    "Jakarta - Pemerintah kembali menyalurkan bantuan sosial kepada warga Kabupaten Bogor.": ["menyalurkan bantuan"],
}


def test_only_aid_handed_out_is_aid() -> None:
    found = {text: [x[0] for x in acts(text, "AID")] for text in CHANNELLED}
    assert found == CHANNELLED
