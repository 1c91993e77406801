"""Round 30 (events parties): an aid noun written with a capital after its verb opens the programme's
name (`menyalurkan Bantuan Langsung Tunai Sementara (BLTS)`), and the capitalised words that go on with it
are the aid, not who receives it (events/parties.py `_past_programme`): the receiver is the one after
`kepada`, or none. Sentences written here in the shapes of Indonesian news.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import parties  # noqa: E402


def test_programme_name_is_no_recipient() -> None:
    text = (
        "Pemerintah mulai menyalurkan Bantuan Langsung Tunai Sementara (BLTS) senilai Rp 300.000 per bulan "
        "pada pekan ini."
    )
    assert parties(text, "AID") == ("Pemerintah", None)


def test_receiver_after_the_programme_name() -> None:
    text = "Kementerian Sosial menyalurkan Bantuan Pangan Non Tunai kepada keluarga penerima manfaat di Sumba."
    actor, recipient = parties(text, "AID")
    assert actor == "Kementerian Sosial"
    assert recipient == "keluarga penerima manfaat"


def test_plain_aid_noun_keeps_its_receiver() -> None:
    text = "Pemkot Surabaya memberikan bantuan kepada korban kebakaran di Kecamatan Tambaksari."
    assert parties(text, "AID") == ("Pemkot Surabaya", "korban kebakaran")
