"""Round 31 (events parties): a head's title written as one word with the body it heads names that
body (events/parties.py `body_of`, words.json `chief_titles`). An enforcement step an official tells
as `kita`/`kami`/`pihaknya` is the body's act, and the body is read off the official's role; a role
`Kapolres Tasikmalaya Kota` names `Polres Tasikmalaya Kota` though the word `Polres` is not written
apart in it. Sentences written here in the shapes of Indonesian news.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

TEXT = (
    "Polres Garut menangkap dua pemuda yang mencuri sepeda motor di Pasar Guntur. "
    '"Keduanya sudah kami amankan berikut barang buktinya," kata Kapolres Garut AKBP Rudi Hartono. '
    "Rudi menambahkan, pihaknya kini tengah mendalami peran masing-masing pelaku."
)


def test_kami_in_a_chief_s_quote_is_his_force() -> None:
    found = [a for t, a, _ in acts(TEXT, "COERCE") if t == "amankan"]
    assert found == ["Polres Garut"]


def test_pihaknya_of_a_chief_is_his_force() -> None:
    found = [a for t, a, _ in acts(TEXT, "INVESTIGATE") if t == "mendalami"]
    assert found == ["Polres Garut"]
