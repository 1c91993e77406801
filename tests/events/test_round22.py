"""Round 22: shapes found on unannotated articles (the mining pool), each with sentences written
here in the shapes of Indonesian news.

- A word that opens a sentence as a comment or a call (`Sebaliknya,`, `Menariknya`, `Parahnya,`,
  `Tolong,`, `Nahas,`) is not its subject; `dirinya`, `keduanya` and `Korbannya` still are someone.
- `aksi` is a protest only as itself (`melakukan aksi di depan DPR`, `aksi damai`, `aksi mogok`);
  a word saying what kind of act it is names another (`aksi nyata untuk lingkungan`, `aksi
  individu`), and `aksinya` is a protest only in a story that has told one.
- A thing or an idea opening the sentence as the subject does not act (`Sifat ini membantu
  membunuh kuman`, `Bahaya rokok mengintai`): the verb is used in another sense; a noun of people,
  a peN- agent noun or a word the article capitalises elsewhere (a name) still acts.
- The one asked in a demand may be named at length (`mendorong Polresta Denpasar dan pihak terkait
  untuk …`): up to seven words with no verb, relative or negation in them.
- Goods counted by a measure word or money (`ribuan botol miras`, `uang USD 1 juta`) are what is
  seized, not from whom; `menyita perhatian` seizes nothing.
- In a match report an attack on no one in particular (`Serangan yang dilancarkan Persipura`,
  `jual-beli serangan`) is play; an attack on people (`menyerang dua polisi`) is still an assault.
- A chase (`mengejar`, `dikejar`, `pengejaran`) is a coercion only by the police or prosecutors
  (`sulit dikejar Wenger` is a record, `mengejar Putri Jasmine` a film's plot).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

from warta.events.parties.words import _sentence_adverb  # noqa: E402


@pytest.mark.parametrize("word", ["Sebaliknya,", "Menariknya", "Parahnya,", "Sederhananya", "Tolong,", "Nahas,"])
def test_a_sentence_adverb_is_no_one(word: str) -> None:
    assert _sentence_adverb(word)


@pytest.mark.parametrize(
    "word", ["Korbannya,", "Pelakunya", "dirinya", "keduanya", "Semuanya", "Seluruhnya,", "Budi,", "Polisi"]
)
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


@pytest.mark.parametrize(
    "text, type",
    [
        ("Sifat antibakteri itu membantu membunuh kuman di rongga mulut.", "ASSAULT"),
        ("Perang propaganda itu menyerang lembaga pemerintah Ukraina setiap harinya.", "ASSAULT"),
        ("Ketinggalan dua gol mendorong Persib untuk meningkatkan tekanan.", "DEMAND"),
        ("Bahaya asap kebakaran hutan itu juga mengintai warga di perbatasan.", "INVESTIGATE"),
    ],
)
def test_a_thing_opening_the_sentence_does_not_act(text: str, type: str) -> None:
    assert acts(text, type) == []


@pytest.mark.parametrize(
    "text, type",
    [
        ("Penculik itu membius korbannya sebelum membawanya ke Bekasi.", "CRIME"),
        ("Kedua negara saling mengusir diplomat pada pekan lalu.", "COERCE"),
        (
            "Kemdikbud menggelar rapat dengan rektor. Dalam rapat itu, Kemdikbud mendorong Satgas kampus agar "
            "bekerja lebih cepat.",
            "DEMAND",
        ),
    ],
)
def test_someone_opening_the_sentence_still_acts(text: str, type: str) -> None:
    assert len(acts(text, type)) >= 1


@pytest.mark.parametrize(
    "text, asked",
    [
        (
            "Anggota Komisi III DPR itu mendorong Polda Metro Jaya dan pihak terkait untuk mengusut kasus tersebut.",
            "Polda Metro Jaya",
        ),
        (
            "Forum mahasiswa itu meminta pimpinan Universitas Gadjah Mada dan fakultas menunda pemilihan dekan.",
            "Universitas Gadjah Mada",
        ),
    ],
)
def test_one_asked_named_at_length_is_still_asked(text: str, asked: str) -> None:
    found = acts(text, "DEMAND")
    assert found and any(rec is not None and asked in rec for _, _, rec in found)


def test_a_long_gap_over_a_relative_clause_asks_no_one() -> None:
    text = "Komnas HAM mendorong regulasi yang belum selaras dengan norma HAM agar segera direvisi."
    assert all(rec is None or "regulasi" not in rec for _, _, rec in acts(text, "DEMAND"))


def test_goods_counted_by_a_measure_word_are_no_recipient() -> None:
    found = acts("Satpol PP Kota Malang menyita ratusan botol miras dari sebuah warung di Lowokwaru.", "COERCE")
    assert found and all(rec is None or "botol" not in rec for _, _, rec in found)


def test_attention_taken_is_no_seizure() -> None:
    assert acts("Usulan aturan baru OJK itu menyita perhatian para pelaku industri keuangan.", "COERCE") == []


MATCH = (
    "Persib menjamu Persija dalam laga pekan ke-10 Liga 1 di Stadion GBLA. Pelatih Persib memasang tiga "
    "gelandang sejak babak pertama. Skor imbang bertahan hingga turun minum, dan klasemen sementara belum "
    "berubah. Pada babak kedua, kiper Persija beberapa kali menggagalkan peluang tuan rumah. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Serangan bertubi-tubi yang dilancarkan Persib akhirnya membuahkan hasil pada menit ke-70.",
        "Di sisa waktu yang ada, kedua tim terus melakukan jual-beli serangan.",
    ],
)
def test_an_attack_in_a_match_report_is_play(sentence: str) -> None:
    assert acts(MATCH + sentence, "ASSAULT") == []


def test_an_attack_on_people_in_a_match_report_is_an_assault() -> None:
    assert acts(MATCH + "Seusai laga, sejumlah suporter menyerang dua polisi di luar stadion.", "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Rekor gol Bambang Pamungkas jelas sulit dikejar Boaz Solossa musim ini.",
        "Dalam film itu, Aladdin mengejar Putri Jasmine hingga ke istana Agrabah.",
    ],
)
def test_a_chase_by_no_enforcer_is_no_coercion(text: str) -> None:
    assert acts(text, "COERCE") == []


def test_a_chase_by_the_police_is_one() -> None:
    assert acts("Tim Resmob Polda Sulawesi Utara mengejar pelaku hingga ke Gorontalo.", "COERCE")
