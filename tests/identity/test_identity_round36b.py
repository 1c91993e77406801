"""Round 36, second wave (issue #13): name words borne by very many people identify no one alone
(identity/data/shared_name_words.json). A Balinese birth-order name ('Ketut', 'Nyoman'), a caste word
('Ngurah') or a common Muslim given name ('Fitriani', 'Syarif') written bare is not the corpus's only
stored bearer of it, however alike the articles' context; two such words are no name running on in a
longer one ('Putu Gede' of 'Putu Gede Panca Wiadnyana'). A rare surname still joins its only bearer."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import fillers as _fillers  # noqa: E402
from storydata import ingest as _ingest  # noqa: E402
from storydata import record  # noqa: E402
from storydata import same_identity as _same  # noqa: E402


def _bare_beside(full: str, bare: str) -> list[dict[str, Any]]:
    """One article naming ``full`` with two rare people, one writing only ``bare`` with the same two."""
    return [
        *_fillers(),
        record(
            "b1",
            "Sidang Korupsi",
            f"Saya tidak bersalah, kata {full} di persidangan bersama Kamala Harris dan Nancy Pelosi di Denpasar.",
            entities=[(full, "PER", []), ("Kamala Harris", "PER", []), ("Nancy Pelosi", "PER", [])],
        ),
        record(
            "b2",
            "Sidang Lanjutan",
            f"Kami menolak dakwaan itu, kata {bare} di persidangan bersama Kamala Harris dan Nancy Pelosi.",
            entities=[(bare, "PER", []), ("Kamala Harris", "PER", []), ("Nancy Pelosi", "PER", [])],
        ),
    ]


@pytest.mark.parametrize(
    ("full", "bare"),
    [
        ("Ketut Sudikerta", "Ketut"),  # birth order: the fourth child of any Balinese family
        ("Nyoman Suwirta", "Nyoman"),
        ("Ngurah Alit Yudha", "Ngurah"),  # a caste word
        ("Dian Fitriani", "Fitriani"),  # a common given name, also a woman's only name
        ("Laode Muhammad Syarif", "Syarif"),
    ],
)
def test_a_shared_name_word_is_no_sole_bearers_name(tmp_path: Path, full: str, bare: str) -> None:
    with _ingest(tmp_path / "a.db", _bare_beside(full, bare)) as c:
        assert not _same(c, bare, full)


def test_a_rare_surname_still_joins_its_sole_bearer(tmp_path: Path) -> None:
    with _ingest(tmp_path / "a.db", _bare_beside("Ketut Sudikerta", "Sudikerta")) as c:
        assert _same(c, "Sudikerta", "Ketut Sudikerta")


def test_two_birth_order_words_are_no_name_running_on(tmp_path: Path) -> None:
    recs = [
        *_fillers(),
        record(
            "p1",
            "Penumpang Melahirkan",
            "General Manager Blue Bird Bali, Putu Gede Panca Wiadnyana, menjenguk penumpang itu.",
            entities=[("Putu Gede Panca Wiadnyana", "PER", [])],
        ),
        record(
            "p2",
            "Timnas U-23",
            "Timnas tidak bisa diperkuat Evan Dimas dan Putu Gede yang absen karena cedera.",
            entities=[("Evan Dimas", "PER", []), ("Putu Gede", "PER", [])],
        ),
    ]
    with _ingest(tmp_path / "a.db", recs) as c:
        assert not _same(c, "Putu Gede", "Putu Gede Panca Wiadnyana")


def _ministry(alone: bool) -> list[dict[str, Any]]:
    """A 2018 article naming 'Kementerian Hukum dan HAM' (its cut name beside), and with ``alone`` one
    writing 'Kementerian Hukum' as a body of its own (the ministry split from it in 2024)."""
    recs = [
        record(
            "k1",
            "Regulasi",
            "Kementerian Hukum dan HAM menerbitkan aturan baru soal pendaftaran merek.",
            entities=[("Kementerian Hukum dan HAM", "ORG", [])],
        ),
        record(
            "k2",
            "Perundangan",
            "Dirjen Perundang-undangan Kementerian Hukum dan HAM Widodo Ekatjahjana menandatangani aturan itu.",
            entities=[("Kementerian Hukum", "ORG", []), ("Widodo Ekatjahjana", "PER", [])],
        ),
    ]
    if alone:
        recs.append(
            record(
                "k3",
                "Kekayaan Intelektual",
                "Data dari Kementerian Hukum mencatat hingga tahun 2024 terdapat lebih dari seribu merek.",
                entities=[("Kementerian Hukum", "ORG", [])],
            )
        )
    return recs


def test_a_cut_name_written_alone_as_a_body_stays_apart_from_the_name_with_dan(tmp_path: Path) -> None:
    for name, recs in (("f.db", _ministry(True)), ("r.db", _ministry(True)[::-1])):
        with _ingest(tmp_path / name, recs) as c:
            assert not _same(c, "Kementerian Hukum", "Kementerian Hukum dan HAM")
    with _ingest(tmp_path / "o.db", _ministry(False)) as c:  # only written on with 'dan': the same body
        assert _same(c, "Kementerian Hukum", "Kementerian Hukum dan HAM")


def _surname(elsewhere: bool) -> list[dict[str, Any]]:
    """'Steven Spielberg' in one article; in another the entities layer read only 'Spielberg', though the
    text writes his whole name; with ``elsewhere`` a third article writes 'Spielberg' without him."""
    recs = [
        record(
            "s1",
            "Film Baru",
            "Sutradara Steven Spielberg merilis film baru tahun ini.",
            entities=[("Steven Spielberg", "PER", [])],
        ),
        record(
            "s2",
            "Festival",
            "Film garapan Steven spielberg diputar di festival. Spielberg hadir di pemutaran perdana.",
            entities=[("Spielberg", "PER", [])],
        ),
    ]
    if elsewhere:
        recs.append(
            record("s3", "Laga", "Pemain Spielberg mencetak gol kemenangan.", entities=[("Spielberg", "PER", [])])
        )
    return recs


def test_a_surname_whose_every_article_writes_the_full_name_joins_it(tmp_path: Path) -> None:
    for name, recs in (("f.db", _surname(False)), ("r.db", _surname(False)[::-1])):
        with _ingest(tmp_path / name, recs) as c:
            assert _same(c, "Spielberg", "Steven Spielberg")
    with _ingest(tmp_path / "e.db", _surname(True)) as c:  # an article writes it without him
        assert not _same(c, "Spielberg", "Steven Spielberg")
