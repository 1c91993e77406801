"""The sixteenth round (issue #12): trigger words written from the definitions of the PLOVER types
(GUIDELINES.md `events`) rather than from the gold misses, and two general negation fixes: a fixed
phrase that opens with a negation denies nothing (`orang tak dikenal menculik`), and an
abbreviation in brackets after its spelled-out form is no word of a name. Sentences written here."""

from __future__ import annotations

import pytest

import warta
from warta.events.lexicon import lexicon
from warta.events.triggers import blocked, find
from warta.quotes.text import words


def _of(text: str, type: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.trigger, e.actor.name if e.actor else None, e.recipient.name if e.recipient else None)
        for e in warta.read(text).events
        if e.type == type
    ]


@pytest.mark.parametrize(
    "text, type, trigger, actor, recipient",
    [
        (
            "Kementerian Luar Negeri melayangkan protes kepada Kedutaan Besar Malaysia atas penahanan nelayan.",
            "DISAPPROVE",
            "melayangkan protes",
            "Kementerian Luar Negeri",
            "Kedutaan Besar Malaysia",
        ),
        (
            "Polres Garut menetapkan Budi Santoso sebagai DPO dalam kasus penipuan arisan.",
            "COERCE",
            "menetapkan Budi Santoso sebagai DPO",
            "Polres Garut",
            "Budi Santoso",
        ),
        (
            "Polda Metro Jaya menjemput paksa Andi Wijaya di rumahnya di Depok.",
            "COERCE",
            "menjemput paksa",
            "Polda Metro Jaya",
            "Andi Wijaya",
        ),
        (
            "Presiden Prabowo Subianto dan Perdana Menteri Shehbaz Sharif mengadakan pertemuan di Islamabad.",
            "CONSULT",
            "mengadakan pertemuan",
            "Prabowo Subianto",
            "Shehbaz Sharif",
        ),
        (
            "Gubernur Jawa Barat menyampaikan permintaan maaf kepada warga atas banjir di Bekasi.",
            "CONCEDE",
            "permintaan maaf",
            "Gubernur Jawa Barat",
            "warga",
        ),
        (
            "Kapolri memberikan instruksi kepada seluruh Kapolda untuk menindak tegas pelaku.",
            "DEMAND",
            "memberikan instruksi",
            "Kapolri",
            "seluruh Kapolda",
        ),
        (
            "Komnas HAM mengusulkan agar Polri membentuk tim investigasi independen.",
            "DEMAND",
            "mengusulkan agar",
            "Komnas HAM",
            "Polri",
        ),
        (
            "Sejumlah warga mengolok-olok petugas Satpol PP di depan pasar.",
            "DISAPPROVE",
            "mengolok-olok",
            "warga",
            "petugas Satpol PP",
        ),
        ("Andi ditinju oleh Budi di depan warung.", "ASSAULT", "ditinju", "Budi", "Andi"),
    ],
)
def test_acts_written_from_the_definitions(text, type, trigger, actor, recipient):
    found = _of(text, type)
    assert found, warta.read(text).events
    got_trigger, got_actor, got_recipient = found[0]
    assert got_trigger == trigger
    assert got_actor and actor in got_actor
    assert got_recipient and recipient in got_recipient


def test_dropping_an_investigation_is_a_retreat():
    text = "Kejaksaan Negeri Bandung menghentikan penyidikan kasus dugaan korupsi dana desa Sukamaju."
    assert [t for t, _a, _r in _of(text, "RETREAT")] == ["menghentikan penyidikan"]
    assert not _of(text, "INVESTIGATE")  # the longer pattern wins: no investigation is reported


def test_left_out_words_do_not_trigger():
    """Words counted in the raw text as mostly another sense stay out of the lists."""
    for text in (
        "Program ini sangat membantu masyarakat di desa.",
        "Trump membagikan ulang video itu melalui media sosialnya.",
        "Banyak motor mogok di palang kereta akibat banjir.",
    ):
        assert not warta.read(text).events, text


def test_a_negation_inside_a_fixed_phrase_denies_nothing():
    assert _of("Orang tak dikenal menculik Rina di depan sekolahnya.", "ASSAULT")
    assert _of("Dua orang tidak dikenal membekap mulut Siti di gang sempit itu.", "ASSAULT")
    assert not _of("Orang itu tidak menculik Rina di depan sekolahnya.", "ASSAULT")  # a plain negation still negates


def _why(text: str, first: str) -> str | None:
    ws = words(text, 0, len(text))
    t = next(t for t in find(ws) if ws[t.first].low == first)
    return blocked(text, ws, t, len(text))


def test_an_abbreviation_in_brackets_is_no_word_of_a_name():
    assert "ott" in lexicon().by_first
    assert _why("Penyidik KPK menggelar Operasi Senyap (OTT) di Kendari.", "ott") is None
    assert _why("Penyidik KPK menggelar Operasi Senyap OTT di Kendari.", "ott") == "name"
