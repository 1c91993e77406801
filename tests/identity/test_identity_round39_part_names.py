"""Round 39 (issue #13, recall): a name with one of its parts written in another name of that part's identity
('Fraksi PKB' / 'Fraksi Partai Kebangkitan Bangsa', 'Kantor Kemendag' / 'Kantor Kementerian Perdagangan',
'Kejari OKU' / 'Kejari Ogan Komering Ulu') is one name, though no article writes the two together — once the
corpus joins the parts and one is spelled out of the other. Not for a regional office of no named place
('Kantor Wilayah DJP': every region has one), nor parts the corpus does not join ('Partai Sosialis Indonesia'
is not the 'PSI' of another article)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import ingest as _ingest  # noqa: E402
from storydata import record  # noqa: E402

# (the part's article: text, full name, its label, the form it writes), (short name, label, text), (long name, text)
JOINED = [
    (  # a party's faction, the party's acronym written for it in a third article
        (
            "Ketua Umum Partai Kebangkitan Bangsa (PKB) membuka rapat kerja nasional di Jakarta.",
            "Partai Kebangkitan Bangsa",
            "ORG",
            "PKB",
        ),
        ("Fraksi PKB", "ORG", "Fraksi PKB menolak usulan kenaikan tunjangan anggota dewan."),
        (
            "Fraksi Partai Kebangkitan Bangsa",
            "Ketua Fraksi Partai Kebangkitan Bangsa menyampaikan pandangan fraksinya.",
        ),
    ),
    (  # a ministry's office building
        (
            "Kementerian Perdagangan (Kemendag) mencatat surplus neraca dagang bulan lalu.",
            "Kementerian Perdagangan",
            "ORG",
            "Kemendag",
        ),
        ("Kantor Kemendag", "LOC", "Puluhan pedagang berunjuk rasa di depan Kantor Kemendag pada Senin."),
        ("Kantor Kementerian Perdagangan", "Massa bergerak ke Kantor Kementerian Perdagangan, Jakarta Pusat."),
    ),
    (  # a regional office named with its regency
        (
            "Banjir merendam tiga kecamatan di Ogan Komering Ulu (OKU) sejak Jumat.",
            "Ogan Komering Ulu",
            "LOC",
            "OKU",
        ),
        ("Kejari OKU", "ORG", "Kejari OKU menahan dua tersangka korupsi dana desa."),
        ("Kejari Ogan Komering Ulu", "Penyidik Kejari Ogan Komering Ulu memeriksa lima saksi pekan ini."),
    ),
]


def _records(part: tuple[str, str, str, str], short: tuple[str, str, str], long: tuple[str, str]) -> list[dict]:
    (p_text, p_name, p_label, p_form), (s_name, label, s_text), (l_name, l_text) = part, short, long
    return [
        record("p1", "Berita Lain", p_text, entities=[(p_name, p_label, [p_form])]),
        record("a1", "Berita Satu", s_text, entities=[(s_name, label, [])]),
        record("a2", "Berita Dua", l_text, day="2025-10-22", entities=[(l_name, label, [])]),
    ]


def _same(tmp_path: Path, part, short, long) -> bool:  # noqa: ANN001
    from warta.identity.merges import root
    from warta.identity.stored import stored_num

    with _ingest(tmp_path / "p.db", _records(part, short, long)) as c:
        s = stored_num(c.store, short[0].lower(), short[1])
        full = stored_num(c.store, long[0].lower(), short[1])
        assert s is not None and full is not None
        return root(c.store, full) == root(c.store, s)


@pytest.mark.parametrize(("part", "short", "long"), JOINED)
def test_a_name_with_a_part_written_otherwise_is_one_name(tmp_path: Path, part, short, long) -> None:
    assert _same(tmp_path, part, short, long)


APART = [
    (  # every region has a tax office: the name says which kind of office, not which one
        (
            "Direktorat Jenderal Pajak (DJP) mencatat penerimaan pajak naik tahun ini.",
            "Direktorat Jenderal Pajak",
            "ORG",
            "DJP",
        ),
        ("Kantor Wilayah DJP", "ORG", "Kepala Kantor Wilayah DJP mengumumkan hasil pemeriksaan."),
        ("Kantor Wilayah Direktorat Jenderal Pajak", "Kantor Wilayah Direktorat Jenderal Pajak menggelar sosialisasi."),
    ),
    (  # the parts spelled alike, but no article joins them: a party of the 1950s, not the reader's PSI
        (
            "Partai Sosialis Indonesia dibubarkan pada 1960 bersama Masyumi.",
            "Partai Sosialis Indonesia",
            "ORG",
            "Partai Sosialis Indonesia",
        ),
        ("Kantor PSI", "LOC", "Relawan berkumpul di Kantor PSI menjelang pemilu."),
        ("Kantor Partai Sosialis Indonesia", "Arsip lama menyebut Kantor Partai Sosialis Indonesia di Menteng."),
    ),
]


@pytest.mark.parametrize(("part", "short", "long"), APART)
def test_a_regional_office_or_parts_no_article_joins_stay_apart(tmp_path: Path, part, short, long) -> None:
    assert not _same(tmp_path, part, short, long)
