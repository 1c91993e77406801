"""Shapes of the twenty-fourth round, found in the errors of the sets that were blind until the
last round was scored (heldout19-23, outlets_heldout15-19): appeals to a group of people or
bodies. Sentences written for this file in the shapes of Indonesian news; each rule is also
tested on the shape next to it that it must leave alone."""

from __future__ import annotations

import pytest

import warta


def _quotes(text: str) -> list[tuple[str, str | None, str | None, str]]:
    art = warta.read(
        {"id": "t", "text": "SEMARANG - Hujan turun sejak pagi.\n\n" + text + "\n"}, layers=["entities", "quotes"]
    )
    return [(q.kind, q.speaker.name if q.speaker else None, q.cue, q.text) for q in art.quotes]


def _one(text: str, **want: str) -> tuple[str, str | None, str | None, str] | None:
    """The first quote of ``text`` whose cue / speaker is ``want``'s, or whose text opens so."""
    for q in _quotes(text):
        if (
            want.get("cue", q[2]) == q[2]
            and want.get("speaker", q[1]) == q[1]
            and q[3].startswith(want.get("opens", ""))
        ):
            return q
    return None


# `mendorong` a group (a quantifier, a noun of people or bodies, a pronoun) then `untuk`/`agar`
# and what it should do is an appeal, reported with the group addressed.
@pytest.mark.parametrize(
    "group",
    ["kabupaten/kota", "para pengusaha muda", "seluruh pemerintah desa", "masyarakat", "mereka"],
)
def test_group_urged_to_act_is_an_appeal(group: str) -> None:
    text = (
        f"Wakil Gubernur Taj Yasin Maimoen mendorong {group} untuk segera mendaftarkan usaha kecil "
        "ke dinas koperasi sebelum akhir tahun."
    )
    got = _one(text, cue="mendorong")
    assert got and got[1] == "Taj Yasin Maimoen"
    assert got[3].startswith(f"{group} untuk segera mendaftarkan")


@pytest.mark.parametrize(
    "thing",
    ["pertumbuhan ekonomi daerah", "strategi pengentasan kemiskinan", "harga gabah"],
)
def test_thing_pushed_is_no_appeal(thing: str) -> None:
    # `mendorong pertumbuhan ekonomi untuk …`: a thing is pushed, no one is urged
    text = f"Wakil Gubernur Taj Yasin Maimoen mendorong {thing} untuk mencapai target tahun depan."
    assert not [q for q in _quotes(text) if q[2] == "mendorong"]


def test_causing_subject_urges_no_group() -> None:
    # `Program itu mendorong masyarakat untuk …`: a cause, not a speaker making an appeal
    text = "Program itu mendorong masyarakat untuk menabung di bank daerah setiap bulan."
    assert not [q for q in _quotes(text) if q[2] == "mendorong"]


# A group addressed before `agar` is part of the appeal; a person addressed by name is not.
def test_group_before_agar_is_kept() -> None:
    text = "Kapolres Pati AKBP Jaka Wahyudi mengimbau semua pihak agar menahan diri dan tidak terpancing isu."
    got = _one(text, cue="mengimbau")
    assert got and got[3].startswith("semua pihak agar menahan diri")


def test_person_before_agar_is_dropped() -> None:
    text = "Ketua RT Slamet Riyadi menasihati Rina agar menjaga kesehatan selama musim hujan."
    got = _one(text, cue="menasihati")
    assert got and got[3].startswith("menjaga kesehatan")


# `terus` between a pronoun subject and its verb is an adverb: the pronoun is the subject.
_GOES_ON_URGING = (
    "Gubernur Jawa Tengah Ahmad Luthfi meninjau kawasan industri Kendal.\n\n"
    "Ia juga terus mendorong pemerintah daerah untuk menyiapkan lahan bagi investor baru."
)


def test_terus_between_pronoun_and_verb() -> None:
    assert (_one(_GOES_ON_URGING, cue="mendorong") or ())[1:2] == ("Ahmad Luthfi",)


# A name right before `yang` and a verb of saying, inside the writer's sentence about someone
# else, is the source of the statement the relative clause reports; the statement ends at the
# clause's first comma, and its source is not the one a later `tegasnya` means.
@pytest.mark.parametrize(
    "lead",
    [
        "Kuasa hukum korban menyesalkan pernyataan Kapolres Sleman AKBP Edy Setyanto yang menyebut",
        "Hakim juga menegur jaksa penuntut umum, Edy Setyanto, yang menyebut",
        "Warga menanggapi keterangan Kepala Dinas Perhubungan Edy Setyanto yang mengatakan",
    ],
)
def test_name_before_yang_and_a_verb_of_saying(lead: str) -> None:
    text = f"{lead} petugas sudah memeriksa semua kendaraan di gerbang tol sejak pagi."
    got = _one(text, opens="petugas sudah memeriksa")
    assert got and got[1] == "Edy Setyanto"


def test_relative_statement_ends_at_its_comma() -> None:
    text = (
        "Usulan itu didukung Wali Kota Bandung Farhan Hidayat yang mengatakan festival tidak perlu "
        "dibatalkan, menyusul hujan deras yang melanda kota sejak Jumat."
    )
    got = _one(text, speaker="Farhan Hidayat")
    assert got and got[3] == "festival tidak perlu dibatalkan"


@pytest.mark.parametrize(
    "text",
    [
        "Polisi menemui warga yang meminta jalan itu segera diperbaiki sebelum musim hujan.",
        "Ketua DPRD Budi Santoso yang mengatakan anggaran itu tidak cukup kini diperiksa polisi.",
        "Pemerintah segera menetapkan UU Hutan Adat yang mengakui hak masyarakat adat atas hutan.",
        "Aplikasi itu didukung BBM Checkout yang memastikan data pembayaran tersimpan dengan aman.",
    ],
)
def test_no_statement_before_yang(text: str) -> None:
    # a common noun before `yang`, a name opening the clause, or a verb that as often tells an act
    assert not [q for q in _quotes(text) if q[0] == "indirect"]


def test_relative_source_is_not_the_one_followed() -> None:
    text = (
        "Dalam sidang, hakim Susan Illston menegur pengacara pemerintah, Elizabeth Hedges, yang menyebut "
        "serikat pekerja harus menggugat ke dewan buruh lebih dulu.\n\n"
        'Ia juga menyoroti sikap pemerintah dalam perkara itu. "Anda bahkan tidak siap membahas apakah '
        'pemecatan itu sah," tegasnya.'
    )
    got = _one(text, opens="Anda bahkan")
    assert got and got[1] == "Susan Illston"


# Run-on of indirect statements: the shipped model (RUNON_MARGIN=1.0 scripts/train_runon.py --newer-only --write,
# the sets annotated by the written convention) carries a statement on into a cue-less sentence
# of its paragraph that goes on with it, not into one about the speaker; a question, a line
# announcing a list or a credit never continues it, whatever the model says.
_SCHOOL = (
    "Kepala Dinas Pendidikan Sleman Ahmad Yani meninjau lokasi sekolah baru.\n\n"
    "Ia menyebut sekolah itu dibangun dengan anggaran tahun jamak. {next}\n\n"
    "Warga menyambut baik rencana itu."
)


def _said(next_sentence: str) -> str:
    return next(q[3] for q in _quotes(_SCHOOL.format(next=next_sentence)) if q[2] == "menyebut")


def test_statement_runs_on_into_its_paragraph() -> None:
    assert _said("Sebab, anggaran daerah terbatas.").endswith("Sebab, anggaran daerah terbatas.")


def test_sentence_that_stands_alone_is_left_to_the_rules() -> None:
    # Round 27: the model is gated at margin 1.0, where the shared dev gold (the guideline
    # writers' own) stops a statement before a sentence that can stand alone.
    assert _said("Kontribusinya lebih dari 11 persen.").endswith("anggaran tahun jamak.")


def test_sentence_about_the_speaker_stops_it() -> None:
    assert _said("Ia berharap pembangunan selesai tepat waktu.").endswith("anggaran tahun jamak.")


@pytest.mark.parametrize("line", ["Namun, benarkah demikian?", "Berikut rincian anggarannya", "[Antara]"])
def test_writer_lines_never_continue(monkeypatch: pytest.MonkeyPatch, line: str) -> None:
    from warta.quotes import runon

    always = runon.Model(tuple([30.0] + [0.0] * (len(runon.FEATURES) - 1)))  # the model says: go on
    monkeypatch.setattr(runon, "OVERRIDE", always)
    assert _said("Gedung baru selesai tahun depan.").endswith("Gedung baru selesai tahun depan.")
    assert _said(line).endswith("anggaran tahun jamak.")
