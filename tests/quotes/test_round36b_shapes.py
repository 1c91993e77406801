"""Shapes of the thirty-sixth round's second wave (IndoSum pool). Sentences written for this file in
the shapes of Indonesian news; each rule is also tested on the shapes it must leave alone."""

from __future__ import annotations

import pytest

import warta


def _quotes(text: str) -> list[tuple[str, str | None, str | None, str]]:
    art = warta.read({"id": "t", "text": "Semarang (ANTARA News) - Warga mengungsi sejak pagi.\n\n" + text + "\n"})
    return [(q.kind, q.speaker.name if q.speaker is not None else None, q.cue, q.text) for q in art.quotes]


# A quotation right after a verb whose object is only ever words said, ending its clause, is speech
# however short.
@pytest.mark.parametrize(
    ("text", "speaker", "cue", "said"),
    [
        (
            "Ketua DPR Budi Santoso hadir di sidang itu.\n\nKetika hakim menanyakan apakah Irman pernah datang "
            'ke rumahnya, Budi juga menjawab "Tidak pernah".',
            "Budi Santoso",
            "menjawab",
            "Tidak pernah",
        ),
        (
            "Pelatih Persib Robert Alberts tampak kesal di pinggir lapangan.\n\nRobert berteriak, "
            '"Ayo maju terus", sambil bertepuk tangan.',
            "Robert Alberts",
            "berteriak",
            "Ayo maju terus",
        ),
    ],
)
def test_short_quotation_after_a_verb_of_uttering(text: str, speaker: str, cue: str, said: str) -> None:
    got = [q for q in _quotes(text) if q[2] == cue]
    assert len(got) == 1, _quotes(text)
    assert got[0][0] == "direct" and got[0][1] == speaker and got[0][3] == said


# `menyahut` leads into the quotation like `menjawab`.
def test_menyahut_leads_a_quotation() -> None:
    text = (
        'Kekasihnya, Debbie Gwyther, lantas menyahut, " Itu disebut Gavin and Stacey dan kau tak pernah menontonnya. "'
    )
    got = _quotes(text)
    assert [(q[0], q[1], q[2]) for q in got] == [("direct", "Debbie Gwyther", "menyahut")], got


# A verb of a text's wording right before the quotation: the words are the text's owner's.
def test_wording_of_a_text_named_before_with_its_owner() -> None:
    text = (
        "Dalam laporannya, lembaga itu mempermasalahkan dua kalimat yang diucapkan Megawati Soekarnoputri.\n\n"
        'Kalimat pertama yang dipermasalahkan berbunyi, "Para pemimpin yang menganut ideologi tertutup pun '
        'memposisikan diri mereka sebagai para peramal masa depan."\n\n'
        'Kemudian, kalimat kedua berbunyi, "Mereka dengan fasih meramalkan yang akan pasti terjadi di masa '
        'yang akan datang."'
    )
    got = [q for q in _quotes(text) if q[2] == "berbunyi"]
    assert [(q[0], q[1]) for q in got] == [("direct", "Megawati Soekarnoputri")] * 2, _quotes(text)


def test_wording_with_its_owner_in_the_subject() -> None:
    text = 'Cuitan Donald Trump berbunyi: "Korea Utara akan menghadapi api dan kemarahan yang belum pernah ada."'
    got = [q for q in _quotes(text) if q[2] == "berbunyi"]
    assert [(q[0], q[1]) for q in got] == [("direct", "Donald Trump")], _quotes(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # after a verb that may name, a short quotation is a term
        ('Pemerintah Amerika Serikat menyebut "kelompok teroris" itu sudah lama dibubarkan.', "direct"),
        # a short quotation going on in its clause is a term, whatever the verb
        ('Rudi Santoso lalu menjawab "Kartu Sakti" akan dibagikan kepada warga besok.', "direct"),
        # a message whose sender is never named: no source
        (
            'Pengguna menerima tautan undangan. Pesan tersebut berbunyi "Anda diundang mencoba fitur panggilan '
            'video terbaru. Hanya yang diundang dapat mengaktifkannya".',
            "berbunyi",
        ),
        # an inscription is a slogan, not a text of an owner
        ('Ia mengangkat spanduk yang berbunyi "Demokrasi bukan monarki dan konstitusi tidak opsional".', "berbunyi"),
    ],
)
def test_no_quote_of_a_term_or_an_ownerless_text(text: str, absent: str) -> None:
    """``absent``: the kind or the cue no quote may have."""
    assert not [q for q in _quotes(text) if absent in (q[0], q[2])], _quotes(text)


def test_question_before_a_short_answer_stays_reported() -> None:
    text = (
        "Ketua DPR Budi Santoso hadir di sidang itu.\n\nKetika hakim menanyakan apakah Irman pernah datang ke "
        'rumahnya, Budi juga menjawab "Tidak pernah".'
    )
    got = [(q[0], q[2]) for q in _quotes(text)]
    assert ("indirect", "menanyakan") in got and ("direct", "menjawab") in got, _quotes(text)
