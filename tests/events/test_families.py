"""Whole families of the lexicon's forms (warta.events.morph.analyse + lexicon._add_families):
listing one form of a root finds the others, and the forms that mean something else are kept out."""

from __future__ import annotations

import pytest

from warta.events.lexicon import lexicon
from warta.events.morph import analyse


@pytest.mark.parametrize(
    ("word", "root", "affix"),
    [
        ("menangkap", "tangkap", "meN"),
        ("ditangkap", "tangkap", "di"),
        ("penggeledahan", "geledah", "peN-an"),
        ("memeriksa", "periksa", "meN"),
        ("penyitaan", "sita", "peN-an"),
        ("melaporkan", "lapor", "meN-kan"),
        ("mengkritik", "kritik", "meN"),
        ("berunding", "runding", "ber"),
        ("pertikaian", "tikai", "per-an"),
    ],
)
def test_analyse_finds_the_root(word, root, affix):
    assert (root, affix) in analyse(word)


def test_analyse_leaves_out_impossible_roots():
    found = {r for r, _a in analyse("membunuh") + analyse("mengkritik") + analyse("pertempuran")}
    assert not found & {"mbunuh", "ngkritik", "rtempur"}


def test_a_listed_form_brings_its_family():
    by_first = lexicon().by_first
    # `mendiskusikan`, `penyerangan`, `tertikam` are written nowhere in the lists
    for word, typ in (("mendiskusikan", "CONSULT"), ("penyerangan", "ASSAULT"), ("tertikam", "ASSAULT")):
        assert any(p.type == typ and p.words == (word,) for p in by_first.get(word, ())), word


def test_other_senses_are_not_generated():
    by_first = lexicon().by_first
    for word in ("terbakar", "terpaksa", "penuntutan", "didalam", "ditemukan"):
        assert not any(p.words == (word,) for p in by_first.get(word, ())), word


def test_a_family_is_one_entry():
    """Leave-one-set-out takes a family out as one: `menangkap` and `penangkapan` share it."""
    by_first = lexicon().by_first
    keys = {p.source for w in ("menangkap", "ditangkap", "penangkapan") for p in by_first[w] if p.words == (w,)}
    assert keys == {"COERCE:tangkap"}


def test_plover_roots_the_lists_lacked():
    """Roots added from the PLOVER categories, not from the development sets, find their acts."""
    from warta.events import extract
    from warta.pipeline import read

    for text, typ in (
        ("Polisi menyergap dua pelaku di sebuah rumah kos di Depok, Senin (3/11).", "COERCE"),
        ("Ratusan orang menyerbu markas Polsek Sirimau, Minggu malam.", "ASSAULT"),
        ("Kementerian Luar Negeri menyanggah tuduhan Malaysia soal pelanggaran perbatasan.", "REJECT"),
        ("Pasukan TNI terlibat kontak tembak dengan KKB di Intan Jaya, Selasa (4/11).", "FIGHT"),
        ("Pelapor akhirnya mencabut laporan terhadap Budi di Polres Bogor.", "CONCEDE"),
        ("Amerika Serikat menarik diri dari Perjanjian Paris.", "RETREAT"),
        ("Polda Metro Jaya menurunkan 1.200 personel gabungan ke depan Gedung DPR.", "MOBILIZE"),
        ("Presiden Prabowo bertatap muka dengan para ketua umum partai di Istana Merdeka.", "CONSULT"),
    ):
        got = [e.type for e in extract(read(text, exclude=["summary", "tone", "themes", "events"]))]
        assert typ in got, (text, got)
