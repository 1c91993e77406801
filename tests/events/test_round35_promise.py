"""Round 35 (issue #12): a promise is a plan, which the gold leaves uncoded (`berjanji akan …`,
`menjanjikan akan mendorong rupiah`, `berjanji memberangkatkan umrah`), and `menjanjikan` after a word
of degree or closing its clause is the adjective `promising` (`sangat menjanjikan`, `komisi yang
menjanjikan,`): no AGREE. A thing promised to someone stays an act."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

PROMISES = {
    "Jakarta - Menteri Keuangan Purbaya menjanjikan akan mendorong rupiah lebih kuat lagi terhadap dolar AS.": [],
    "Jakarta - Calon Wakil Gubernur Djarot Saiful Hidayat berjanji memberangkatkan umrah 200 pengurus masjid.": [],
    "Jakarta - Menurut dia, konsep desain laptop Gemini itu sangat menjanjikan.": [],
    '"Kami merekrut agen lepas, tentunya dengan komisi yang menjanjikan," kata Clarissa.': [],
    "Kupang - Sebagai gantinya, Bupati Marianus menjanjikan sejumlah proyek di Ngada kepada Wilhelmus.": [
        "menjanjikan"
    ],
}


def test_a_promise_is_no_agreement() -> None:
    found = {text: [x[0] for x in acts(text, "AGREE")] for text in PROMISES}
    assert found == PROMISES
