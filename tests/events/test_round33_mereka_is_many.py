"""Round 33 (events parties): `mereka` is many, never the one person the story named or quoted last.
A `mereka` that neither the story's acts nor the sentence before resolve fell to the salient person
(`… kata Budi Santoso, seorang anggota kelompok itu. … sebab mereka bekerja sama dengan …` gave the
actor Budi Santoso); it is now the many that open its own sentence, when written as many (`Banyak
anggota kelompok …`), else no one. Sentences written here in the shapes of Indonesian news.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts, parties  # noqa: E402

GROUP = (
    "Sebanyak 15 relawan kelompok pencinta alam menyisir hutan di lereng gunung itu sejak Senin.\n\n"
    '"Kami sudah terbiasa bekerja di medan seperti ini," kata Budi Santoso, seorang anggota kelompok itu.\n\n'
    "Budi, yang lahir di Kabupaten Magelang, mengatakan ia mulai ikut mencari korban sejak banjir bandang "
    "melanda desanya.\n\n"
    "Banyak anggota kelompok pencinta alam tersebut, yang dibentuk pada 2012, berpengalaman mencari korban "
    "bencana, sebab mereka sebelumnya bekerja sama dengan Basarnas dan BPBD Jawa Tengah."
)


def test_mereka_is_the_many_opening_its_sentence() -> None:
    actor, recipient = parties(GROUP, "COOPERATE", "bekerja sama")
    assert actor == "anggota kelompok pencinta alam"
    assert recipient == "Basarnas"


def test_mereka_with_no_group_written_is_not_the_person_last_quoted() -> None:
    text = (
        '"Yang datang ke posko bisa 20 orang per hari," kata Koordinator Posko Pengaduan, Siti Rahmawati.\n\n'
        "Pengaduan yang masuk lewat telepon jauh lebih banyak. Mereka mengadukan berbagai pungutan liar "
        "di sekolah."
    )
    assert all(actor != "Siti Rahmawati" for _t, actor, _r in acts(text, "DISAPPROVE"))
