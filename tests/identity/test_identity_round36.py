"""Round 36 (issue #13): a national body's name with its country written after it ('Kadin Indonesia',
'PT Pos Indonesia', 'Kementerian Kesehatan Republik Indonesia') is the body the corpus stores without the
country, in either order of arrival, when the corpus shows that name to be an Indonesian body's; a
foreign or international body's name with 'Indonesia' after it ('CNN Indonesia', 'WHO Indonesia') is its
Indonesian arm and stays apart, as does a two-word name with a bare 'Indonesia' ('Palang Merah')."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import ingest as _ingest  # noqa: E402
from storydata import record, same_root  # noqa: E402


def _articles(full: str, short: str, defined: tuple[str, str] | None = None) -> list:
    """One article naming ``full``, one naming ``short`` and, with ``defined`` (name, acronym), one
    writing the acronym for its name as the entities layer reads it ('Kamar Dagang dan Industri (Kadin)')."""
    recs = [
        record(
            "n1",
            "Rapat Koordinasi",
            f"Perwakilan {full} hadir dalam rapat koordinasi di Jakarta, kata seorang pejabat.",
            entities=[(full, "ORG", [])],
        ),
        record(
            "n2",
            "Program Baru",
            f"Pejabat {short} memaparkan program baru pekan ini di hadapan wartawan.",
            entities=[(short, "ORG", [])],
        ),
    ]
    if defined:
        name, acronym = defined
        recs.insert(
            0,
            record(
                "n0",
                "Pertemuan Pengusaha",
                f"Ketua {name} ({acronym}) menyampaikan usulan kepada pemerintah soal pajak ekspor.",
                entities=[(name, "ORG", [acronym])],
            ),
        )
    return recs


JOINED = [
    ("Kementerian Kesehatan Republik Indonesia", "Kementerian Kesehatan", None),
    ("Kejaksaan Agung Republik Indonesia", "Kejaksaan Agung", None),
    ("PT Pos Indonesia", "PT Pos", None),
    ("Kadin Indonesia", "Kadin", ("Kamar Dagang dan Industri", "Kadin")),
    ("Bulog Indonesia", "Bulog", ("Badan Urusan Logistik", "Bulog")),
]


@pytest.mark.parametrize("order", [1, -1])
@pytest.mark.parametrize(("full", "short", "defined"), JOINED)
def test_a_national_bodys_name_with_its_country_is_the_body(
    tmp_path: Path, full: str, short: str, defined: tuple[str, str] | None, order: int
) -> None:
    recs = _articles(full, short, defined)
    head, rest = (recs[:1], recs[1:]) if defined else ([], recs)
    with _ingest(tmp_path / "a.db", head + rest[::order]) as c:
        assert same_root(c, "ORG", full.lower(), short.lower())


@pytest.mark.parametrize(
    ("full", "short", "defined"),
    [
        ("CNN Indonesia", "CNN", None),  # a foreign brand's Indonesian arm
        ("WHO Indonesia", "WHO", ("Organisasi Kesehatan Dunia", "WHO")),  # an international body's office
        ("Palang Merah Indonesia", "Palang Merah", None),  # a two-word name: another body
    ],
)
def test_a_foreign_or_international_bodys_arm_stays_apart(
    tmp_path: Path, full: str, short: str, defined: tuple[str, str] | None
) -> None:
    with _ingest(tmp_path / "b.db", _articles(full, short, defined)) as c:
        assert not same_root(c, "ORG", full.lower(), short.lower())
