"""Shapes of the second pass of the twenty-third round, found by reading Warta's quotes on
unannotated articles: a leading adjunct with no comma before a pronoun subject, and a scene
adjunct between a name opening its sentence and its verb. Sentences written for this file in
the shapes of Indonesian news; each rule is also tested on the shape next to it that it must
leave alone."""

from __future__ import annotations

import pytest

import warta


def _quotes(text: str) -> list[tuple[str, str | None, str | None, str]]:
    art = warta.read(
        {"id": "t", "text": "JAKARTA - Warga mengungsi sejak pagi.\n\n" + text + "\n"}, layers=["entities", "quotes"]
    )
    return [(q.kind, q.speaker.name if q.speaker else None, q.cue, q.text) for q in art.quotes]


# An adjunct opening the sentence with no comma after it (`Dalam sambutannya`, `Usai rapat`,
# `Untuk itulah`), then a pronoun right before the verb of saying: the pronoun is the subject,
# so the statement is read and given to the person the pronoun means.
@pytest.mark.parametrize(
    ("lead", "cue"),
    [
        ("Dalam sambutannya dia mengatakan", "mengatakan"),
        ("Usai rapat ia menegaskan", "menegaskan"),
        ("Untuk itulah ia mengimbau", "mengimbau"),
        ("Di hadapan wartawan ia menjelaskan", "menjelaskan"),
    ],
)
def test_pronoun_after_leading_adjunct(lead: str, cue: str) -> None:
    text = (
        "Bupati Sleman Kustini Sri Purnomo meresmikan pasar baru di Desa Sumberadi.\n\n"
        f"{lead} pemerintah daerah akan menambah anggaran perbaikan jalan desa tahun depan."
    )
    got = [q for q in _quotes(text) if q[2] == cue]
    assert got and got[0][1] == "Kustini Sri Purnomo"
    assert got[0][3].startswith("pemerintah daerah akan menambah")


def test_possessor_before_pronoun_is_no_adjunct() -> None:
    # `Adik dia mengatakan`: no preposition leads, so the pronoun is not cut out as the subject
    text = (
        "Bupati Sleman Kustini Sri Purnomo meresmikan pasar baru di Desa Sumberadi.\n\n"
        "Adik dia mengatakan pemerintah daerah akan menambah anggaran perbaikan jalan desa tahun depan."
    )
    assert all(q[1] != "Kustini Sri Purnomo" for q in _quotes(text))


# A name opening its sentence with a scene between it and its verb (`Hariyanto dalam kesempatan
# itu menyampaikan …`) is the subject a later `Ia` means, not the source quoted before.
def test_scene_between_name_and_verb_makes_a_subject() -> None:
    text = (
        'Kepala Dinas Pariwisata Yudi Satria mengatakan pelatihan diikuti 250 peserta. "Semua kegiatan '
        'harus disinkronkan," ujarnya.\n\n'
        "Sementara Hariyanto dalam kesempatan itu menyampaikan materi tentang pemasaran wisata.\n\n"
        "Ia menegaskan bahwa promosi digital harus menjadi perhatian semua pengelola desa wisata."
    )
    got = [q for q in _quotes(text) if q[2] == "menegaskan"]
    assert got and got[0][1] == "Hariyanto"


def test_name_inside_scene_is_no_subject() -> None:
    # `dalam` after a name that does not open its sentence (`menemui Hariyanto dalam …`): the
    # earlier source stays the one `Ia` means
    text = (
        'Kepala Dinas Pariwisata Yudi Satria mengatakan pelatihan diikuti 250 peserta. "Semua kegiatan '
        'harus disinkronkan," ujarnya.\n\n'
        "Yudi kemudian menemui Hariyanto dalam acara itu untuk membahas pemasaran wisata.\n\n"
        "Ia menegaskan bahwa promosi digital harus menjadi perhatian semua pengelola desa wisata."
    )
    got = [q for q in _quotes(text) if q[2] == "menegaskan"]
    assert got and got[0][1] == "Yudi Satria"


# `Oleh karenanya` opens the clause like `Oleh karena itu`, and `ternyata` needs no comma to be a
# sentence adverb before the subject (`…, ternyata Budi mengaku …`): the subject is the name after it.
@pytest.mark.parametrize(
    "lead",
    [
        "Oleh karenanya Menteri Perhubungan Arif Setiawan mengaku",
        "Setahun menjabat, ternyata Menteri Perhubungan Arif Setiawan mengaku",
    ],
)
def test_connective_before_subject(lead: str) -> None:
    text = f"{lead} belum bisa memastikan jadwal pembukaan jalur kereta baru ke Bandara Kertajati."
    got = [q for q in _quotes(text) if q[2] == "mengaku"]
    assert got and got[0][1] == "Arif Setiawan"
