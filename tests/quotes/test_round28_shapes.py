"""Shapes of the twenty-eighth round: a quotation closed on a comma is followed by its attribution,
whatever the word of saying (a verb the lexicon lacks, or one misspelt). Sentences written for this
file in the shapes of Indonesian news; each rule is also tested on the shape it must leave alone."""

from __future__ import annotations

import pytest

import warta


def _quotes(text: str) -> list[tuple[str, str | None, str | None, str]]:
    art = warta.read(
        {"id": "t", "text": "MEDAN - Hujan turun sejak pagi.\n\n" + text + "\n"}, layers=["entities", "quotes"]
    )
    return [(q.kind, q.speaker.name if q.speaker else None, q.cue, q.text) for q in art.quotes]


LEAD = "Kepala Dinas Perhubungan Kota Medan Rahmat Siregar meninjau terminal itu pada Senin pagi.\n\n"


@pytest.mark.parametrize("word", ["terangnnya", "tutupnha", "sambungya", "sentilnya"])
def test_one_misspelt_or_unknown_clitic_word_attributes(word: str) -> None:
    text = LEAD + f'"Jadwal bus akan kami tambah mulai pekan depan agar penumpang tidak menumpuk," {word}.'
    got = _quotes(text)
    assert [(k, s) for k, s, _c, t in got if t.startswith("Jadwal bus")] == [("direct", "Rahmat Siregar")]


def test_unknown_word_then_name_with_an_adjunct() -> None:
    text = LEAD + (
        '"Terminal ini kami buka lagi untuk bus antarkota sejak pagi tadi," kara Rahmat dalam '
        "keterangannya, Senin (6/10/2025)."
    )
    got = _quotes(text)
    assert [(k, s, c) for k, s, c, t in got if t.startswith("Terminal ini")] == [("direct", "Rahmat Siregar", "kara")]


def test_name_then_a_verb_the_lexicon_lacks() -> None:
    text = LEAD + '"Belum semua armada kami periksa karena pemeriksaan baru dimulai hari ini," Rahmat memungkasi.'
    got = _quotes(text)
    assert [(s, c) for _k, s, c, t in got if t.startswith("Belum semua")] == [("Rahmat Siregar", "memungkasi")]


def test_a_quotation_closed_on_a_full_stop_with_a_word_after_is_left() -> None:
    # no comma before the closing mark: the word after it opens the writer's next sentence
    text = LEAD + '"Terminal ini kami buka lagi untuk bus antarkota sejak pagi tadi." Sementara.'
    assert not [q for q in _quotes(text) if q[3].startswith("Terminal ini") and q[2] == "Sementara"]


# the run-on convention (eval/README.md): a sentence that cannot stand alone right after reported
# content belongs to it, `Salah satunya …`, `Di antaranya, …`, `Tujuannya …`, `Caranya …` among them
@pytest.mark.parametrize(
    "tail",
    [
        "Salah satunya dengan menambah jadwal kereta pada jam sibuk.",
        "Di antaranya, penambahan jadwal kereta pada jam sibuk dan perbaikan halte.",
        "Caranya dengan menambah jadwal kereta pada jam sibuk.",
        "Terlebih, jumlah penumpang naik tajam setiap akhir pekan.",
        # `Pasalnya` gives the reason, as `Sebab, …`: with or without its comma (round 28, second pass)
        "Pasalnya, sebagian besar bus antarkota kini berangkat dari terminal itu.",
        "Pasalnya jumlah petugas di loket belum ditambah sejak tahun lalu.",
    ],
)
def test_a_sentence_that_cannot_stand_alone_runs_the_statement_on(tail: str) -> None:
    text = LEAD + f"Rahmat mengatakan pihaknya menyiapkan beberapa langkah untuk mengurai kepadatan. {tail}"
    got = [t for k, _s, _c, t in _quotes(text) if k == "indirect"]
    assert len(got) == 1 and got[0].rstrip(".").endswith(tail.rstrip("."))


def test_a_sentence_that_stands_alone_is_not_joined_by_the_list() -> None:
    tail = "Salah satu warga, Nur, mengeluhkan antrean panjang di loket."
    text = LEAD + f"Rahmat mengatakan pihaknya menyiapkan beberapa langkah untuk mengurai kepadatan. {tail}"
    got = [t for k, _s, _c, t in _quotes(text) if k == "indirect" and t.startswith("pihaknya")]
    assert got and "Nur" not in got[0]


# `Pasalnya …` with an attribution of its own is a statement of its own, not a run-on
def test_pasalnya_with_its_own_attribution_is_not_joined() -> None:
    tail = "Pasalnya, kata Rahmat, jumlah petugas di loket belum ditambah sejak tahun lalu."
    text = LEAD + f"Rahmat menilai antrean di terminal masih terlalu panjang. {tail}"
    got = [t for k, _s, _c, t in _quotes(text) if k == "indirect" and t.startswith("antrean")]
    assert got and "petugas" not in got[0]
