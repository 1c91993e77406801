"""Round 25 (issue #12, events recall): denials the round-24 reading left out.

In a story of an accusation, a speaker's denial is REJECT, actor the speaker, no recipient
(``warta.events.evaluative._denial``). Round 24 read a bare `Tidak benar` answer of up to eight
words and `kami (tegaskan) tidak pernah` + an act; round 25 reads the other shapes the opened blind
sets showed: a short answer's first clause (`Tidak benar Pak Hakim, …`, `Saya rasa tidak ada`),
`tidak benar saya` + an act, the speaker not guilty (`Saya benar-benar tak bersalah`), `kami
tegaskan tidak ada` + what is denied, and a reported denial whose subject is the speaker's side
(`menegaskan bahwa pihak yayasan tidak pernah menerima …`). Not without an accusation in the
story, not a presumption of innocence said of someone else.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

STORY = "Jakarta - Mantan Bupati Hendra Wijaya diperiksa dalam sidang dugaan suap proyek jalan. "


@pytest.mark.parametrize(
    ("said", "trigger"),
    [
        ('"Tidak benar Pak Hakim, saya tidak tahu soal itu," jawab Hendra Wijaya di ruang sidang.', "Tidak benar"),
        ('"Saya kira tidak ada," jawab Hendra Wijaya ketika ditanya soal setoran itu.', "tidak ada"),
        (
            '"Waktu itu kantor sudah tutup, tidak benar saya menerima amplop di sana," jawab Hendra Wijaya.',
            "tidak benar",
        ),
        ('"Saya sama sekali tidak bersalah dalam perkara ini," kata Hendra Wijaya.', "tidak bersalah"),
    ],
)
def test_a_denial_in_court(said: str, trigger: str) -> None:
    text = STORY + "Jaksa mendakwa Hendra Wijaya menerima uang dari kontraktor. " + said
    got = acts(text, "REJECT")
    assert (trigger, "Hendra Wijaya", None) in got


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (  # `kami tegaskan tidak ada` + what is denied
            "Jakarta - Beredar rumor soal permintaan dana hibah oleh Yayasan Nurul Huda. "
            '"Kabar itu terus beredar, tapi kami tegaskan tidak ada permintaan dana hibah," kata Ketua '
            "Yayasan Nurul Huda Ahmad Fauzan kepada wartawan.",
            "tidak ada",
        ),
        (  # reported, the content's own subject the speaker's side
            "Jakarta - Pengurus Yayasan Nurul Huda membantah tudingan soal dana hibah. Ketua Yayasan Nurul "
            "Huda, Ahmad Fauzan menegaskan bahwa pihak yayasan maupun pengurus tidak pernah mengajukan "
            "permohonan dana hibah kepada pemerintah daerah.",
            "tidak pernah",
        ),
    ],
)
def test_a_denial_of_the_speakers_side(text: str, trigger: str) -> None:
    assert any(t == trigger and a == "Ahmad Fauzan" for t, a, _r in acts(text, "REJECT"))


@pytest.mark.parametrize(
    "text",
    [
        # no accusation in the story: a short answer is no denial
        'Jakarta - Warga Desa Sukamaju, Budi Santoso, bercerita soal panen tahun ini. "Saya kira tidak '
        'ada," jawab Budi Santoso ketika ditanya soal hama wereng.',
        # a presumption of innocence, no one denying
        STORY + 'Jaksa mendakwa Hendra Wijaya menerima uang. "Kita tetap menjunjung asas praduga tak '
        'bersalah," kata Kepala Kejaksaan Negeri Rudi Hartono.',
        # `tidak ada` after a long first clause answers nothing denied
        STORY + 'Jaksa mendakwa Hendra Wijaya menerima uang. "Saya sudah menjelaskan semuanya kepada '
        'penyidik, tidak ada lagi yang perlu ditambahkan," kata Hendra Wijaya.',
    ],
)
def test_no_denial_read(text: str) -> None:
    assert acts(text, "REJECT") == []
