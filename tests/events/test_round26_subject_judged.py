"""Round 26 (issue #12, events recall): a quoted clause whose subject is another party, judged.

`"Langkah Gubernur X sudah tepat …"`, `"Beliau itu pemimpin yang jujur …"`, `"… dan saya rasa ia
berbakat"`: a clause of a quote whose subject is a named person or body (past a few words of what is
theirs) or, in a direct quote, `beliau`/`dia`/`ia`/a possessive `-nya` standing for the last one named,
with a word of praise or fault in the same clause, is SUPPORT or DISAPPROVE, actor the speaker,
recipient the party (``evaluative._subject_judged``). Not advice (`harus lebih bijak`), not a word
past an act verb, not the success of a thing acted on (`berhasil dijual`), not a body the speaker
works for speaking of itself.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    ("text", "kind", "word", "actor", "judged"),
    [
        (
            "Makassar - Pengamat ekonomi Universitas Hasanuddin, Budi Santoso, menanggapi kebijakan pangan "
            'daerah. "Langkah Gubernur Andi Sudirman sudah tepat untuk menekan harga beras," kata Budi.',
            "SUPPORT",
            "tepat",
            "Budi Santoso",
            "Andi Sudirman",
        ),
        (
            "Pekanbaru - Ketua DPRD Riau Yulisman hadir di Bangkinang, Senin (3/11). Ia bertemu Bupati Kampar "
            'Ahmad Yuliandi. "Beliau itu pemimpin yang jujur dan dekat dengan rakyat," kata Yulisman.',
            "SUPPORT",
            "jujur",
            "Yulisman",
            "Ahmad Yuliandi",
        ),
        (
            'Makassar - Pelatih PSM Makassar Bernardo Tavares kesal usai laga. "Wasit Thoriq Alkatiri tidak '
            'profesional dalam memimpin laga ini," ujar Bernardo.',
            "DISAPPROVE",
            "profesional",
            "Bernardo Tavares",
            "Thoriq Alkatiri",
        ),
        (
            'Jakarta - Pelatih timnas Shin Tae-yong memilih pemain baru. "Kami memilih Rafael Struick karena '
            'kebutuhan tim, dan saya rasa ia berbakat," ujar Shin Tae-yong.',
            "SUPPORT",
            "berbakat",
            "Shin Tae-yong",
            "Rafael Struick",
        ),
    ],
)
def test_a_quoted_subject_judged(text: str, kind: str, word: str, actor: str, judged: str) -> None:
    assert (word, actor, judged) in acts(text, kind)


@pytest.mark.parametrize(
    "text",
    [
        # advice to the subject, not a judgement of it
        'Bandung - Pengamat kebijakan publik Cecep Darmawan menanggapi polemik itu. "Pak Dedi Mulyadi harus '
        'lebih bijak," kata Cecep.',
        # the word judges the bridge, past an act of the subject
        'Makassar - Pengamat Budi Santoso hadir dalam acara itu. "Gubernur Andi Sudirman meresmikan jembatan '
        'yang bagus itu kemarin," kata Budi.',
        # the success of a thing sold
        'Jakarta - Produser musik Budi Santoso menyebut angka penjualan. "Album terbaru Raisa Andriana berhasil '
        'dijual sebanyak 50 ribu keping," kata Budi.',
        # a body the speaker heads, speaking of itself
        "Jakarta - Direktur Utama PT Kereta Api Indonesia Didiek Hartantyo bicara soal layanan. "
        '"PT Kereta Api Indonesia konsisten melayani jutaan penumpang setiap tahun," kata Didiek.',
    ],
)
def test_no_judgement_of_the_subject(text: str) -> None:
    assert acts(text, "SUPPORT") == [] and acts(text, "DISAPPROVE") == []


def test_a_feeling_for_the_one_spoken_to() -> None:
    text = (
        "Jakarta - Dalam jamuan itu, Menteri Luar Negeri Sugiono berkata kepada Duta Besar Australia Penny "
        'Williams bahwa ia tidak setuju dengan pernyataannya. "Saya juga tidak suka Anda," kata Sugiono.'
    )
    assert ("suka", "Sugiono", "Penny Williams") in acts(text, "DISAPPROVE")
