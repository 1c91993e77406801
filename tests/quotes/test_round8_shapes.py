"""Shapes from the eighth round's error list over heldout9 and outlets_heldout5 (issue #16),
written with other names: a role that lists its fields before the name, a list announced and
then given item by item, a sentence explaining what was just reported, a possessed noun with a
place before its predicate, and a complaint lodged with the police."""

from __future__ import annotations

import pytest

import warta


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    art = warta.read({"id": "t", "text": text}, layers=["entities", "quotes"])
    return [(q.speaker.name, q.cue, q.text) for q in art.quotes]


@pytest.mark.parametrize(
    "role",
    [
        "Kepala Biro Humas, Data dan Informasi (HDI) Kementerian Perhubungan",
        "Menteri Koordinator Bidang Politik, Hukum dan Keamanan (Menko Polhukam)",
    ],
)
def test_a_role_listing_its_fields_before_the_name(role: str) -> None:
    text = (
        "Jakarta - Pemerintah membantah kabar kecelakaan rombongan menteri.\n\n"
        f'"Bukan rombongan menteri. Mobil itu milik pemprov," kata {role} Rudi Hartono seperti dikutip '
        "dari laman resmi, Senin (9/2/2018)."
    )
    assert [sp for sp, _c, _t in _quotes(text)] == ["Rudi Hartono"]


def test_a_name_in_apposition_after_a_role_is_still_the_speaker() -> None:
    text = 'Jakarta - Sidang ditunda.\n\n"Kami menunggu putusan hakim," kata kuasa hukum Lisa, Jhony Boy di Jakarta.'
    assert [sp for sp, _c, _t in _quotes(text)] == ["Jhony Boy"]


def test_an_announced_list_continues_the_statement() -> None:
    text = (
        "Jakarta - Harga beras turun.\n\n"
        "Rina menyebut ada beberapa hal yang membuat harga beras turun.Pertama, panen raya di Jawa "
        "dan kedua, impor beras yang datang tepat waktu.\n\n"
        '"Kami terus memantau harga di pasar," imbuh dia.'
    )
    got = [t for _sp, cue, t in _quotes(text) if cue == "menyebut"]
    assert got == [
        "ada beberapa hal yang membuat harga beras turun.Pertama, panen raya di Jawa dan kedua, "
        "impor beras yang datang tepat waktu."
    ]


def test_first_time_is_no_list_item() -> None:
    text = (
        "Jakarta - Harga beras turun.\n\n"
        "Rina menyebut harga beras turun pekan ini. Pertama kali harga turun terjadi pada Januari.\n\n"
        "Pasar pun ramai."
    )
    got = [t for _sp, cue, t in _quotes(text) if cue == "menyebut"]
    assert got == ["harga beras turun pekan ini."]


def test_a_sentence_explaining_what_was_reported_continues_it() -> None:
    text = (
        "Jakarta - Ekspor naik.\n\n"
        "Selanjutnya, Rina menegaskan kapasitas pabrik masih mampu memenuhi pesanan. Hal ini berarti "
        "pasokan barang masih cukup sehingga harga tetap stabil.\n\n"
        "Hal itu disampaikan Rina di Bandung."
    )
    got = [t for _sp, cue, t in _quotes(text) if cue == "menegaskan"]
    assert got == [
        "kapasitas pabrik masih mampu memenuhi pesanan. Hal ini berarti pasokan barang masih cukup "
        "sehingga harga tetap stabil."
    ]


def test_a_possessed_noun_then_a_place_then_its_predicate_is_reported() -> None:
    text = (
        "Jakarta - Menteri Koordinator Bidang Perekonomian Airlangga Hartarto akan berkunjung ke Fiji.\n\n"
        '"Kita akan bawa perwakilan dari Kadin," kata Airlangga.\n\n'
        "Menko Perekonomian menambahkan kunjungannya ke Fiji juga dilakukan untuk menghadiri perayaan "
        "hari kemerdekaan Fiji."
    )
    got = [(sp, t) for sp, cue, t in _quotes(text) if cue == "menambahkan"]
    assert got == [
        ("Airlangga Hartarto", "kunjungannya ke Fiji juga dilakukan untuk menghadiri perayaan hari kemerdekaan Fiji.")
    ]


def test_a_possessed_noun_with_a_purpose_stays_a_topic() -> None:
    text = (
        "Jakarta - Menteri itu berkunjung.\n\nAirlangga menceritakan perjalanannya ke Fiji untuk menghadiri perayaan."
    )
    assert not [t for _sp, cue, t in _quotes(text) if cue == "menceritakan"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tak tinggal diam, Rina pun melaporkan balik Andi ke pihak kepolisian atas dugaan pencemaran nama baik.",
        "Sejumlah warga melaporkan Koperasi Maju Jaya (KMJ) ke Polres Sleman.",
    ],
)
def test_a_complaint_lodged_with_the_police_is_no_quote(sentence: str) -> None:
    assert _quotes(f"Jakarta - Sengketa itu berlanjut.\n\n{sentence}") == []


def test_reporting_a_clause_about_the_police_is_still_a_quote() -> None:
    text = "Jakarta - Sengketa itu berlanjut.\n\nRina melaporkan Andi sudah tiba di polres sejak pagi tadi."
    assert [cue for _sp, cue, _t in _quotes(text)] == ["melaporkan"]


def test_a_statement_after_a_full_stop_glued_to_a_bracket() -> None:
    text = (
        "Jakarta - Harga minyak naik.\n\n"
        '"Tidak mudah untuk menentukan langkah," ujar Rudi seperti dikutip dari Reuters, Kamis '
        "(18/9/2025).Rudi menjelaskan bahwa harga minyak naik tajam pekan ini."
    )
    got = [(sp, t) for sp, cue, t in _quotes(text) if cue == "menjelaskan"]
    assert got == [("Rudi", "harga minyak naik tajam pekan ini.")]


def test_what_was_done_after_a_statement_is_the_writers_own() -> None:
    text = (
        "Jakarta - Ekspor naik.\n\n"
        "Rina menegaskan kapasitas pabrik masih mampu memenuhi pesanan. Hal itu dilakukan dalam rangka "
        "menjaga harga.\n\n"
        "Pasar pun ramai."
    )
    got = [t for _sp, cue, t in _quotes(text) if cue == "menegaskan"]
    assert got == ["kapasitas pabrik masih mampu memenuhi pesanan."]


def test_a_name_swallowed_by_a_body_after_a_field_read_as_a_person(h) -> None:
    # the entities layer may read a field of the role as a person and run the name into a body
    text = (
        '"Bukan rombongan menteri. Mobil itu milik pemprov," kata Deputi Bidang Protokol, Pers dan Media '
        "(PPM) Sekretariat Wakil Presiden Rudi Hartono seperti dikutip dari laman resmi."
    )
    names = [
        ("Protokol", "PER", ["Protokol"]),
        ("Sekretariat Wakil Presiden Rudi Hartono", "ORG", ["Sekretariat Wakil Presiden Rudi Hartono"]),
    ]
    assert [q.speaker.name for q in h.with_entities(text, names).quotes] == ["Rudi Hartono"]
