"""Shapes of the fortieth round (blind-annotated IndoSum pool samples, notes/blind39_quoteso.tsv and
notes/blind40_quotes.tsv, and whole-pool scans). Sentences written for this file in the shapes of
Indonesian news; each rule is also tested on the shapes it must leave alone."""

from __future__ import annotations

import pytest

from .test_round36_shapes import _one_indirect, _quotes


# The subject of a verb of saying that no plain noun phrase opens: a name with a relative clause after
# it and no comma (`Andri (23) yang juga kakak dari … mengatakan`), or a name written right before the
# verb after an adjunct, a connective phrase or an apposed description with no comma of its own.
@pytest.mark.parametrize(
    ("text", "speaker", "cue", "opens"),
    [
        (
            "Siswa keracunan makanan di Bekasi.\n\nSalah satu warga, Rudi (34) yang juga paman dari salah satu "
            "siswa Sekolah Dasar Negeri (SDN) 3 mengatakan, dia kaget ketika melihat makanan itu berubah warna.",
            "Rudi",
            "mengatakan",
            "dia kaget ketika",
        ),
        (
            "Perang saudara di Yaman memasuki tahun kedelapan.\n\nHartono yang saat itu bertugas sebagai utusan "
            "khusus PBB untuk pengungsi (UNHCR) menyerukan agar semua pihak menghentikan serangan ke permukiman.",
            "Hartono",
            "menyerukan",
            "semua pihak menghentikan",
        ),
        (
            "Mohamed Salah tampil gemilang musim ini.\n\nOleh karena itulah pelatih Real Madrid Carlo Ancelotti "
            "mengaku mengagumi Salah di tengah rumor kepindahannya.",
            "Carlo Ancelotti",
            "mengaku",
            "mengagumi Salah",
        ),
    ],
)
def test_subject_found_past_a_relative_clause_or_an_opening_without_comma(
    text: str, speaker: str, cue: str, opens: str
) -> None:
    _one_indirect(text, speaker, cue, opens)


def test_a_name_opening_with_yang_is_no_relative_clause() -> None:
    # `Yang` capitalised opens a Chinese name (the entities layer may give it as `Wei`), not `yang`
    text = (
        "Pesawat Shenzhou itu kembali ke Bumi.\n\nSeorang astronot berkebangsaan China, Yang Wei mengaku "
        "mendengar suara ketukan ketika dirinya mengorbit Bumi."
    )
    got = [q for q in _quotes(text) if q[2] == "mengaku"]
    assert len(got) == 1 and got[0][1] in ("Yang Wei", "Wei"), _quotes(text)
    assert got[0][3].startswith("mendengar suara ketukan")


@pytest.mark.parametrize(
    "text",
    [
        # a name after a verb of its part is that verb's object: who speaks is unknown
        "Harga beras naik.\n\nWartawan menemui Menteri Perdagangan Budi Santoso mengatakan harga beras naik lagi.",
        "Harga beras naik.\n\nPara pedagang mendatangi Budi Santoso mengatakan harga beras naik lagi.",
    ],
)
def test_no_subject_taken_from_an_object(text: str) -> None:
    assert not [q for q in _quotes(text) if q[2] == "mengatakan" and q[1] == "Budi Santoso"], _quotes(text)
