"""Trigger forms from roots (warta.events.morph): the nasal of meN-/peN- and the other affixes,
checked against forms as Indonesian news writes them."""

from __future__ import annotations

import pytest

from warta.events.lexicon import lexicon
from warta.events.morph import ber, form, forms, men, pen


@pytest.mark.parametrize(
    ("root", "expected"),
    [
        ("tangkap", "menangkap"),  # t dropped
        ("sekap", "menyekap"),  # s → ny
        ("siksa", "menyiksa"),
        ("periksa", "memeriksa"),  # p dropped
        ("kecam", "mengecam"),  # k dropped
        ("ancam", "mengancam"),  # vowel → ng
        ("geledah", "menggeledah"),
        ("hasut", "menghasut"),
        ("bunuh", "membunuh"),
        ("desak", "mendesak"),
        ("curi", "mencuri"),
        ("jarah", "menjarah"),
        ("lapor", "melapor"),  # l, r, m, n, w, y: no nasal
        ("rampas", "merampas"),
        ("nilai", "menilai"),
        ("protes", "memprotes"),  # a cluster keeps its consonant
        ("kritik", "mengkritik"),
        ("transfer", "mentransfer"),
        ("skors", "menskors"),
        ("bom", "mengebom"),  # one syllable: menge-
        ("cek", "mengecek"),
    ],
)
def test_men_assimilates_the_nasal(root, expected):
    assert men(root) == expected


@pytest.mark.parametrize(
    ("root", "affix", "expected"),
    [
        ("tangkap", "peN-an", "penangkapan"),
        ("sita", "peN-an", "penyitaan"),
        ("bom", "peN-an", "pengeboman"),
        ("lapor", "peN-an", "pelaporan"),
        ("cabul", "meN-i", "mencabuli"),
        ("cabul", "di-i", "dicabuli"),
        ("selundup", "meN-kan", "menyelundupkan"),
        ("jeblos", "di-kan", "dijebloskan"),
        ("tangan", "di-i", "ditangani"),
        ("tindaklanjut", "meN-i", "menindaklanjuti"),
        ("setuju", "per-an", "persetujuan"),
        ("runding", "per-an", "perundingan"),
        ("sepakat", "ke-an", "kesepakatan"),
        ("tampar", "di", "ditampar"),
        ("tembak", "ter", "tertembak"),
        ("tuntut", "-an", "tuntutan"),
        ("teken", "0", "teken"),
    ],
)
def test_form(root, affix, expected):
    assert form(root, affix) == expected


def test_ber_drops_its_r_before_r_and_a_closed_er_syllable():
    assert ber("demo") == "berdemo"
    assert ber("temu") == "bertemu"
    assert ber("runding") == "berunding"
    assert ber("kerja") == "bekerja"
    assert ber("perang") == "berperang"  # pe-rang: the r opens the next syllable


def test_pen_stem():
    assert pen("tangkap") + "an" == "penangkapan"
    assert pen("aniaya") + "an" == "penganiayaan"


def test_forms_give_each_voice_once():
    assert forms("tangkap", ["meN", "di", "peN-an", "di"]) == [
        ("menangkap", "act"),
        ("ditangkap", "pass"),
        ("penangkapan", "noun"),
    ]


def test_unknown_affix_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown affix"):
        form("tangkap", "meN-nya")


def test_the_lexicon_has_forms_no_one_listed():
    by_first = lexicon().by_first
    for word, typ in [
        ("disekap", "ASSAULT"),
        ("ditampar", "ASSAULT"),
        ("menyiksa", "ASSAULT"),
        ("diteken", "AGREE"),
        ("menindaklanjuti", "INVESTIGATE"),
        ("dijebloskan", "COERCE"),
        ("penghasutan", "CRIME"),
    ]:
        assert any(p.type == typ and p.words == (word,) for p in by_first.get(word, [])), word


def test_verbs_tsv_wins_over_a_generated_form():
    # `menuntut` is DEMAND in verbs.tsv and in roots.tsv; `ditahan` keeps its mode
    pats = [p for p in lexicon().by_first["ditahan"] if p.words == ("ditahan",)]
    assert len(pats) == 1 and pats[0].mode == "detention"
