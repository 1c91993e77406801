"""Shapes of the thirty-fourth round (issue #16 items 1 and 8, other outlets and the pool): an unnamed
source stays the referent of what points back to it. `seorang X` is one person, whom a later `ia`,
`dia` or `-nya` means (`Menurut salah seorang warga …` then `"…," ujarnya`; `hadir seorang warga …
Ia meminta …`), and `sumber itu`/`sang sumber` means the unnamed source last quoted with that noun
(`sumber ET mengakui …` then `Sumber itu juga menyebut …`), not a person named in between
(GUIDELINES `quotes`: "`speaker`: … with pronouns and `-nya` resolved to the person meant. A speaker
who is not a named entity is given as the shortest noun phrase that identifies them"). Sentences
written for this file in the shapes of Indonesian news; the rules are also tested on the shapes they
must leave alone."""

from __future__ import annotations

from .conftest import with_entities

COMMANDER = [
    ("Min Aung Hlaing", "PER", ["Min Aung Hlaing"]),
    ("Maungdaw", "LOC", ["Maungdaw"]),
]


def _speakers(text: str, names: list[tuple[str, str, list[str]]]) -> list[tuple[str, str | None]]:
    art = with_entities(text, names)
    return [(q.text[:30], q.speaker.name if q.speaker is not None else None) for q in art.quotes]


def test_ujarnya_after_one_unnamed_resident_is_that_resident() -> None:
    # the resident is counted as one person (`salah seorang`): `ujarnya` means him, not the general
    text = (
        "“Pasukan kami sudah menguasai keadaan,” kata Panglima Min Aung Hlaing dalam sebuah pernyataan. "
        "Baku tembak pun terjadi.\n\n"
        "Menurut salah seorang warga di Maungdaw, suara tembakan terdengar sepanjang malam.\n\n"
        "“Kami tidak berani keluar rumah,” ujarnya.\n"
    )
    got = _speakers(text, COMMANDER)
    assert got[-1] == ("Kami tidak berani keluar rumah", "warga di Maungdaw")


def test_dia_after_one_unnamed_user_is_that_user() -> None:
    names = [("Rudi Hartanto", "PER", ["Rudi Hartanto", "Rudi"])]
    text = (
        "Seorang pembeli bernama Rudi Hartanto mengatakan rasanya tidak ada duanya. "
        '"Saya beli tiga kardus sekaligus," tulis Rudi.\n\n'
        "Seorang pengguna lainnya mengatakan produk itu layak dicoba. Dia mengatakan, harganya masih "
        "terjangkau untuk ukuran mahasiswa.\n"
    )
    got = _speakers(text, names)
    assert got[-1] == ("harganya masih terjangkau untu", "pengguna lainnya")


def test_ia_after_one_unnamed_resident_brought_into_the_story() -> None:
    # no quote of the resident's own before: brought in by the story (`hadir seorang warga`), then `Ia meminta`
    names = [("Polda Banten", "ORG", ["Polda Banten"])]
    text = (
        "Rapat itu dihadiri kepala daerah dan Polda Banten.\n\n"
        "Dalam rapat itu, tiba-tiba hadir seorang warga yang mengaku berasal dari Kramatwatu. "
        "Ia meminta truk tambang tidak lagi melintas di jalan desa.\n"
    )
    got = _speakers(text, names)
    assert got == [("truk tambang tidak lagi melint", "warga")]


def test_a_described_named_person_is_no_unnamed_one() -> None:
    # `Nama, seorang ahli …`: the person is named; `ia` is hers, not an unnamed expert's
    names = [("Mioara Mandea", "PER", ["Mioara Mandea"])]
    text = (
        "Rekan penulis studi itu adalah Mioara Mandea, seorang ahli geofisika di Prancis. "
        "Ia mengatakan sinyal itu awalnya diragukan.\n"
    )
    got = _speakers(text, names)
    assert got == [("sinyal itu awalnya diragukan.", "Mioara Mandea")]


def test_sumber_itu_goes_back_to_the_unnamed_source_last_quoted() -> None:
    names = [("Brad Pitt", "PER", ["Brad Pitt", "Pitt"]), ("ET", "ORG", ["ET"])]
    text = (
        "Kabar itu dibantah sejumlah sumber lain.\n\n"
        "Namun, sumber ET mengakui bahwa ada peluang rujuk bila Pitt menunjukkan itikad baik.\n\n"
        "Sumber itu juga menyebut tidak ada permusuhan di antara keduanya.\n\n"
        "Sang sumber juga menyebut upaya rujuk belum membuahkan hasil.\n"
    )
    got = _speakers(text, names)
    assert [sp for _t, sp in got] == ["sumber ET", "sumber ET", "sumber ET"]


def test_ia_after_a_named_person_is_still_that_person() -> None:
    # an unnamed group (`warga`, no count of one) in between does not take `ia` from the person quoted
    names = [("Abdul Muhid", "PER", ["Abdul Muhid", "Abdul"])]
    text = (
        "Ketua Forum HRD, Abdul Muhid, mengatakan warga meminta pembatasan jam operasional truk.\n\n"
        '"Jam operasional truk harus segera ditetapkan," katanya.\n\n'
        "Ia mengatakan kemacetan mengganggu distribusi bahan baku.\n"
    )
    got = _speakers(text, names)
    assert got[-1] == ("kemacetan mengganggu distribus", "Abdul Muhid")
