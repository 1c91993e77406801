"""Round 25 (issue #12, events recall): a judgement told as the content of a verb of judging.

`X menilai Y sebagai sosok berintegritas`, `menilai langkah Y … sudah tepat`, `menilai Y tidak mampu
…`: reported content of `menilai`/`menganggap`/`memandang`/`memuji` that opens with a named person
or body (or an act of theirs) and calls it, in the same clause, by a word of praise or fault is
SUPPORT or DISAPPROVE, actor the speaker, recipient the party (``evaluative._judged_opening``);
InSet lacks most of these words. A negator just before the word turns praise into fault. Not after
a verb of saying, not a word in another clause.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

LEAD = "Yogyakarta - Sejumlah tokoh menanggapi kebijakan baru pemerintah daerah. "


@pytest.mark.parametrize(
    ("sentence", "kind", "word", "judged"),
    [
        (
            "Pengamat politik Yunarto Wijaya menilai Bupati Sleman Harda Kiswaya sebagai sosok yang jujur dan "
            "dekat dengan warga.",
            "SUPPORT",
            "jujur",
            "Harda Kiswaya",
        ),
        (
            "Ketua DPRD Surabaya Adi Sutarwijono menilai langkah Wali Kota Eri Cahyadi menutup tempat hiburan "
            "malam itu sudah tepat.",
            "SUPPORT",
            "tepat",
            "Eri Cahyadi",
        ),
        (
            "Pengamat sepak bola Tommy Welly menilai pelatih Persib Bojan Hodak tidak mampu membaca permainan lawan.",
            "DISAPPROVE",
            "mampu",
            "Bojan Hodak",
        ),
    ],
)
def test_a_judgement_opening_reported_content(sentence: str, kind: str, word: str, judged: str) -> None:
    got = acts(LEAD + sentence, kind)
    assert any(t == word and r is not None and judged in r for t, _a, r in got)


@pytest.mark.parametrize(
    "sentence",
    [
        # a verb of saying, not of judging
        "Juru bicara Pemkab Sleman Rudi Hartono mengatakan Bupati Sleman Harda Kiswaya sudah tepat waktu "
        "hadir di lokasi.",
        # the word of praise is in another clause
        "Pengamat Yunarto Wijaya menilai Bupati Sleman Harda Kiswaya masih menunggu data, sehingga bantuan "
        "belum tepat sasaran.",
    ],
)
def test_no_judgement_read(sentence: str) -> None:
    assert acts(LEAD + sentence, "SUPPORT") == []
    assert acts(LEAD + sentence, "DISAPPROVE") == []
