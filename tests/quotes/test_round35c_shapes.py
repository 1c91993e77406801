"""Shapes of the thirty-fifth round's third wave (IndoSum and detik pool). Sentences written for this
file in the shapes of Indonesian news; each rule is also tested on the shapes it must leave alone."""

from __future__ import annotations

import pytest

import warta


def _quotes(text: str) -> list[tuple[str, str | None, str | None, str]]:
    art = warta.read({"id": "t", "text": "Semarang (ANTARA News) - Warga mengungsi sejak pagi.\n\n" + text + "\n"})
    return [(q.kind, q.speaker.name if q.speaker is not None else None, q.cue, q.text) for q in art.quotes]


# Two words closing the sentence after a verb of saying, a negation or an auxiliary and then a
# verb, are the statement, though shorter than the usual three words.
@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        (
            "Soal tambahan lima pegawai yang sedang diperiksa, Kepala Dinas Kesehatan Rudi Hartono mengaku "
            "belum mengetahuinya.",
            "Rudi Hartono",
            "belum mengetahuinya",
        ),
        (
            "Meski enggan masuk partai politik, penyanyi asal Bandung Rina Amalia mengaku sempat tertarik.",
            "Rina Amalia",
            "sempat tertarik",
        ),
        ("Ditanya soal riwayat penyakit korban, Kapolsek Sutomo mengaku tidak mengetahuinya.", "Sutomo", "tidak"),
        ("Bupati terpilih Ahmad Fauzi mengaku siap dilantik.", "Ahmad Fauzi", "siap dilantik"),
    ],
)
def test_two_words_opened_by_an_auxiliary_closing_the_sentence_are_said(text, speaker, said):
    got = [q for q in _quotes(text) if q[0] == "indirect"]
    assert len(got) == 1
    assert got[0][1] == speaker and got[0][3].startswith(said)


@pytest.mark.parametrize(
    "text",
    [
        "Kepala Dinas Kesehatan Rudi Hartono menjelaskan program baru.",  # a topic, no auxiliary
        "Kepala Dinas Kesehatan Rudi Hartono mengaku tidak.",  # one word
        "Kepala Dinas Kesehatan Rudi Hartono menyampaikan permintaan maaf.",  # an act, no auxiliary
    ],
)
def test_short_objects_without_an_auxiliary_stay_unquoted(text):
    assert [q for q in _quotes(text) if q[0] == "indirect"] == []
