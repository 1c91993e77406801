"""Shapes of the thirty-fifth round (issue #16 items 1 and 2, the pool): a noun of someone who works
for a body or comes from a place, written before the body's or the place's name with no name after it
(`Kepala ekonom PT Bank Central Asia Tbk (BCA) menilai …`, `Peneliti LIPI menilai …`, `Media Inggris
menyebut …`), is an unnamed person (or group of outlets), not the body or the place; when a person was
quoted earlier in the same paragraph, the phrase describes that person (`Irma mengatakan, … Anggota
Komisi IX DPR RI menyinggung …`). A body's chair still gives the body (`Ketua KPU`), and a name after the
phrase is the speaker (GUIDELINES `quotes`: "`speaker`: the canonical entity … who said it … A speaker
who is not a named entity is given as the shortest noun phrase that identifies them"). Sentences written
for this file in the shapes of Indonesian news."""

from __future__ import annotations

import pytest

from .conftest import with_entities


def _speakers(text: str, names: list[tuple[str, str, list[str]]]) -> list[tuple[str, str | None]]:
    art = with_entities(text, names)
    return [(q.text[:20], q.speaker.name if q.speaker is not None else None) for q in art.quotes]


@pytest.mark.parametrize(
    ("subject", "body", "want"),
    [
        (
            "Kepala ekonom PT Bank Central Asia Tbk (BCA)",
            "PT Bank Central Asia Tbk",
            "Kepala ekonom PT Bank Central Asia Tbk",
        ),
        ("Ekonom Bank Mandiri", "Bank Mandiri", "Ekonom Bank Mandiri"),
        ("Peneliti LIPI", "LIPI", "Peneliti LIPI"),
        ("Pengamat ekonomi Universitas Indonesia", "Universitas Indonesia", "Pengamat ekonomi Universitas Indonesia"),
    ],
)
def test_member_of_a_body_with_no_name_is_an_unnamed_person(subject: str, body: str, want: str) -> None:
    names = [(body, "ORG", [body]), ("Qatar", "LOC", ["Qatar"])]
    text = (
        "Arab Saudi dan sejumlah negara memutus hubungan diplomatik dengan Qatar pada Senin (5/6). "
        f"{subject} menilai pemutusan hubungan itu memicu perlambatan ekonomi Qatar.\n"
    )
    assert _speakers(text, names) == [("pemutusan hubungan i", want)]


def test_media_of_a_country_is_not_the_country() -> None:
    names = [("Inggris", "LOC", ["Inggris"]), ("Navas", "PER", ["Navas"]), ("Man City", "ORG", ["Man City"])]
    text = (
        "Navas bergabung dengan Man City pada tahun 2013.\n\n"
        "Media Inggris menyebut bahwa saat ini City dan Navas sedang duduk bersama untuk membicarakan kontrak baru.\n"
    )
    assert _speakers(text, names) == [("saat ini City dan Na", "Media Inggris")]


def test_member_phrase_after_a_person_quoted_in_the_paragraph_is_that_person() -> None:
    names = [("Irma", "PER", ["Irma"]), ("Komisi IX DPR RI", "ORG", ["Komisi IX DPR RI"])]
    text = (
        '"Kepuasan publik tinggi," kata Irma kepada wartawan.\n\n'
        "Irma mengatakan, di tengah kondisi global, pertumbuhan ekonomi tetap tinggi. Anggota Komisi IX DPR RI "
        "menyinggung program Makan Bergizi Gratis (MBG) yang ditemukan masih ada masalah tetapi bisa diatasi.\n"
    )
    got = _speakers(text, names)
    assert got[-1] == ("program Makan Bergiz", "Irma")


def test_chair_of_a_body_and_a_named_member_are_left_alone() -> None:
    names = [
        ("KPU", "ORG", ["KPU"]),
        ("Andry Asmoro", "PER", ["Andry Asmoro"]),
        ("Bank Mandiri", "ORG", ["Bank Mandiri"]),
    ]
    text = (
        "Ketua KPU menilai tahapan pemilu berjalan lancar.\n\n"
        "Menurut Kepala Ekonom Bank Mandiri Andry Asmoro, saat ini merupakan momentum yang tepat.\n"
    )
    got = _speakers(text, names)
    assert got == [("tahapan pemilu berja", "KPU"), ("saat ini merupakan m", "Andry Asmoro")]


@pytest.mark.parametrize(
    ("sentence", "names", "want"),
    [
        # an adjective of outlets keeps its medium: the local media, not `lokal`
        (
            "Media lokal melaporkan bocah berusia tujuh tahun kini berada dalam kondisi koma.",
            [("Mekkah", "LOC", ["Mekkah"])],
            "Media lokal",
        ),
        # the statement noun's link (`resmi`) goes with it when a name follows
        (
            "Menurut keterangan resmi agen pengendali zona eksklusif Chernobyl, pengawasan radiasi dilakukan manual.",
            [("Chernobyl", "LOC", ["Chernobyl"])],
            "agen pengendali zona eksklusif Chernobyl",
        ),
        # a club the entities layer holds as a place: the statement is the club's
        (
            "Menurut pernyataan dari pihak Las Palmas, pemain itu sudah memutus kontraknya.",
            [("Las Palmas", "LOC", ["Las Palmas"])],
            "Las Palmas",
        ),
        (
            "Menurut penjelasan dalam laman Sekretariat Negara RI, bantuan itu merupakan tambahan di luar bantuan reguler.",
            [("Sekretariat Negara RI", "ORG", ["Sekretariat Negara RI"])],
            "Sekretariat Negara RI",
        ),
    ],
)
def test_medium_and_statement_nouns_before_a_source(
    sentence: str, names: list[tuple[str, str, list[str]]], want: str
) -> None:
    text = f"Kejadian itu terjadi pada Sabtu (3/6) malam.\n\n{sentence}\n"
    got = _speakers(text, names)
    assert [sp for _t, sp in got] == [want]
