"""Shapes of the twenty-fifth round, found in the errors of the sets opened after round 24
(heldout19-24, outlets_heldout15-20): a verb of saying followed only by a topic noun phrase.
Sentences written for this file in the shapes of Indonesian news; each rule is also tested on
the shape next to it that it must leave alone."""

from __future__ import annotations

import pytest

import warta

from .conftest import with_entities


def _quotes(text: str) -> list[tuple[str, str | None, str | None, str]]:
    art = warta.read(
        {"id": "t", "text": "MAKASSAR - Hujan turun sejak pagi.\n\n" + text + "\n"}, layers=["entities", "quotes"]
    )
    return [(q.kind, q.speaker.name if q.speaker else None, q.cue, q.text) for q in art.quotes]


def _cued(text: str, cue: str) -> list[str]:
    return [q[3] for q in _quotes(text) if q[2] == cue]


# a time clause (`saat …`, `ketika …`) after the head noun is a modifier of the topic: its verb
# is no predicate of a reported clause
@pytest.mark.parametrize(
    "sentence",
    [
        "Wali Kota Danny Pomanto menyampaikan sejumlah pesan saat meninjau lokasi banjir di Manggala.",
        "Dalam rapat itu, Rektor Jamaluddin Jompa menyinggung persoalan anggaran ketika membahas rencana "
        "pembangunan asrama.",
    ],
)
def test_topic_with_a_time_modifier_is_no_statement(sentence: str) -> None:
    assert not [q for q in _quotes(sentence) if q[0] == "indirect"]


def test_saat_ini_is_an_adverb_of_the_reported_clause() -> None:
    text = "Kepala BPBD Amson Padolo menjelaskan kondisi saat ini sudah kondusif dan warga kembali ke rumah."
    assert _cued(text, "menjelaskan") == ["kondisi saat ini sudah kondusif dan warga kembali ke rumah."]


def test_predicate_before_the_time_clause_keeps_the_statement() -> None:
    text = "Kapolsek Arifuddin menjelaskan korban meninggal saat dibawa ke rumah sakit terdekat."
    assert _cued(text, "menjelaskan") == ["korban meninggal saat dibawa ke rumah sakit terdekat."]


def test_bahwa_inside_the_modifier_belongs_to_its_verb() -> None:
    # `… ketika mendengar bahwa …`: the clause after `bahwa` is what was heard, not what was said
    text = (
        "Ketua PSSI Sulsel Andi Rifai menyinggung urusan nasionalisme ketika mendengar bahwa dua "
        "pemain muda akan bermain di Thailand."
    )
    assert not _cued(text, "menyinggung")


# a topic noun with the possessive -nya (`apresiasinya`, `komitmennya`) is a topic like the bare noun
@pytest.mark.parametrize(
    ("verb", "rest"),
    [
        ("menyampaikan", "apresiasinya kepada panitia yang telah menyiapkan acara dengan baik."),
        ("menegaskan", "komitmennya untuk menuntaskan perbaikan jalan provinsi tahun ini."),
    ],
)
def test_topic_noun_with_nya_is_no_statement(verb: str, rest: str) -> None:
    text = f"Gubernur Andi Sudirman Sulaiman {verb} {rest}"
    assert not _cued(text, verb)


def test_topic_noun_with_nya_before_a_copula_is_a_subject() -> None:
    text = "Gubernur Andi Sudirman Sulaiman menjelaskan alasannya adalah anggaran daerah yang terbatas."
    assert _cued(text, "menjelaskan") == ["alasannya adalah anggaran daerah yang terbatas."]


# the entities layer sometimes runs a word that is no part of the name into a person's name;
# the speaker is the person inside the run (the entities themselves are left as they are)
def _speaker(text: str, cue: str) -> str | None:
    return next((q[1] for q in _quotes(text) if q[2] == cue), None)


def test_web_address_before_a_given_name_is_no_part_of_the_speaker() -> None:
    text = (
        "Dalam acara itu hadir pula CEO Traveloka.com Ferry Unardi. Ferry menambahkan, pihaknya akan "
        "memperluas layanan ke kota-kota kecil tahun depan."
    )
    speaker = _speaker(text, "menambahkan")
    assert speaker is not None and speaker.startswith("Ferry")


def test_two_word_title_before_a_given_name_is_no_part_of_the_speaker() -> None:
    text = '"Permainannya sangat matang," kata Grand Master Irene Kharisma kepada wartawan di Jakarta, Minggu.'
    assert _speaker(text, "kata") == "Irene Kharisma"


def test_place_cut_in_two_is_no_part_of_the_speaker() -> None:
    # the entities layer read `Lampung Sutrisno` as one person after `Kemenag Bandar`
    text = (
        "Staf Bimas Islam Kemenag Bandar Lampung Sutrisno mengatakan pendaftaran tanah wakaf kini bisa "
        "dilakukan secara daring."
    )
    art = with_entities(text, [("Lampung Sutrisno", "PER", ["Lampung Sutrisno"])])
    assert [q.speaker.name for q in art.quotes] == ["Sutrisno"]


def test_a_name_with_a_place_word_of_its_own_is_kept() -> None:
    # no word before `Lampung` joins it into a place name: the name is not cut
    text = "Ketua panitia, Lampung Sutrisno, mengatakan acara akan dimulai pukul delapan pagi."
    art = with_entities(text, [("Lampung Sutrisno", "PER", ["Lampung Sutrisno"])])
    assert [q.speaker.name for q in art.quotes] == ["Lampung Sutrisno"]


def test_statement_after_a_common_noun_source_is_no_description_of_it() -> None:
    # `Menurut pakar, … yang … tersebut.`: the words after the comma are the statement, so the
    # speaker is not run on to a closing `tersebut` through them
    text = "Menurut pakar, harga beras naik karena musim kemarau yang melanda daerah tersebut."
    got = [q for q in _quotes(text) if q[2] == "Menurut"]
    assert got and got[0][1] == "pakar"
    assert got[0][3].startswith("harga beras naik")
