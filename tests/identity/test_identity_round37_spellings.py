"""Round 37 (issue #13): a person's full name an article writes in two spellings — a letter more or less
('Verrel' / 'Verrell Bramasta'), the old or other spelling of the same sounds ('Syarifudin' / 'Syaripuddin'),
one key slipped ('Adsit' / 'Adist') — is one name on that article's evidence alone: the entities layer
joined the two there, and each word of one is checked against the other's. Two given names a letter apart
('Rina' / 'Rini' before one surname) or a cut name are no spelling, and stay as before."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import ingest as _ingest  # noqa: E402
from storydata import record  # noqa: E402


def _spelt_twice(full: str, form: str, text: str) -> dict:
    """One article naming ``full`` and writing ``form`` for him (the entities layer's reading)."""
    return record("s1", "Laga Tandang", text, entities=[(full, "PER", [form])])


SPELT = [
    (  # a letter doubled
        "Verrell Bramasta",
        "Verrel Bramasta",
        "Anggota DPR Verrell Bramasta meninjau lokasi banjir di Bekasi. Verrel Bramasta meminta pemerintah "
        "daerah segera membangun tanggul.",
    ),
    (  # a letter more inside a long word
        "Riccardo Callafiori",
        "Riccardo Calafiori",
        "Bek Arsenal Riccardo Callafiori absen karena cedera lutut. Riccardo Calafiori diperkirakan kembali "
        "bulan depan.",
    ),
    (  # 'f' for 'p' and a doubled letter: one name as it sounds
        "Muhammad Syaripuddin Lubis",
        "Muhammad Syarifudin Lubis",
        "Kepala desa Muhammad Syaripuddin Lubis melaporkan kerusakan jalan. Menurut Muhammad Syarifudin "
        "Lubis, perbaikan butuh dana besar.",
    ),
    (  # the old spelling's 'oe' written without its 'o'
        "Soedjono Hoemardani",
        "Sedjono Hoemardani",
        "Jenderal Soedjono Hoemardani dikenal sebagai penasihat spiritual. Sedjono Hoemardani wafat pada 1986.",
    ),
    (  # two letters swapped
        "Gavin Kwan Adist",
        "Gavin Kwan Adsit",
        "Bek Bali United Gavin Kwan Adist dipanggil ke timnas. Gavin Kwan Adsit siap bersaing di lini belakang.",
    ),
]


@pytest.mark.parametrize(("full", "form", "text"), SPELT)
def test_a_name_spelt_twice_in_one_article_is_one_person(tmp_path: Path, full: str, form: str, text: str) -> None:
    from warta.identity.forms import decide
    from warta.identity.merges import root
    from warta.identity.stored import stored_num

    with _ingest(tmp_path / "s.db", [_spelt_twice(full, form, text)]) as c:
        num = stored_num(c.store, full.lower(), "PER")
        assert num is not None
        assert decide(c.store, form.lower(), "PER")[0] == root(c.store, num)


@pytest.mark.parametrize(
    ("full", "form"),
    [
        ("Verrell Bramasta", "Verrel Bramasta"),
        ("Soedjono Hoemardani", "Sedjono Hoemardani"),
        ("Gavin Kwan Adist", "Gavin Kwan Adsit"),
    ],
)
def test_spellings_are_enough_evidence_in_one_article(full: str, form: str) -> None:
    from warta.identity.evidence import enough

    assert enough(form.lower(), full.lower(), "PER", 1)


@pytest.mark.parametrize(
    ("full", "form"),
    [
        ("Rina Lestari", "Rini Lestari"),  # two given names a letter apart: maybe two people
        ("Rudi Hartono", "Rudy Hartanto"),  # two words apart
        ("Budi Santoso", "Budi Sant"),  # a cut word is no spelling (one article is not enough)
    ],
)
def test_other_pairs_still_need_two_articles(full: str, form: str) -> None:
    from warta.identity.evidence import enough

    assert not enough(form.lower(), full.lower(), "PER", 1)
