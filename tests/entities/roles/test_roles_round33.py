"""Round 33, roles: shapes seen on the unannotated pool. A description set off by commas keeps
going past `pada` before the body the post is at (`Visiting Professor pada Asser Institute`) and
past `dan` before a second post of the same person (`ahli antropologi dan profesor psikologi`),
after the name or before it. Own sentences in the style of the outlets whose pages showed them."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (taggedcases)
from taggedcases import labelled_roles, person_roles  # noqa: E402


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Acara itu dipuji Hendrik van Dam, Guru Besar pada Universitas Leiden, sebagai ajang promosi.",
            "Hendrik van Dam",
            "Guru Besar pada Universitas Leiden",
        ),
        (
            "Penyidik juga memeriksa Rudi Hartanto (RH), staf pada PT Sinar Baru Abadi; dan dua saksi lain.",
            "Rudi Hartanto",
            "staf pada PT Sinar Baru Abadi",
        ),
        (
            '"Anjing paham nada suara," ujar Mark Ellis, seorang ahli biologi dan dosen psikologi dari '
            "Universitas Bristol, dalam laporannya.",
            "Mark Ellis",
            "ahli biologi dan dosen psikologi dari Universitas Bristol",
        ),
        (
            "Seorang penulis dan fotografer lepas, Anna Berg, mengatakan ia ikut berunjuk rasa.",
            "Anna Berg",
            "penulis dan fotografer lepas",
        ),
        (
            '"Data itu baru kami terima," kata peneliti pada Lembaga Kajian Pangan Nusantara (LKPN), Dewi Lestari.',
            "Dewi Lestari",
            "peneliti pada Lembaga Kajian Pangan Nusantara (LKPN)",
        ),
    ],
)
def test_description_past_pada_and_a_second_post(text: str, name: str, role: str) -> None:
    assert person_roles(text).get(name) == role


@pytest.mark.parametrize(
    "text",
    [
        # `pada` before a day: when the words were said, no body of the post
        "Hal itu disampaikan Ketua Panitia pada Senin, Budi Santoso.",
        # `dan` before a tie: a second person, not a second post
        "Warga menemukan Sutrisno, pedagang sayur dan istrinya, di rumah mereka.",
    ],
)
def test_pada_before_a_day_and_dan_before_a_tie_stay_out(text: str) -> None:
    roles = person_roles(text)
    assert not any(r and ("Senin" in r or "istri" in r) for r in roles.values())


@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        # a place set off after a body, read as a person that took the body's post
        (
            "Serda Budiman penembak dua anggota Polres Tulang Bawang, Lampung, hingga tewas divonis mati.",
            "Lampung",
            "LOC",
        ),
        # the places of a list of bishops' sees
        ("Para uskup yang hadir antara lain Uskup Jakarta, Bogor, Bandung, dan Semarang.", "Bogor", "LOC"),
        # the last word of a post written in brackets
        ('"Kemarin beliau (Dirjen Otda) sudah menjelaskannya," ujar Diana.', "Otda", "ORG"),
    ],
)
def test_a_word_of_a_place_or_post_takes_no_post(text: str, word: str, label: str) -> None:
    found = labelled_roles(text)
    assert word not in person_roles(text)
    assert found.get(word, (label, None)) == (label, None)
