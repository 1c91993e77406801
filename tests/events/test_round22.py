"""Round 22: shapes found on unannotated articles (the mining pool), each with sentences written
here in the shapes of Indonesian news.

- A word that opens a sentence as a comment or a call (`Sebaliknya,`, `Menariknya`, `Parahnya,`,
  `Tolong,`, `Nahas,`) is not its subject; `dirinya`, `keduanya` and `Korbannya` still are someone.
- `aksi` is a protest only as itself (`melakukan aksi di depan DPR`, `aksi damai`, `aksi mogok`);
  a word saying what kind of act it is names another (`aksi nyata untuk lingkungan`, `aksi
  individu`), and `aksinya` is a protest only in a story that has told one.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

from warta.events.parties import _sentence_adverb  # noqa: E402


@pytest.mark.parametrize("word", ["Sebaliknya,", "Menariknya", "Parahnya,", "Sederhananya", "Tolong,", "Nahas,"])
def test_a_sentence_adverb_is_no_one(word: str) -> None:
    assert _sentence_adverb(word)


@pytest.mark.parametrize("word", ["Korbannya,", "Pelakunya", "dirinya", "keduanya", "Budi,", "Polisi"])
def test_a_person_is_no_sentence_adverb(word: str) -> None:
    assert not _sentence_adverb(word)


@pytest.mark.parametrize(
    "text, type",
    [
        ("Sebaliknya, pemerintah Malaysia kemudian sepakat menunda proyek itu.", "AGREE"),
        ('"Tolong, jangan halangi kami lagi," kata Budi kepada petugas.', "DEMAND"),
    ],
)
def test_an_opening_comment_is_no_party(text: str, type: str) -> None:
    for _, actor, rec in acts(text, type):
        assert (actor or "").lower().strip(",") not in ("sebaliknya", "tolong")
        assert (rec or "").lower().strip(",") not in ("sebaliknya", "tolong")


@pytest.mark.parametrize(
    "text",
    [
        "Pada kegiatan ini, karyawan PT Sumber Air melakukan aksi nyata untuk lingkungan dengan memungut sampah.",
        "Gelandang muda itu melakukan aksi individu sebelum melepaskan umpan kepada rekannya.",
        "Pelaku melakukan aksinya pada dini hari saat penghuni kos sedang tidur.",
    ],
)
def test_an_aksi_of_another_kind_is_no_protest(text: str) -> None:
    assert acts(text, "PROTEST") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ratusan mahasiswa melakukan aksi di depan gedung DPRD Jawa Barat, Senin (3/11).",
        "Ribuan sopir truk menggelar aksi mogok nasional sejak Senin pagi.",
        "Massa buruh menggelar aksi damai di depan kantor gubernur.",
    ],
)
def test_an_aksi_of_protest_is_one(text: str) -> None:
    assert len(acts(text, "PROTEST")) == 1
