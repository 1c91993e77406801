"""Shapes of the thirty-first round: reported speech whose subject is a first-person pronoun
(`kami menyampaikan …`, `Saya selalu menjawab …`, `Menurut kami …`) is the writer's own narrative
or words nested in someone's quotation, never a record of its own (GUIDELINES `quotes`: the
speaker is the source the article attributes the statement to). Sentences written for this file
in the shapes of Indonesian news; the rule is also tested on the shape it must leave alone."""

from __future__ import annotations

import pytest

import warta


def _quotes(text: str) -> list[tuple[str, str | None]]:
    art = warta.read({"id": "t", "text": "JAKARTA - Hujan turun sejak pagi di ibu kota.\n\n" + text + "\n"})
    return [(q.text, q.speaker.name if q.speaker is not None else None) for q in art.quotes]


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own travel account
        "Kami tiba di Bandung menjelang magrib. Setelah kami menyampaikan maksud kedatangan, kepala desa "
        "menyambut kami dengan ramah.",
        # the outlet's own opinion, `Menurut kami` with no comma
        "Menurut kami hari terburuk sang pelatih adalah ketika dia menerima tawaran klub itu, kami cukup "
        "mengerti perasaannya.",
    ],
)
def test_a_first_person_subject_gives_no_record(text: str) -> None:
    assert _quotes(text) == []


def test_a_quotation_after_a_nested_first_person_statement_keeps_its_speaker() -> None:
    # a scraped quotation whose closing mark lost its place (`tinggal, "buka …`), so the words
    # inside it are read as reported speech of `Saya`; the next quotation's `tutupnya` then
    # pointed to `Saya` instead of the player
    text = (
        "Usai laga, eks kapten tim nasional Ponco Sutrisno berbicara di hadapan suporter.\n\n"
        '" Banyak yang bertanya kenapa saya tidak pulang. Saya selalu menjawab rumah adalah tempat kita '
        'memilih untuk tinggal, "buka pemain bernomor punggung 11 itu.\n\n'
        '" Terima kasih atas dukungan kalian semua selama ini, " tutupnya.'
    )
    got = _quotes(text)
    assert all(sp is not None and sp.lower() not in ("saya", "kami") for _t, sp in got)
    assert any(t.startswith("Terima kasih") and sp == "Ponco Sutrisno" for t, sp in got)


def test_a_named_source_with_a_first_person_word_later_is_left_alone() -> None:
    got = _quotes("Ketua RT setempat, Suparman, mengatakan kami warga sudah lama meminta perbaikan jalan itu.")
    assert any(sp == "Suparman" for _t, sp in got)


def _statement(text: str) -> str:
    art = warta.read({"id": "t", "text": "JAKARTA - Hujan turun sejak pagi di ibu kota.\n\n" + text + "\n"})
    return next(q.text for q in art.quotes if q.kind == "indirect")


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        (
            "Kepala Dinas Pendidikan Hendra Gunawan mengatakan jadwal ujian sekolah mengalami perubahan. "
            "Perubahan itu dilakukan untuk memberi waktu belajar tambahan bagi siswa kelas akhir.",
            "bagi siswa kelas akhir.",
        ),
        (
            "Menurut Direktur Utama PT Sinar Tani Budi Hartono, perusahaan menyiapkan program pinjaman baru. "
            "Program ini ditujukan untuk petani yang belum pernah mendapat kredit bank.",
            "belum pernah mendapat kredit bank.",
        ),
    ],
)
def test_a_noun_of_the_statement_taken_up_again_with_a_purpose_runs_on(text: str, tail: str) -> None:
    assert _statement(text).endswith(tail)


@pytest.mark.parametrize(
    "text",
    [
        # a name before `saat ini` (a time adverb): the writer's background, not the noun taken up again
        "Pelatih Persik Kediri Joko Susilo menyebut Persik sudah harus bekerja keras sejak awal musim. "
        "Persik Kediri saat ini berada di Malang untuk menjalani pemusatan latihan.",
        # a fact about the noun taken up again: the writer's
        "Kepala sekolah Rina Wati mengatakan gedung sekolah itu rusak parah. Gedung tersebut direnovasi dua tahun lalu.",
    ],
)
def test_a_name_a_time_adverb_or_a_fact_stops_the_statement(text: str) -> None:
    assert _statement(text).count(".") <= 1
