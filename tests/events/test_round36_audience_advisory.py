"""Round 36 (issue #12): a request whose one asked is only the public of a programme, a service or an
event (`penerima`, `peserta`, `nasabah`, `pengguna`: words.json `audience_nouns`) is a routine
advisory, as one to `masyarakat` is (GUIDELINES.md codes none): `mengimbau penerima untuk
memanfaatkan dana`, `mendesak semua peserta untuk …`. A body or a person asked stays a demand."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

ASKED = {
    "Gus Ipul juga mengimbau penerima untuk memanfaatkan dana tersebut sesuai tujuannya.": [],
    "Pemerintah mengimbau kepada penerima agar memanfaatkan dana bantuan untuk kebutuhan pokok.": [],
    "Penyelenggara juga mendesak semua peserta untuk menjaga ketertiban selama aksi.": [],
    "OJK meminta para nasabah untuk berhati-hati terhadap pinjaman online ilegal.": [],
    "Menteri Sosial meminta Bank BRI untuk segera menyalurkan bantuan kepada penerima.": ["meminta Bank BRI untuk"],
}


def test_a_request_to_the_public_of_a_programme_is_an_advisory() -> None:
    found = {text: [x[0] for x in acts(text, "DEMAND")] for text in ASKED}
    assert found == ASKED
